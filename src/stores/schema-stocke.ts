/**
 * Stored state is checked with a zod/mini schema, the same library as shared links, progress,
 * work files and the dossier (issue 20: one way to validate). This turns a schema into the
 * validator `atomePersistant` takes: the value the schema outputs (unknown keys dropped), or
 * undefined, which persistance.ts reports in French with the store's `libelle`.
 * Its own module, not persistance.ts: a page whose stores all still check by hand does not load
 * zod/mini (ARCHITECTURE budgets; the library sits in its own chunk, astro.config.mjs).
 */
import * as z from 'zod/mini';
import type { Validateur } from './persistance.ts';

/** The validator of a stored value from its schema. */
export function validateurDe<S extends z.ZodMiniType>(schema: S): Validateur<z.output<S>> {
  return (brut) => {
    const lu = schema.safeParse(brut);
    return lu.success ? lu.data : undefined;
  };
}

/** A text of at most `max` characters (what a learner typed, kept as typed). */
export const texteBorne = (max: number) => z.string().check(z.maxLength(max));
