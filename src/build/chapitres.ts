/**
 * Course navigation as plain functions over chapter data (no Astro import), so it is unit-tested:
 * order, previous / next, and the check that file numbers and frontmatter agree.
 */

/** What navigation needs of a chapter. */
export interface ChapitreNav {
  slug: string;
  numero: number;
  titre: string;
}

/** Chapters sorted by their number. */
export function ordonner<T extends ChapitreNav>(chapitres: readonly T[]): T[] {
  return [...chapitres].sort((a, b) => a.numero - b.numero);
}

/** The chapters before and after `slug` in course order (undefined at either end). */
export function voisins<T extends ChapitreNav>(
  chapitres: readonly T[],
  slug: string,
): { precedent?: T; suivant?: T } {
  const liste = ordonner(chapitres);
  const i = liste.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  return { precedent: liste[i - 1], suivant: liste[i + 1] };
}

/** The URL of a chapter page. */
export function urlChapitre(slug: string): string {
  return `/chapitres/${slug}/`;
}

/** What a chapter's MDX body already offers beyond the lesson. */
export interface Avancement {
  simulateur: boolean;
  exercices: boolean;
}

/** Reads from the MDX source whether the chapter has a simulator (a …Lab component) and its exercise series. */
export function avancement(corps: string): Avancement {
  return { simulateur: /<\w+Lab\b/.test(corps), exercices: /<SerieExercices\b/.test(corps) };
}

/** What is still being prepared, in French (« simulateur et exercices », « exercices »), or undefined. */
export function enPreparation({ simulateur, exercices }: Avancement): string | undefined {
  if (!simulateur && !exercices) return 'simulateur et exercices';
  if (!simulateur) return 'simulateur';
  if (!exercices) return 'exercices';
  return undefined;
}
