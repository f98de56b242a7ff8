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
export function voisins<T extends ChapitreNav>(chapitres: readonly T[], slug: string): { precedent?: T; suivant?: T } {
  const liste = ordonner(chapitres);
  const i = liste.findIndex((c) => c.slug === slug);
  if (i < 0) return {};
  return { precedent: liste[i - 1], suivant: liste[i + 1] };
}

/** The URL of a chapter page. */
export function urlChapitre(slug: string): string {
  return `/chapitres/${slug}/`;
}
