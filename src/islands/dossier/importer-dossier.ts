/**
 * « Importer un dossier », loaded with the first import (« Mon dossier » is near its JavaScript
 * budget): read and check the file, say what it would change, ask before it empties or replaces
 * what was typed, like « Remplir avec l’exemple » (issue 15, case 6). The store's functions are
 * passed in: importing them here would cut them out of the page's main chunk.
 */
import type { Dossier } from '../../lib/dossier/modele.ts';
import type { Resultat } from '../../lib/commun/resultat.ts';
import { bilanRemplacement, decrireRemplacement } from '../../lib/dossier/bilan-remplacement.ts';

interface Options {
  nom: string;
  texte: string;
  dossier: Dossier;
  vide: Dossier;
  lire: (texte: string) => Promise<Resultat<Dossier>>;
  remplacer: (d: Dossier) => Promise<void>;
  confirmer: (question: string) => boolean;
}

/** Imports a dossier file after asking when needed; the French message to show. */
export async function importerFichierDossier({
  nom,
  texte,
  dossier,
  vide,
  lire,
  remplacer,
  confirmer,
}: Options): Promise<{ erreur: boolean; texte: string }> {
  const r = await lire(texte);
  if (!r.ok) return { erreur: true, texte: `${r.erreur.message} Votre dossier n’a pas changé.` };
  const bilan = bilanRemplacement({ avant: dossier, apres: r.valeur, vide });
  if (bilan.videes + bilan.remplacees + bilan.remplies === 0)
    return { erreur: false, texte: `«\u00A0${nom}\u00A0» ne change rien à votre dossier.` };
  if (
    bilan.videes + bilan.remplacees > 0 &&
    !confirmer(
      `Importer «\u00A0${nom}\u00A0»\u202F? ${decrireRemplacement(bilan)}. Exportez d’abord votre dossier si vous voulez garder ce que vous avez saisi.`,
    )
  ) {
    return { erreur: false, texte: 'Import annulé\u202F: votre dossier n’a pas changé.' };
  }
  await remplacer(r.valeur);
  return {
    erreur: false,
    texte: `Dossier importé depuis «\u00A0${nom}\u00A0» (${decrireRemplacement(bilan, { fait: true })}).`,
  };
}
