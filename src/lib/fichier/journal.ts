/**
 * Cleaning a prospect file as a log of operations over the original (course chapter 5: the file is
 * « mis à jour » — errors fixed, duplicates merged, dead contacts removed). The original is never
 * changed: the cleaned file is the original with the log replayed, so « Réinitialiser » is an
 * empty log and « Annuler » drops the last operation.
 * Conventions:
 * - an operation that no longer applies (its row is gone: deleted earlier, merged away, or the
 *   file changed since) is skipped and reported in `ignorees`, never an error;
 * - merging keeps the chosen row and fills its EMPTY fields from the others, in file order; what
 *   a contact asked for is never lost: opposition and Bloctel are kept if any row has them, and
 *   e-mail consent only if every row has it (in doubt, no consent: RGPD); engagement counts add up
 *   (the same person's opens were split across rows); the collection date is the earliest, the
 *   last contact and refusal dates the latest.
 */
import type { ChampProspect, Prospect } from '../commun/prospect.ts';
import { CHAMPS_PROSPECT } from '../commun/prospect.ts';
import { estVide } from '../commun/texte.ts';

/** A value written by a « modifier » operation; `null` empties the field. */
export type ValeurChamp = string | number | boolean | null;

/** One cleaning operation. */
export type OperationNettoyage =
  | { type: 'modifier'; id: string; champ: ChampProspect; valeur: ValeurChamp }
  | { type: 'supprimer'; ids: string[] }
  | { type: 'fusionner'; ids: string[]; garder: string };

/** Fields a prospect may lack: emptying them removes them; emptying another text field leaves « ». */
export const CHAMPS_FACULTATIFS: readonly ChampProspect[] = [
  'raisonSociale',
  'nom',
  'prenom',
  'taille',
  'chiffreAffaires',
  'age',
  'dateRefus',
];

const OU: readonly ChampProspect[] = ['opposition', 'bloctel', 'demandeDevis', 'converti'];
const SOMME: readonly ChampProspect[] = ['ouvertures', 'clics', 'visitesSite'];
const PLUS_RECENTE: readonly ChampProspect[] = ['dateDernierContact', 'dateRefus'];

/** The merge of several rows that are the same prospect, into the kept one (see conventions above). */
export function fusionner({
  garder,
  autres,
}: {
  garder: Prospect;
  autres: readonly Prospect[];
}): Prospect {
  const r: Record<string, unknown> = { ...garder };
  for (const p of autres) {
    for (const champ of CHAMPS_PROSPECT) {
      const v = p[champ];
      if (champ === 'id' || estVide(v)) continue;
      if (OU.includes(champ)) r[champ] = r[champ] === true || v === true;
      else if (champ === 'consentementEmail') r[champ] = r[champ] === true && v === true;
      else if (SOMME.includes(champ)) r[champ] = (Number(r[champ]) || 0) + (Number(v) || 0);
      else if (champ === 'dateCollecte')
        r[champ] = estVide(r[champ]) || String(v) < String(r[champ]) ? v : r[champ];
      else if (PLUS_RECENTE.includes(champ))
        r[champ] = estVide(r[champ]) || String(v) > String(r[champ]) ? v : r[champ];
      else if (estVide(r[champ])) r[champ] = v;
    }
  }
  return r as unknown as Prospect;
}

/** The cleaned file: the original with every applicable operation replayed, and the indexes of those skipped. */
export function appliquerJournal({
  prospects,
  journal,
}: {
  prospects: readonly Prospect[];
  journal: readonly OperationNettoyage[];
}): { prospects: Prospect[]; ignorees: number[] } {
  if (journal.length === 0) return { prospects: prospects.slice(), ignorees: [] };
  const lignes: (Prospect | null)[] = prospects.slice();
  const index = new Map<string, number>();
  lignes.forEach((p, i) => {
    if (p && !index.has(p.id)) index.set(p.id, i);
  });
  const ignorees: number[] = [];
  const ligne = (id: string) => {
    const i = index.get(id);
    return i === undefined || lignes[i] === null ? undefined : i;
  };
  journal.forEach((op, k) => {
    if (op.type === 'modifier') {
      const i = ligne(op.id);
      if (i === undefined || op.champ === 'id' || !CHAMPS_PROSPECT.includes(op.champ))
        return void ignorees.push(k);
      const p = { ...lignes[i]! } as Record<string, unknown>;
      if (op.valeur !== null) p[op.champ] = op.valeur;
      else if (CHAMPS_FACULTATIFS.includes(op.champ)) delete p[op.champ];
      else p[op.champ] = '';
      lignes[i] = p as unknown as Prospect;
    } else if (op.type === 'supprimer') {
      const trouves = op.ids.map(ligne).filter((i): i is number => i !== undefined);
      if (trouves.length === 0) return void ignorees.push(k);
      for (const i of trouves) lignes[i] = null;
    } else {
      const g = ligne(op.garder);
      const autres = [...new Set(op.ids)]
        .filter((id) => id !== op.garder)
        .map(ligne)
        .filter((i): i is number => i !== undefined);
      if (g === undefined || autres.length === 0) return void ignorees.push(k);
      lignes[g] = fusionner({ garder: lignes[g]!, autres: autres.map((i) => lignes[i]!) });
      for (const i of autres) lignes[i] = null;
    }
  });
  return { prospects: lignes.filter((p): p is Prospect => p !== null), ignorees };
}
