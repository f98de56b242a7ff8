/**
 * Records an attempt without putting the progress store (nanostores, persistence, zod/mini)
 * in the first bytes of a chapter page: the module is fetched on the first answer only.
 * Shared by the question custom elements and the exercise islands.
 */

/** Records one attempt; a storage failure is reported by the store itself, never thrown here. */
export async function enregistrer(tentative: { exerciceId: string; code?: string; correct: boolean; erreur?: string }): Promise<void> {
  try {
    const { enregistrerTentative } = await import('../../stores/progression.ts');
    enregistrerTentative(tentative);
  } catch {
    // The module could not load (offline before it was cached): the answer is still judged.
  }
}

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
