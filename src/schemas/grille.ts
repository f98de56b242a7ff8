/**
 * Schema of a marking grid (content/grilles/<id>.json) for a graded production task. Build-time
 * only; the island receives the grid as plain data.
 */
import { z } from 'astro/zod';
import { NIVEAUX, type Grille } from '../lib/evaluation/grille.ts';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** One criterion: a name and one descriptor per level (Insuffisant → Très bien). */
export const CritereGrilleSchema = z.object({
  /** Unique id within the grid. */
  id: Id,
  /** What is assessed. */
  libelle: z.string().min(3),
  /** Exactly one descriptor per level, from the lowest to the highest. */
  niveaux: z.array(z.string().min(5)).length(NIVEAUX.length),
});

/** A graded production task and its grid. */
export const GrilleSchema = z.object({
  /** Unique id, also the file name; progress is stored under it, never change it. */
  id: Id,
  /** Slug of the chapter the task is in. */
  chapitre: Id,
  /** Title of the task. */
  titre: z.string().min(5),
  /** What to produce. */
  consigne: z.string().min(20),
  /** Label of the writing field. */
  production: z.string().min(3),
  /** Three to six criteria with distinct ids. */
  criteres: z
    .array(CritereGrilleSchema)
    .min(3)
    .max(6)
    .refine((c) => new Set(c.map((x) => x.id)).size === c.length, {
      message: 'Deux critères ont le même identifiant.',
    }),
});

/** All grids of content/grilles, validated (a faulty file stops the build with its name). */
export function grillesDuCours(): Grille[] {
  const fichiers = import.meta.glob<unknown>('/content/grilles/*.json', {
    eager: true,
    import: 'default',
  });
  return Object.entries(fichiers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([chemin, donnees]) => {
      const lu = GrilleSchema.safeParse(donnees, { error: z.locales.fr().localeError });
      if (!lu.success)
        throw new Error(
          `${chemin.slice(1)}, ${lu.error.issues[0].path.join('.')} : ${lu.error.issues[0].message}`,
        );
      if (`/content/grilles/${lu.data.id}.json` !== chemin)
        throw new Error(`${chemin.slice(1)} : l’identifiant doit être le nom du fichier.`);
      return lu.data;
    });
}
