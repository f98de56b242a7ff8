/**
 * The randomized problems of chapter « analyser-le-portefeuille », in the order of the series.
 * The static questions live in content/exercises/analyser-le-portefeuille.json (see registre.ts).
 * No Zod and no JSON here: the chapter's numeric island imports this module in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { tauxGlobalPondereExercice } from './taux-global-pondere.ts';
import { marqueOuMargeExercice } from './marque-ou-marge.ts';
import { classeAExercice } from './classe-a.ts';
import { valeurClientExercice } from './valeur-client.ts';
import { prixDeVenteExercice } from './prix-de-vente.ts';
import { coefficientMultiplicateurExercice } from './coefficient-multiplicateur.ts';
import { indicesEtTcamExercice } from './indices-et-tcam.ts';
import { partDeMarcheExercice } from './part-de-marche.ts';
import { valeurActualiseeExercice } from './valeur-actualisee.ts';

/** Numeric problems of the chapter. */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  tauxGlobalPondereExercice,
  indicesEtTcamExercice,
  partDeMarcheExercice,
  marqueOuMargeExercice,
  prixDeVenteExercice,
  coefficientMultiplicateurExercice,
  classeAExercice,
  valeurClientExercice,
  valeurActualiseeExercice,
];
