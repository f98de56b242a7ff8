/**
 * The public face of src/lib/ecriture. Writing a prospecting message (chapter 13): the criteria of
 * a good message and the legal mentions it must carry.
 */
export * from './criteres.ts';
export * from './mentions-legales.ts';
