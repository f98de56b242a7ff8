/**
 * The public face of src/lib/marges. Margins and prices, break-even and the profitability of an
 * operation (chapters 2, 9 and 11).
 */
export * from './marge-unitaire.ts';
export * from './marges.ts';
export * from './rentabilite.ts';
export * from './marge-operation.ts';
export * from './remuneration.ts';
