/**
 * The public face of src/lib/entonnoir. The prospecting funnel (chapter 10), its uncertain stage
 * rates and the Monte Carlo simulation of a campaign (chapters 7 and 10).
 */
export * from './entonnoir.ts';
export * from './etapes-incertaines.ts';
export * from './monte-carlo.ts';
export * from './bande.ts';
export * from './lecture-quantiles.ts';
