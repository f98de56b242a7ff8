/**
 * Quality report of the current company's cleaned file (chapter 5, /donnees/). Kept out of
 * campagne.ts because the report pulls the duplicate and address checks (fichier.ts), which the
 * islands of the other chapters do not need: each page ships only what it uses.
 */
import { computed } from 'nanostores';
import { rapportQualite } from '../lib/fichier/qualite.ts';
import { $dateReference, $fichierNettoye } from './campagne.ts';

/** Quality report of the cleaned file, at the file's reference date. */
export const $rapportQualite = computed(
  [$fichierNettoye, $dateReference],
  (prospects, aujourdhui) => rapportQualite({ prospects, aujourdhui }),
);
