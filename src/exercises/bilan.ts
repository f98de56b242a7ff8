/**
 * « Mon bilan »: what the recorded attempts say about each exercise and chapter. Pure: the
 * store passes its attempts, the page passes the exercises of the course.
 *
 * Mastery of one exercise (documented for learners on the bilan page):
 * - `non-commence`: no attempt;
 * - `essaye`: attempted, never answered right;
 * - `en-cours`: answered right at least once, not (or no longer) mastered;
 * - `maitrise`: a static question whose latest attempt is right; a numeric problem whose
 *   latest REUSSITES_POUR_MAITRISE attempts are right AND on different versions (codes),
 *   so redoing the same numbers twice proves nothing.
 * A chapter is `maitrise` when all its exercises are; `en-cours` once one is succeeded;
 * `essaye` when attempts exist but none is right.
 *
 * Attempts on ids the course no longer has are ignored here (they stay in the store and in
 * exports: see the note at the top of src/stores/progression.ts); renamed ids are resolved
 * through alias.ts.
 */
import { resoudreAlias } from './alias.ts';
import type { Tentative, TypeExercice } from './types.ts';

/** Consecutive right answers on distinct versions that make a numeric problem mastered. */
export const REUSSITES_POUR_MAITRISE = 2;

/** Mastery level of an exercise or a chapter. */
export type NiveauMaitrise = 'non-commence' | 'essaye' | 'en-cours' | 'maitrise';

/** What the bilan needs to know about an exercise. */
export interface ExerciceRecense {
  /** Stable id. */
  id: string;
  /** Kind: numeric problems need distinct versions to be mastered. */
  type: TypeExercice;
  /** Title shown in the bilan. */
  titre: string;
}

/** Progress on one exercise. */
export interface BilanExercice extends ExerciceRecense {
  /** Number of attempts. */
  essais: number;
  /** Number of right attempts. */
  reussites: number;
  /** Mastery level. */
  niveau: NiveauMaitrise;
  /** Date of the latest attempt (ISO), if any. */
  dernierEssai?: string;
}

/** Progress on one chapter. */
export interface BilanChapitre {
  /** Chapter slug. */
  chapitre: string;
  /** Number of exercises in the chapter. */
  total: number;
  /** Exercises attempted at least once. */
  faits: number;
  /** Exercises answered right at least once. */
  reussis: number;
  /** Exercises mastered. */
  maitrises: number;
  /** Mastery level of the chapter. */
  niveau: NiveauMaitrise;
  /** Per-exercise detail, in course order. */
  exercices: BilanExercice[];
  /** Ids to work on next, most useful first (failed, then in progress, then not started). */
  aRevoir: string[];
  /** Ids answered wrong and not (or no longer) mastered: never right first, then in progress. */
  echoues: string[];
  /** Ids not started yet, in course order: the next exercises to do. */
  aFaire: string[];
}

const instant = (t: Tentative): number => Date.parse(t.date) || 0;

/** Mastery of one exercise from its attempts (any order; sorted by date here). */
export function niveauExercice({
  type,
  tentatives,
}: {
  type: TypeExercice;
  tentatives: readonly Tentative[];
}): NiveauMaitrise {
  if (tentatives.length === 0) return 'non-commence';
  const triees = [...tentatives].sort((a, b) => instant(a) - instant(b));
  if (!triees.some((t) => t.correct)) return 'essaye';
  if (type !== 'numerique') return triees[triees.length - 1].correct ? 'maitrise' : 'en-cours';
  const serie = new Set<string>();
  for (let i = triees.length - 1; i >= 0 && triees[i].correct; i--) serie.add(triees[i].code);
  return serie.size >= REUSSITES_POUR_MAITRISE ? 'maitrise' : 'en-cours';
}

