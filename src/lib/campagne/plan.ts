/**
 * The campaign plan, one pure function (issue 14): from the company's context and the learner's
 * choices — contacts (their selection of chapter 6, or a number typed), the funnel's stage rates
 * (chapter 10), the method chosen (chapter 7), the budget (chapter 9) — the expected people at
 * each stage, the turnover, the margin, the result and the CA minimum. Stores keep the inputs;
 * every chapter and the page « Ma campagne » read this one derivation, never a copy of it.
 *
 * People are whole: each stage is the stage above × its rate, rounded to the NEAREST unit, stage
 * after stage (the way the lesson computes a funnel by hand: 800 × 60 % = 480, 480 × 20 % = 96…).
 * The exact expected values are kept apart as `moyennes` and shown as averages, never as people.
 * Rounding the nearest never makes a stage grow: round(n × t) ≤ n for a whole n and t ≤ 1.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import type { ContexteEntreprise, Devise } from './contexte.ts';
import { TAUX_ENTONNOIR } from './etapes.ts';

/** The chosen method's campaign as chapter 7 computes it. */
export interface MethodePlan {
  id: string;
  nom: string;
  contacts: number;
  coutTotal: number;
}
/** The budget of chapter 9 once evaluated. */
export interface BudgetPlan {
  total: number;
  tauxDeMarque: number;
}

/** The derived plan. Amounts are HT in `devise`; `null` where an input is missing. */
export interface PlanCampagne {
  devise: Devise;
  contacts: number;
  taux: number[];
  /** Whole people at each stage, from the contacts to the orders. */
  effectifs: number[];
  /** Exact expected values at each stage (averages, not people). */
  moyennes: number[];
  tauxGlobal: number;
  commandes: number;
  /** Average sale HT of the company's offer, or null (the learner's own file). */
  panierMoyenHT: number | null;
  chiffreAffaires: number | null;
  /** The budget's taux de marque, else the company's. */
  tauxDeMarque: number | null;
  marge: number | null;
  /** The budget's total, else the chosen method's cost, else null. */
  cout: number | null;
  resultat: number | null;
  roi: number | null;
  caMinimum: number | null;
  methode: MethodePlan | null;
}

const fini = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The funnel in whole people, rounded to the nearest unit stage after stage, and its exact averages. */
export function effectifsEntiers({
  contacts,
  taux,
}: {
  contacts: number;
  taux: readonly number[];
}): { effectifs: number[]; moyennes: number[] } {
  const effectifs = [contacts],
    moyennes = [contacts];
  for (const t of taux) {
    effectifs.push(Math.round(effectifs[effectifs.length - 1] * t));
    moyennes.push(moyennes[moyennes.length - 1] * t);
  }
  return { effectifs, moyennes };
}

/** A count of contacts is a whole number of people, zero or more. */
const contactsValables = (contacts: number) =>
  fini(contacts) && contacts >= 0 && Number.isInteger(contacts);

/** Why the plan's inputs cannot make a plan: contacts, the four rates, the budget or the method's cost. */
function refusDuPlan(
  contacts: number,
  taux: readonly number[],
  budget: BudgetPlan | null,
  methode: MethodePlan | null,
): Resultat<never> | undefined {
  if (!contactsValables(contacts))
    return echec(
      'Le nombre de contacts compte des personnes\u202f: saisissez un nombre entier positif ou nul.',
      'contacts',
    );
  if (!Array.isArray(taux) || taux.length !== TAUX_ENTONNOIR.length)
    return echec(`Le plan a besoin des ${TAUX_ENTONNOIR.length} taux de l’entonnoir.`, 'taux');
  const i = taux.findIndex((t) => !fini(t) || t < 0 || t > 1);
  if (i >= 0)
    return echec(
      `${TAUX_ENTONNOIR[i].libelle} doit être compris entre 0 et 100\u202f%\u202f: un entonnoir ne grossit jamais.`,
      'taux',
    );
  if (budget && !budgetUtilisable(budget))
    return echec(
      'Le budget du chapitre\u00a09 n’est pas utilisable\u202f: corrigez ses montants ou son taux.',
      'budget',
    );
  if (methode && !(fini(methode.coutTotal) && methode.coutTotal >= 0))
    return echec('Le coût de la méthode du chapitre\u00a07 n’est pas utilisable.', 'methode');
  return undefined;
}

/** A budget whose total is a positive amount and whose markup rate lies strictly between 0 and 1. */
const budgetUtilisable = (b: BudgetPlan) =>
  fini(b.total) && b.total >= 0 && fini(b.tauxDeMarque) && b.tauxDeMarque > 0 && b.tauxDeMarque < 1;

