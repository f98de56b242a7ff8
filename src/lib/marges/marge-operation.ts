/**
 * The margin a prospecting operation generates (chapter 11): chiffre d’affaires HT × taux de
 * marque, rounded to the whole euro or dirham, the unit the dashboard shows. The sample campaigns'
 * margins (content/datasets, by the generator) are computed by this same function, so the data,
 * the lessons' <Chiffre> and chapter 11's dashboard show one figure. Apart from rentabilite.ts,
 * which chapters 4, 7 and « Mon dossier » load: only the dashboard ships it.
 */
import { type Resultat } from '../commun/resultat.ts';
import { exigerPositif, exigerQue, resultat } from '../commun/champs.ts';

const TAUX_DE_MARQUE_SOUS_100 =
  'Le taux de marque doit rester inférieur à 100\u202F%\u202F: la marge ne peut pas atteindre le chiffre d’affaires.';

/**
 * Marge générée = chiffre d’affaires HT × taux de marque, rounded to the unit of money (half up):
 * the one rule for a campaign's margin, used by the dataset generator and chapter 11's dashboard.
 */
export function margeSurChiffreAffaires({
  chiffreAffaires,
  tauxDeMarque,
}: {
  chiffreAffaires: number;
  tauxDeMarque: number;
}): Resultat<number> {
  return (
    exigerPositif('chiffreAffaires', chiffreAffaires) ??
    exigerQue('tauxDeMarque', tauxDeMarque, tauxDeMarque < 1, TAUX_DE_MARQUE_SOUS_100) ??
    // The tiny nudge keeps a tie on its half-up side when binary floating point writes it
    // just below (90 × 0,35 = 31,4999… in binary, 31,5 on paper → 32).
    resultat(Math.round(chiffreAffaires * tauxDeMarque * (1 + 1e-12)))
  );
}
