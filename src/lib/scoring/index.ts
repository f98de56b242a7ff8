/**
 * The public face of src/lib/scoring. Selecting prospects by scoring (chapter 6): the grid, the
 * scores, the examples of each company and what the learner reads from a scored file.
 */
export * from './analyse.ts';
export * from './exemples.ts';
export * from './grille.ts';
export * from './scoring.ts';
