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
import { atomePersistant } from './persistance.ts';

/** One task's production and self-assessment. */
export interface Production {
  texte: string;
  niveaux: Record<string, number>;
  /** Last change, ISO date. */
  date: string;
}

const ID = /^[a-z0-9-]{1,60}$/;

function validerProduction(brut: unknown): Production | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const b = brut as Record<string, unknown>;
  if (
    typeof b.texte !== 'string' ||
    b.texte.length > 30_000 ||
    typeof b.date !== 'string' ||
    b.date.length > 40
  )
    return undefined;
  if (typeof b.niveaux !== 'object' || b.niveaux === null || Array.isArray(b.niveaux))
    return undefined;
  const niveaux = Object.entries(b.niveaux);
  if (
    niveaux.length > 20 ||
    !niveaux.every(
      ([k, v]) => ID.test(k) && Number.isInteger(v) && (v as number) >= 0 && (v as number) < 10,
    )
  )
    return undefined;
  return {
    texte: b.texte,
    niveaux: Object.fromEntries(niveaux) as Record<string, number>,
    date: b.date,
  };
}

function valider(brut: unknown): Record<string, Production> | undefined {
  if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
  const r: Record<string, Production> = {};
  for (const [id, v] of Object.entries(brut)) {
    const p = ID.test(id) ? validerProduction(v) : undefined;
    if (!p) return undefined;
    r[id] = p;
  }
  return r;
}

/** Every task's production, by grid id. */
export const $productions = atomePersistant<Record<string, Production>>(
  'productions',
  {},
  valider,
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
