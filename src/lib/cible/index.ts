/**
 * The public face of src/lib/cible. Knowing the target (chapter 3): a contact's temperature, the
 * sample to classify by hand, and a campaign's engagement.
 */
export * from './engagement.ts';
export * from './temperature-echantillon.ts';
export * from './temperature.ts';
