/**
 * What importing a dossier file would change, field by field (issue 15, case 6): how many filled
 * fields it empties, replaces, and how many empty ones it fills, and the sentence the learner
 * reads before saying yes. A field counts as filled when it differs from the empty dossier's.
 */
import { accorder } from '../accord.ts';
import { champsModifies, valeurChamp } from './champs-modifies.ts';
import { dossierVide, type Dossier } from './modele.ts';

/** Counts of the fields an import changes. */
export interface BilanRemplacement { videes: number; remplacees: number; remplies: number }

/** The fields `apres` changes in `avant`, by kind. */
export function bilanRemplacement({ avant, apres }: { avant: Dossier; apres: Dossier }): BilanRemplacement {
  const vide = dossierVide(), texte = (v: unknown) => JSON.stringify(v ?? null);
  const bilan: BilanRemplacement = { videes: 0, remplacees: 0, remplies: 0 };
  for (const champ of champsModifies({ avant, apres })) {
    const a = texte(valeurChamp({ dossier: avant, champ })), b = texte(valeurChamp({ dossier: apres, champ }));
    if (a === b) continue;
    const defaut = texte(valeurChamp({ dossier: vide, champ }));
    const rempliAvant = a !== defaut, rempliApres = b !== defaut;
    if (rempliAvant && !rempliApres) bilan.videes++;
    else if (rempliAvant) bilan.remplacees++;
    else bilan.remplies++;
  }
  return bilan;
}

/** « 1 champ rempli sera vidé, 2 champs seront remplacés » (empty when nothing changes). */
export function decrireRemplacement({ videes, remplacees, remplies }: BilanRemplacement): string {
  const futur = (n: number, un: string, plusieurs: string) => (n < 2 ? un : plusieurs);
  return [
    videes > 0 && `${accorder(videes, 'champ rempli', 'champs remplis')} ${futur(videes, 'sera vidé', 'seront vidés')}`,
    remplacees > 0 && `${accorder(remplacees, 'champ', 'champs')} ${futur(remplacees, 'sera remplacé', 'seront remplacés')}`,
    remplies > 0 && `${accorder(remplies, 'champ vide', 'champs vides')} ${futur(remplies, 'sera rempli', 'seront remplis')}`,
  ].filter(Boolean).join(', ');
}
