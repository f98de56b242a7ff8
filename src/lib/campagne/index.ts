/**
 * The public face of src/lib/campagne. The campaign that crosses the course (« Ma campagne »): the
 * context and stages it shares, each chapter's inputs as the learner types them and their check,
 * the plan, the thread of steps and its diagnosis.
 */
export * from './base-methode.ts';
export * from './budget-saisi.ts';
export * from './budget-validation.ts';
export * from './contexte.ts';
export * from './diagnostic.ts';
export * from './entonnoir-saisi.ts';
export * from './etapes.ts';
export * from './fil.ts';
export * from './methodes-saisi.ts';
export * from './plan.ts';
export * from './tableau-conclusion.ts';
export * from './tableau-plan.ts';
export * from './tableau-saisi.ts';
export * from './visite.ts';
