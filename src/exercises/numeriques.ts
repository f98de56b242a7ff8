/**
 * The numeric problems of every chapter, by id: what the numeric island imports in the
 * browser (no Zod, no JSON, unlike registre.ts). Add a chapter's list here when it has one.
 */
import { exercicesNumeriques as budgetiser } from './budgetiser/index.ts';
import type { ExerciceNumerique } from './types.ts';

const TOUS: readonly ExerciceNumerique[] = [...budgetiser];

const PAR_ID = new Map(TOUS.map((e) => [e.id, e]));

/** The numeric problem with this id, or `undefined`. */
export function exerciceNumerique(id: string): ExerciceNumerique | undefined {
  return PAR_ID.get(id);
}
