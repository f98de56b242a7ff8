/**
 * The public face of src/lib/jeu-de-role. The telephone role-play (chapter 13): the dialogue's
 * types, its rules and the course of a game.
 */
export * from './partie.ts';
export * from './regles.ts';
export * from './types.ts';
