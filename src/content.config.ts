import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapitreSchema, slugDepuisFichier } from './schemas/chapitre.ts';

/** The thirteen chapters, in content/chapters/NN-slug.mdx; the id is the French slug. */
const chapitres = defineCollection({
  loader: glob({
    base: './content/chapters',
    pattern: '**/[^_]*.mdx',
    generateId: ({ entry }) => slugDepuisFichier(entry),
  }),
  schema: ChapitreSchema,
});

export const collections = { chapitres };
