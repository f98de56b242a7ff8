/**
 * The public face of src/lib/portefeuille. The customer portfolio (chapters 1 and 2): méthode ABC
 * and its thresholds, concentration, RFM, what a client is worth, the portfolio's yearly wear, and
 * the written diagnosis.
 */
export * from './cout-campagne.ts';
export * from './diagnostic.ts';
export * from './portefeuille.ts';
export * from './seuils-abc.ts';
export * from './usure.ts';
export * from './valeur-client.ts';
export * from './evaluation-usure.ts';
export * from './interpretation-usure.ts';
export * from './duree-de-vie.ts';
