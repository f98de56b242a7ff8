/**
 * The randomized problems of chapter 9 « Budgétiser », in the order of the series. The static
 * questions of the chapter live in content/exercises/budgetiser.json (see registre.ts).
 * This module has no Zod and no JSON: the numeric island imports it in the browser.
 */
import type { ExerciceNumerique } from '../types.ts';
import { caMinimumExercice } from './ca-minimum.ts';
import { caMinimumTauxDeMargeExercice } from './ca-minimum-taux-de-marge.ts';
import { ligneManquanteExercice } from './ligne-manquante.ts';
import { caObjectifExercice } from './ca-objectif.ts';
import { clientsRentabiliteExercice } from './clients-rentabilite.ts';
import { seuilDeRentabiliteExercice } from './seuil-de-rentabilite.ts';

/** Numeric problems of « Budgétiser ». */
export const exercicesNumeriques: readonly ExerciceNumerique[] = [
  caMinimumExercice,
  caMinimumTauxDeMargeExercice,
  ligneManquanteExercice,
  caObjectifExercice,
  clientsRentabiliteExercice,
  seuilDeRentabiliteExercice,
];
