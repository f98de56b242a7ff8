/**
 * The public face of src/lib/reseau. The professional network (chapter 12): the map, its layout,
 * its diagnosis, the lesson's example, and the checklist for sharing commercial information.
 */
export * from './carte.ts';
export * from './diagnostic.ts';
export * from './exemple.ts';
export * from './information-commerciale.ts';
export * from './reseau.ts';
