/**
 * The « Planning annuel » of chapter 8: the learner's month-by-month plan, one per company, and
 * its evaluation by src/lib/planning/evaluation-plan.ts with the result of the Capacité simulator
 * (reused from stores/capacite.ts, not recomputed).
 *
 * Stored under `atelier:v1:planning` as { [company id]: SaisiePlan }. A company without a stored
 * plan shows the default one, derived from its card and past campaign (planning-contexte.ts:
 * first month of that campaign, or September; its salespeople; its country's holidays); it is
 * stored on the first edit only, so the default follows the company data until then. How the store can go stale:
 * - a value of another shape (older format, hand edit) fails `validerPlans`: it is set aside and
 *   reported by `atomePersistant`, and every company gets its default plan back;
 * - an action type removed from TYPES_D_ACTION makes the plan fail the check the same way: bump
 *   the key with a migration rather than dropping actions silently;
 * - a company that disappeared (sample renamed, import deleted) leaves an unused entry, harmless.
 */
import { computed } from 'nanostores';
import {
  calendrierDeCampagne,
  TYPES_D_ACTION,
  type TypeAction,
} from '../lib/planning/plan-de-campagne.ts';
import {
  evaluerPlan,
  planSaisiParDefaut,
  type SaisieAction,
  type SaisiePlan,
} from '../lib/planning/evaluation-plan.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $contextePlan, type ContextePlan } from './planning-contexte.ts';
import { $evaluationCapacite } from './capacite.ts';

export { $contextePlan, type ContextePlan };

const entier = (x: unknown, min: number, max: number): x is number =>
  Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
const texte = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

function validerAction(brut: unknown): SaisieAction | undefined {
  const a = brut as Record<string, unknown>;
  if (
    typeof a !== 'object' ||
    a === null ||
    !texte(a.id, 60) ||
    !texte(a.libelle, 120) ||
    !texte(a.charge, 30) ||
    typeof a.lourde !== 'boolean'
  )
    return undefined;
  if (
    typeof a.type !== 'string' ||
    !(a.type in TYPES_D_ACTION) ||
    !entier(a.debut, 0, 11) ||
    !entier(a.duree, 1, 12) ||
    a.debut + a.duree > 12
  )
    return undefined;
  return {
    id: a.id,
    type: a.type as TypeAction,
    libelle: a.libelle,
    debut: a.debut,
    duree: a.duree,
    charge: a.charge,
    lourde: a.lourde,
  };
}

/** One company's plan as stored, or undefined. */
function validerPlan(brut: unknown): SaisiePlan | undefined {
  const p = brut as Record<string, unknown>;
  if (
    typeof p !== 'object' ||
    p === null ||
    !entier(p.anneeDebut, 1900, 2199) ||
    !entier(p.moisDebut, 1, 12) ||
    !texte(p.commerciaux, 20) ||
    !Array.isArray(p.actions) ||
    p.actions.length > 30
  )
    return undefined;
  const actions = p.actions.map(validerAction);
  if (actions.some((a) => !a)) return undefined;
  return {
    anneeDebut: p.anneeDebut as number,
    moisDebut: p.moisDebut as number,
    commerciaux: p.commerciaux as string,
    actions: actions as SaisieAction[],
  };
}

/** Accepts the stored plans only if every one has the expected shape. */
export const validerPlans = validerParEntreprise(validerPlan);

/** Every company's plan, persisted under `atelier:v1:planning`. */
export const $plans = atomePersistant<Record<string, SaisiePlan>>('planning', {}, validerPlans, {
  libelle: 'du planning (chapitre 8)',
});

/** The plan of the company studied: stored, or its default. */
export const $planSaisi = computed(
  [$plans, $contextePlan],
  (p, c) => p[c.id] ?? planSaisiParDefaut(c),
);

/** The evaluation of the current plan, with the current result of the Capacité simulator. */
export const $evaluationPlan = computed(
  [$planSaisi, $contextePlan, $evaluationCapacite],
  (saisie, c, cap) =>
    evaluerPlan({ saisie, pays: c.pays, capacite: cap.ok ? cap.valeur : undefined }),
);

/** The names of the twelve months of the current plan (« septembre 2026 »…), for the month pickers. */
export const $moisDuPlan = computed([$planSaisi, $contextePlan], (p, c) => {
  const cal = calendrierDeCampagne({
    anneeDebut: p.anneeDebut,
    moisDebut: p.moisDebut,
    pays: c.pays,
  });
  return cal.ok ? cal.valeur.map((m) => m.libelle) : [];
});

function ecrire(f: (p: SaisiePlan) => SaisiePlan): void {
  const id = $contextePlan.get().id;
  $plans.set({ ...$plans.get(), [id]: f($planSaisi.get()) });
}
const borner = (a: SaisieAction): SaisieAction => {
  const duree = Math.min(12, Math.max(1, Math.round(a.duree)));
  return { ...a, duree, debut: Math.min(12 - duree, Math.max(0, Math.round(a.debut))) };
};

/** Changes the first month, the year or the salespeople. */
export function modifierPlan(changement: Partial<Omit<SaisiePlan, 'actions'>>): void {
  ecrire((p) => ({ ...p, ...changement }));
}
let compteur = 0;
/** Adds an action in the first month. */
export function ajouterAction(type: TypeAction = 'relances'): string {
  compteur += 1;
  const id = `action-${Date.now().toString(36)}-${compteur}`;
  ecrire((p) => ({
    ...p,
    actions: [
      ...p.actions,
      { id, type, libelle: TYPES_D_ACTION[type], debut: 0, duree: 1, charge: '1', lourde: false },
    ],
  }));
  return id;
}
/** Changes an action; its months are kept inside the campaign year. */
export function modifierAction(id: string, changement: Partial<Omit<SaisieAction, 'id'>>): void {
  ecrire((p) => ({
    ...p,
    actions: p.actions.map((a) => (a.id === id ? borner({ ...a, ...changement }) : a)),
  }));
}
/** Moves an action one month earlier (−1) or later (+1). */
export function deplacerAction(id: string, decalage: number): void {
  const a = $planSaisi.get().actions.find((x) => x.id === id);
  if (a) modifierAction(id, { debut: a.debut + decalage });
}
/** Removes an action. */
export function supprimerAction(id: string): void {
  ecrire((p) => ({ ...p, actions: p.actions.filter((a) => a.id !== id) }));
}
/** Goes back to the company's default plan. */
export function reinitialiserPlan(): void {
  const { [$contextePlan.get().id]: _, ...autres } = $plans.get();
  $plans.set(autres);
}
