/**
 * The evaluation of chapter 8's « Planning annuel »: the plan as the learner typed it (text, as
 * stores/planning.ts keeps it), read the French way and run through plan-de-campagne.ts with the
 * result of the Capacité simulator when there is one; each error is a French sentence keyed by the
 * field to change (`commerciaux`, `charge-<id>`, or `plan` for the plan as a whole).
 */
import { parseNombre } from '../commun/nombres.ts';
import { echec, ok, type Resultat, type ResultatChamps } from '../commun/resultat.ts';
import {
  planMoisParMois,
  planParDefaut,
  TYPES_D_ACTION,
  type ActionDuPlan,
  type Pays,
  type TypeAction,
} from './plan-de-campagne.ts';
import type { ResultatCapacite } from './evaluation-capacite.ts';

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

/** The default plan typed: the steps of the course, in order, from the campaign's first month. */
export function planSaisiParDefaut({
  moisDebut,
  anneeDebut,
  commerciaux,
}: {
  moisDebut: number;
  anneeDebut: number;
  commerciaux: number;
}): SaisiePlan {
  return {
    anneeDebut,
    moisDebut,
    commerciaux: String(commerciaux),
    actions: planParDefaut({ moisDebut }).map((a) => ({ ...a, charge: String(a.charge) })),
  };
}

/** The plan month by month, and whether the Capacité simulator's result was used. */
export type PlanCalcule = Extract<ReturnType<typeof planMoisParMois>, { ok: true }>['valeur'] & {
  avecCapacite: boolean;
};
/** Error keys: the sales force, one action's load, or the plan as a whole. */
export type ChampPlan = 'commerciaux' | `charge-${string}` | 'plan';
/** The plan when every field is valid, else a French error by field (`ChampPlan`). */
export type EvaluationPlan = ResultatChamps<PlanCalcule, ChampPlan>;
type Erreurs = Partial<Record<ChampPlan, string>>;

/** Reads the sales force: a whole number, at least 1. */
function lireCommerciaux(texte: string): Resultat<number> {
  const r = parseNombre(texte, {
    champ: 'commerciaux',
    libelle: 'le nombre de commerciaux',
    entier: true,
  });
  if (r.ok && (!Number.isInteger(r.valeur) || r.valeur < 1))
    return echec(
      'Le nombre de commerciaux doit être un entier supérieur ou égal à 1.',
      'commerciaux',
    );
  return r;
}

/** Reads one action's load in days: a number, not negative. */
function lireCharge(a: SaisieAction): Resultat<ActionDuPlan> {
  const nom = a.libelle.trim() || TYPES_D_ACTION[a.type];
  const champ = `charge-${a.id}`;
  const r = parseNombre(a.charge, { champ, libelle: `la charge de «\u00a0${nom}\u00a0»` });
  if (!r.ok) return r;
  if (r.valeur < 0)
    return echec(`La charge de «\u00a0${nom}\u00a0» ne peut pas être négative.`, champ);
  return ok({ ...a, charge: r.valeur });
}

/** A plan-wide error of plan-de-campagne.ts goes next to its field, else under the plan. */
const champDe = (c?: string) =>
  (c === 'commerciaux' || c?.startsWith('charge-') ? c : 'plan') as ChampPlan;

/** Parses what was typed and runs planMoisParMois. */
export function evaluerPlan({
  saisie,
  pays,
  capacite,
}: {
  saisie: SaisiePlan;
  pays: Pays;
  capacite?: Pick<ResultatCapacite, 'visitesParJour' | 'visitesPossibles' | 'joursParSemaine'>;
}): EvaluationPlan {
  const erreurs: Erreurs = {};
  const commerciaux = lireCommerciaux(saisie.commerciaux);
  if (!commerciaux.ok) erreurs.commerciaux = commerciaux.erreur.message;
  const actions: ActionDuPlan[] = [];
  for (const a of saisie.actions) {
    const r = lireCharge(a);
    if (r.ok) actions.push(r.valeur);
    else erreurs[`charge-${a.id}`] = r.erreur.message;
  }
  if (!commerciaux.ok || Object.keys(erreurs).length > 0) return { ok: false, erreurs };
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
  if (!r.ok) return { ok: false, erreurs: { [champDe(r.erreur.champ)]: r.erreur.message } };
  return { ok: true, valeur: { ...r.valeur, avecCapacite: !!c } };
}