/** The product of two figures, or null when one is unknown. */
const produit = (a: number | null, b: number | null) => (a === null || b === null ? null : a * b);

/** The plan's money: CA from the orders and the average basket, margin, result, ROI and CA minimum. */
function montantsDuPlan({
  commandes,
  panierMoyenHT,
  tauxDeMarque,
  cout,
}: {
  commandes: number;
  panierMoyenHT: number | null;
  tauxDeMarque: number | null;
  cout: number | null;
}) {
  const chiffreAffaires = produit(commandes, panierMoyenHT);
  const marge = produit(chiffreAffaires, tauxDeMarque);
  const resultat = marge === null || cout === null ? null : marge - cout;
  return {
    chiffreAffaires,
    marge,
    cout,
    resultat,
    roi: resultat === null || !cout ? null : resultat / cout,
    caMinimum: cout === null || !tauxDeMarque ? null : cout / tauxDeMarque,
  };
}

/**
 * Where the plan's money comes from: the basket from the company's offer, the markup rate from
 * the budget (chapter 9) else the offer, the cost from the budget else the method (chapter 7).
 */
function sourcesDuPlan(
  contexte: ContexteEntreprise | undefined,
  budget: BudgetPlan | null,
  methode: MethodePlan | null,
) {
  return {
    panierMoyenHT: contexte?.offre.prixMoyenHT ?? null,
    tauxDeMarque: budget?.tauxDeMarque ?? contexte?.offre.tauxDeMarque ?? null,
    cout: coutDuPlan(budget, methode),
  };
}

/** The campaign's cost: the budget's total (chapter 9), else the method's cost (chapter 7). */
const coutDuPlan = (budget: BudgetPlan | null, methode: MethodePlan | null) =>
  budget?.total ?? methode?.coutTotal ?? null;

/** The plan of a campaign, derived from the company's context and the learner's inputs. */
export function planDeCampagne({
  contexte,
  devise,
  contacts,
  taux,
  methode = null,
  budget = null,
}: {
  contexte?: ContexteEntreprise;
  devise: Devise;
  contacts: number;
  taux: readonly number[];
  methode?: MethodePlan | null;
  budget?: BudgetPlan | null;
}): Resultat<PlanCampagne> {
  const refus = refusDuPlan(contacts, taux, budget, methode);
  if (refus) return refus;
  const { effectifs, moyennes } = effectifsEntiers({ contacts, taux });
  const commandes = effectifs[effectifs.length - 1];
  const { panierMoyenHT, tauxDeMarque, cout } = sourcesDuPlan(contexte, budget, methode);
  const montants = montantsDuPlan({ commandes, panierMoyenHT, tauxDeMarque, cout });
  return ok({
    devise,
    contacts,
    taux: [...taux],
    effectifs,
    moyennes,
    tauxGlobal: taux.reduce((p, t) => p * t, 1),
    commandes,
    panierMoyenHT,
    chiffreAffaires: montants.chiffreAffaires,
    tauxDeMarque,
    marge: montants.marge,
    cout,
    resultat: montants.resultat,
    roi: montants.roi,
    caMinimum: montants.caMinimum,
    methode,
  });
}

/**
 * The plan brought to another number of contacts (a past campaign's): the same rates, whole
 * people again, amounts in proportion. Used when a plan and a campaign differ in size, so that
 * counts are only ever compared at one scale; `facteur` is said on screen.
 */
export function planALEchelle({
  plan,
  contacts,
}: {
  plan: PlanCampagne;
  contacts: number;
}): Resultat<PlanCampagne & { facteur: number }> {
  if (!contactsValables(contacts))
    return echec(
      'Le nombre de contacts compte des personnes\u202f: un nombre entier positif ou nul.',
      'contacts',
    );
  if (plan.contacts === 0)
    return echec('Un plan sans contact ne se ramène à aucune échelle.', 'contacts');
  const facteur = contacts / plan.contacts;
  const { effectifs, moyennes } = effectifsEntiers({ contacts, taux: plan.taux });
  const commandes = effectifs[effectifs.length - 1];
  return ok({
    ...plan,
    contacts,
    effectifs,
    moyennes,
    commandes,
    ...montantsDuPlan({
      commandes,
      panierMoyenHT: plan.panierMoyenHT,
      tauxDeMarque: plan.tauxDeMarque,
      cout: plan.cout === null ? null : plan.cout * facteur,
    }),
    facteur,
  });
}
