/**
 * The public face of src/lib/sources. The prospecting sources (chapter 4): where the rows of a
 * file come from and what each source yields.
 */
export * from './rendement.ts';
export * from './sources.ts';
export * from './evaluation-sources.ts';
