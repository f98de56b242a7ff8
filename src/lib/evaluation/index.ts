/**
 * The public face of src/lib/evaluation. The marking grids (« grilles critériées ») of the graded
 * production tasks.
 */
export * from './grille.ts';