/** Groups attempts by current exercise id (renames resolved). */
export function regrouperTentatives(tentatives: readonly Tentative[]): Map<string, Tentative[]> {
  const groupes = new Map<string, Tentative[]>();
  for (const t of tentatives) {
    const id = resoudreAlias(t.exerciceId);
    const liste = groupes.get(id);
    if (liste) liste.push(t);
    else groupes.set(id, [t]);
  }
  return groupes;
}

const PRIORITE: Record<NiveauMaitrise, number> = {
  essaye: 0,
  'en-cours': 1,
  'non-commence': 2,
  maitrise: 3,
};

/** Bilan of one chapter from the course's exercises and all the learner's attempts. */
export function bilanChapitre({
  chapitre,
  exercices,
  tentatives,
}: {
  chapitre: string;
  exercices: readonly ExerciceRecense[];
  tentatives: readonly Tentative[] | Map<string, Tentative[]>;
}): BilanChapitre {
  const groupes = tentatives instanceof Map ? tentatives : regrouperTentatives(tentatives);
  const detail: BilanExercice[] = exercices.map((e) => {
    const siennes = groupes.get(e.id) ?? [];
    const dates = siennes.map((t) => t.date).sort();
    return {
      ...e,
      essais: siennes.length,
      reussites: siennes.filter((t) => t.correct).length,
      niveau: niveauExercice({ type: e.type, tentatives: siennes }),
      ...(dates.length > 0 ? { dernierEssai: dates[dates.length - 1] } : {}),
    };
  });
  const faits = detail.filter((e) => e.essais > 0).length;
  const reussis = detail.filter((e) => e.reussites > 0).length;
  const maitrises = detail.filter((e) => e.niveau === 'maitrise').length;
  const niveau: NiveauMaitrise =
    faits === 0
      ? 'non-commence'
      : maitrises === detail.length
        ? 'maitrise'
        : reussis > 0
          ? 'en-cours'
          : 'essaye';
  const aRevoir = detail
    .map((e, rang) => ({ e, rang }))
    .filter(({ e }) => e.niveau !== 'maitrise')
    .sort((a, b) => PRIORITE[a.e.niveau] - PRIORITE[b.e.niveau] || a.rang - b.rang)
    .map(({ e }) => e.id);
  const parId = new Map(detail.map((e) => [e.id, e]));
  const echoues = aRevoir.filter((id) => {
    const e = parId.get(id)!;
    return e.essais > e.reussites && e.niveau !== 'non-commence';
  });
  const aFaire = aRevoir.filter((id) => parId.get(id)!.niveau === 'non-commence');
  return {
    chapitre,
    total: detail.length,
    faits,
    reussis,
    maitrises,
    niveau,
    exercices: detail,
    aRevoir,
    echoues,
    aFaire,
  };
}

/** Bilan of the whole course, chapter by chapter, plus the count of attempts on unknown ids. */
export function bilanGlobal({
  chapitres,
  tentatives,
}: {
  chapitres: readonly { chapitre: string; exercices: readonly ExerciceRecense[] }[];
  tentatives: readonly Tentative[];
}): {
  chapitres: BilanChapitre[];
  total: number;
  faits: number;
  reussis: number;
  maitrises: number;
  ignorees: number;
} {
  const groupes = regrouperTentatives(tentatives);
  const parChapitre = chapitres.map((c) => bilanChapitre({ ...c, tentatives: groupes }));
  const connus = new Set(chapitres.flatMap((c) => c.exercices.map((e) => e.id)));
  let ignorees = 0;
  for (const [id, liste] of groupes) if (!connus.has(id)) ignorees += liste.length;
  const somme = (cle: 'total' | 'faits' | 'reussis' | 'maitrises') =>
    parChapitre.reduce((s, c) => s + c[cle], 0);
  return {
    chapitres: parChapitre,
    total: somme('total'),
    faits: somme('faits'),
    reussis: somme('reussis'),
    maitrises: somme('maitrises'),
    ignorees,
  };
}
