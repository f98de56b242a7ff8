/**
 * The public face of src/lib/formules. The formula catalogue (ARCHITECTURE rule 1): every formula
 * of the course with its id, name, inputs and function, and its expression as text alone.
 */
export * from './catalogue.ts';
export * from './expressions.ts';
