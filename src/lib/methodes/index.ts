/**
 * The public face of src/lib/methodes. Comparing prospecting methods (chapter 7).
 */
export * from './methodes.ts';
export * from './simulation-methode.ts';
