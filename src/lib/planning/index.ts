/**
 * The public face of src/lib/planning. Planning (chapter 8): the calendar of working days and
 * Moroccan holidays, the sales force's visiting capacity, and the annual plan month by month.
 */
export * from './capacite.ts';
export * from './capacite-depart.ts';
export * from './capacite-fiche.ts';
export * from './feries-maroc.ts';
export * from './plan-de-campagne.ts';
export * from './planning.ts';
export * from './plan-annuel.ts';
export * from './evaluation-capacite.ts';
export * from './interpretation-capacite.ts';
export * from './evaluation-plan.ts';
