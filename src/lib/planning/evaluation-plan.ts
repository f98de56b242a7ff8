/**
 * The evaluation of chapter 8's « Planning annuel »: the plan as the learner typed it (text, as
 * stores/planning.ts keeps it), read the French way and run through plan-de-campagne.ts with the
 * result of the Capacité simulator when there is one; each error is a French sentence keyed by the
 * field to change (`commerciaux`, `charge-<id>`, or `plan` for the plan as a whole).
 */
import { parseNombre } from '../commun/nombres.ts';
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
/** Per-field French errors (`commerciaux`, `charge-<id>`, `plan`), and the plan when all is valid. */
export interface EvaluationPlan {
  erreurs: Record<string, string>;
  resultat?: PlanCalcule;
}

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
