/**
 * Records an attempt without putting the progress store (nanostores, persistence, zod/mini)
 * in the first bytes of a chapter page: the module is fetched on the first answer only.
 * Shared by the question custom elements and the exercise islands.
 */

/** Records one attempt; a storage failure is reported by the store itself, never thrown here. */
export async function enregistrer(tentative: {
  exerciceId: string;
  code?: string;
  correct: boolean;
  erreur?: string;
}): Promise<void> {
  try {
    const { enregistrerTentative } = await import('../../stores/progression.ts');
    enregistrerTentative(tentative);
  } catch {
    // The module could not load (offline before it was cached): the answer is still judged.
  }
}

/**
 * The learner's own versions of the numeric exercises (versions-exercices.ts), loaded on demand
 * like the progress store; undefined when the module cannot load (offline before it was cached).
 */
export const versions = () => import('../../stores/versions-exercices.ts').catch(() => undefined);

/** Page URL that reproduces a version: `?v=CODE#<exercise-id>`. */
export function lienVersion({ exerciceId, code }: { exerciceId: string; code: string }): string {
  return `?v=${encodeURIComponent(code)}#${exerciceId}`;
}

/** The code the URL asks for this exercise (`?v=CODE#<id>`), if the hash names it. */
export function codeDeLUrl(exerciceId: string): string | undefined {
  if (typeof location === 'undefined') return undefined;
  let hash = location.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    return undefined;
  }
  if (hash !== exerciceId) return undefined;
  return new URLSearchParams(location.search).get('v') ?? undefined;
}

/**
 * A `?v=CODE` that names no exercise of the page (no `#<exercise-id>`, or an unknown one): the
 * code (cut to 12 characters) when `exerciceId` is the page's first numeric exercise, which then
 * says so (messageSansExercice, loaded with the versions' module); every exercise keeps its version.
 */
export function codeSansExercice(exerciceId: string): string | undefined {
  if (typeof location === 'undefined') return undefined;
  const demande = new URLSearchParams(location.search).get('v');
  if (demande === null) return undefined;
  let hash = location.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    hash = '';
  }
  if (hash && document.querySelector(`[data-exercise="${CSS.escape(hash)}"]`)) return undefined;
  if (
    document.querySelector('.exercice-numerique[data-exercise]')?.getAttribute('data-exercise') !==
    exerciceId
  )
    return undefined;
  return demande.slice(0, 12);
}
