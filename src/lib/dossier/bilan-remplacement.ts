/**
 * What importing a dossier file would change, field by field (issue 15, case 6): how many filled
 * fields it empties, replaces, and how many empty ones it fills, and the sentence the learner
 * reads before saying yes. A field counts as filled when it differs from the empty dossier's.
 */
import { accorder } from '../commun/accord.ts';
import type { Dossier } from './modele.ts';

type Objet = Record<string, unknown>;
const estObjet = (v: unknown): v is Objet =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every field of the three dossiers as champs-modifies.ts names them (`conclusion`, `entreprise.nom`;
 * the sales file whole), with its JSON text in each. Walked here rather than through
 * champs-modifies.ts: this module loads with the first import, and sharing a module with « Mon dossier »'s
 * main chunk would cut that module out into a chunk of its own (ARCHITECTURE budgets).
 */
function champs(dossiers: readonly Dossier[]): Map<string, string[]> {
  const objets = dossiers as unknown as Objet[],
    r = new Map<string, string[]>();
  const texte = (v: unknown) => JSON.stringify(v ?? null);
  for (const k of new Set(objets.flatMap(Object.keys))) {
    const valeurs = objets.map((o) => o[k]);
    if (k === 'ventes' || !valeurs.some(estObjet)) {
      r.set(k, valeurs.map(texte));
      continue;
    }
    for (const s of new Set(valeurs.flatMap((v) => (estObjet(v) ? Object.keys(v) : []))))
      r.set(
        `${k}.${s}`,
        valeurs.map((v) => texte(estObjet(v) ? v[s] : undefined)),
      );
  }
  return r;
}

/** Counts of the fields an import changes. */
export interface BilanRemplacement {
  videes: number;
  remplacees: number;
  remplies: number;
}

/** The fields `apres` changes in `avant`, by kind; `vide` is `dossierVide()` (passed in, for the same reason as above). */
export function bilanRemplacement({
  avant,
  apres,
  vide,
}: {
  avant: Dossier;
  apres: Dossier;
  vide: Dossier;
}): BilanRemplacement {
  const bilan: BilanRemplacement = { videes: 0, remplacees: 0, remplies: 0 };
  for (const [a, b, defaut] of champs([avant, apres, vide]).values()) {
    if (a === b) continue;
    const rempliAvant = a !== defaut,
      rempliApres = b !== defaut;
    if (rempliAvant && !rempliApres) bilan.videes++;
    else if (rempliAvant) bilan.remplacees++;
    else bilan.remplies++;
  }
  return bilan;
}

/**
 * « 1 champ rempli sera vidé, 2 champs seront remplacés » (empty when nothing changes); with
 * `fait`, once the import is done: « 1 champ rempli a été vidé, 45 champs vides ont été remplis ».
 */
export function decrireRemplacement(
  { videes, remplacees, remplies }: BilanRemplacement,
  { fait = false }: { fait?: boolean } = {},
): string {
  const verbe = (n: number, participe: string) =>
    `${fait ? (n < 2 ? 'a été' : 'ont été') : n < 2 ? 'sera' : 'seront'} ${participe}${n < 2 ? '' : 's'}`;
  return [
    videes > 0 && `${accorder(videes, 'champ rempli', 'champs remplis')} ${verbe(videes, 'vidé')}`,
    remplacees > 0 && `${accorder(remplacees, 'champ', 'champs')} ${verbe(remplacees, 'remplacé')}`,
    remplies > 0 &&
      `${accorder(remplies, 'champ vide', 'champs vides')} ${verbe(remplies, 'rempli')}`,
  ]
    .filter(Boolean)
    .join(', ');
}
