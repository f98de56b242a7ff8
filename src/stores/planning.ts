/**
 * The « Planning annuel » of chapter 8: the learner's month-by-month plan, one per company, and
 * its evaluation through src/lib/planning/plan-de-campagne.ts with the result of the Capacité simulator
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
import { parseNombre } from '../lib/commun/nombres.ts';
import {
  calendrierDeCampagne,
  planMoisParMois,
  planParDefaut,
  TYPES_D_ACTION,
  type ActionDuPlan,
  type Pays,
  type TypeAction,
} from '../lib/planning/plan-de-campagne.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $contextePlan, type ContextePlan } from './planning-contexte.ts';
import { $evaluationCapacite } from './capacite.ts';
import type { ResultatCapacite } from '../lib/planning/evaluation-capacite.ts';

/** An action as typed: the load is text so that « 2,5 » comes back as typed. */
export interface SaisieAction {
  id: string;
  type: TypeAction;
  libelle: string;
  debut: number;
  duree: number;
  charge: string;
  lourde: boolean;
}
/** A plan as typed. */
export interface SaisiePlan {
  anneeDebut: number;
  moisDebut: number;
  commerciaux: string;
  actions: SaisieAction[];
}
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
export const $plans = atomePersistant<Record<string, SaisiePlan>>('planning', {}, validerPlans);

/** The default plan of a context: the steps of the course, in order, from its first month. */
export function planSaisiParDefaut(
  c: Pick<ContextePlan, 'moisDebut' | 'anneeDebut' | 'commerciaux'>,
): SaisiePlan {
  return {
    anneeDebut: c.anneeDebut,
    moisDebut: c.moisDebut,
    commerciaux: String(c.commerciaux),
    actions: planParDefaut({ moisDebut: c.moisDebut }).map((a) => ({
      ...a,
      charge: String(a.charge),
    })),
  };
}

/** The plan of the company studied: stored, or its default. */
export const $planSaisi = computed(
  [$plans, $contextePlan],
  (p, c) => p[c.id] ?? planSaisiParDefaut(c),
);

/** The plan month by month, and whether the Capacité simulator's result was used. */
export type PlanCalcule = Extract<ReturnType<typeof planMoisParMois>, { ok: true }>['valeur'] & {
  avecCapacite: boolean;
};
/** Per-field French errors (`commerciaux`, `charge-<id>`, `plan`), and the plan when all is valid. */
export interface EvaluationPlan {
  erreurs: Record<string, string>;
  resultat?: PlanCalcule;
}

/** Parses what was typed and runs planMoisParMois; pure, unit-tested. */
export function evaluerPlan({
  saisie,
  pays,
  capacite,
}: {
  saisie: SaisiePlan;
  pays: Pays;
  capacite?: ResultatCapacite;
}): EvaluationPlan {
  const erreurs: Record<string, string> = {};
  const commerciaux = parseNombre(saisie.commerciaux, {
    champ: 'commerciaux',
    libelle: 'le nombre de commerciaux',
    entier: true,
  });
  if (!commerciaux.ok) erreurs.commerciaux = commerciaux.erreur.message;
  else if (!Number.isInteger(commerciaux.valeur) || commerciaux.valeur < 1)
    erreurs.commerciaux = 'Le nombre de commerciaux doit être un entier supérieur ou égal à 1.';
  const actions: ActionDuPlan[] = [];
  for (const a of saisie.actions) {
    const nom = a.libelle.trim() || TYPES_D_ACTION[a.type];
    const charge = parseNombre(a.charge, {
      champ: `charge-${a.id}`,
      libelle: `la charge de «\u00a0${nom}\u00a0»`,
    });
    if (!charge.ok) erreurs[`charge-${a.id}`] = charge.erreur.message;
    else if (charge.valeur < 0)
      erreurs[`charge-${a.id}`] = `La charge de «\u00a0${nom}\u00a0» ne peut pas être négative.`;
    else actions.push({ ...a, charge: charge.valeur });
  }
  if (Object.keys(erreurs).length > 0 || !commerciaux.ok) return { erreurs };
  const c = capacite && {
    visitesParJour: capacite.visitesParJour,
    visitesPossibles: capacite.visitesPossibles,
    joursParSemaine: capacite.joursParSemaine,
  };
  const r = planMoisParMois({
    anneeDebut: saisie.anneeDebut,
    moisDebut: saisie.moisDebut,
    pays,
    actions,
    commerciaux: commerciaux.valeur,
    capacite: c,
  });
  if (!r.ok)
    return {
      erreurs: {
        [r.erreur.champ === 'commerciaux'
          ? 'commerciaux'
          : r.erreur.champ?.startsWith('charge-')
            ? r.erreur.champ
            : 'plan']: r.erreur.message,
      },
    };
  return { erreurs, resultat: { ...r.valeur, avecCapacite: !!c } };
}

/** The evaluation of the current plan, with the current result of the Capacité simulator. */
export const $evaluationPlan = computed(
  [$planSaisi, $contextePlan, $evaluationCapacite],
  (saisie, c, cap) => evaluerPlan({ saisie, pays: c.pays, capacite: cap.resultat }),
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
