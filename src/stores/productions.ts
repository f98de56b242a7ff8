/**
 * The learner's graded productions (chapters 3, 6, 7, 8, 13): per task id, the text written in
 * the page and the level chosen for each criterion of its grid. Not per company: it is the
 * learner's own work. Stored under `atelier:v1:productions`; the total is computed
 * (src/lib/evaluation/grille.ts), never stored.
 *
 * HOW IT CAN GO STALE: a criterion removed from a grid leaves its level stored but unused
 * (totalGrille reads only the grid's criteria); a criterion added is simply « not assessed ».
 * A task renamed loses its production: never rename a grid id. A value of another shape is set
 * aside and reported (persistance.ts).
 */
import * as z from 'zod/mini';
import { atomePersistant } from './persistance.ts';
import { texteBorne, validateurDe } from './schema-stocke.ts';

/** A task or criterion id (grid ids): also keeps `__proto__` and the like out of the records. */
const ID = z.string().check(z.regex(/^[a-z0-9-]{1,60}$/));

const ProductionSchema = z.object({
  texte: texteBorne(30_000),
  /** Level chosen for each criterion of the grid (at most 20 criteria). */
  niveaux: z
    .record(ID, z.int().check(z.minimum(0), z.maximum(9)))
    .check(z.refine((n) => Object.keys(n).length <= 20)),
  /** Last change, ISO date. */
  date: texteBorne(40),
});
/** One task's production and self-assessment. */
export type Production = z.infer<typeof ProductionSchema>;

/** Accepts the stored productions only if every task's has the expected shape. */
export const validerProductions = validateurDe(z.record(ID, ProductionSchema));

/** Every task's production, by grid id. */
export const $productions = atomePersistant<Record<string, Production>>(
  'productions',
  {},
  validerProductions,
  { libelle: 'de vos productions autoévaluées' },
);

const VIDE: Production = { texte: '', niveaux: {}, date: '' };

/** Changes the text or a level of one task. */
export function modifierProduction(
  id: string,
  changement: { texte?: string; critere?: string; niveau?: number },
): void {
  const tout = $productions.get();
  const p = tout[id] ?? VIDE;
  const niveaux =
    changement.critere === undefined
      ? p.niveaux
      : { ...p.niveaux, [changement.critere]: changement.niveau ?? 0 };
  $productions.set({
    ...tout,
    [id]: { texte: changement.texte ?? p.texte, niveaux, date: new Date().toISOString() },
  });
}

/** Empties one task. */
export function effacerProduction(id: string): void {
  const { [id]: _, ...autres } = $productions.get();
  $productions.set(autres);
}
