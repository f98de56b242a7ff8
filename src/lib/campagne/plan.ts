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
  /** The part of `coutTotal` that does not depend on the contacts (0 when absent). */
  coutsFixes?: number;
}
/** The budget of chapter 9 once evaluated. */
export interface BudgetPlan {
  total: number;
  tauxDeMarque: number;
  /**
   * The part of `total` that grows with the number of contacts: the chosen method's cost per
   * contact × its contacts (`coutVariableDuBudget`). The other lines (a file bought, a salon, a
   * brochure) are fixed: 0 when absent.
   */
  coutVariable?: number;
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
  /** The part of `cout` proportional to the contacts (the rest is fixed), or null without a cost. */
  coutVariable: number | null;
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

/** The budget and the method's cost are usable amounts, or the French reason they are not. */
function verifierCouts({
  budget,
  methode,
}: {
  budget: BudgetPlan | null;
  methode: MethodePlan | null;
}): Resultat<never> | null {
  if (
    budget &&
    !(
      fini(budget.total) &&
      budget.total >= 0 &&
      fini(budget.tauxDeMarque) &&
      budget.tauxDeMarque > 0 &&
      budget.tauxDeMarque < 1
    )
  )
    return echec(
      'Le budget du chapitre\u00a09 n’est pas utilisable\u202f: corrigez ses montants ou son taux.',
      'budget',
    );
  if (
    budget?.coutVariable !== undefined &&
    !(fini(budget.coutVariable) && budget.coutVariable >= 0 && budget.coutVariable <= budget.total)
  )
    return echec('La part variable du budget doit être comprise entre 0 et son total.', 'budget');
  if (
    methode &&
    !(
      fini(methode.coutTotal) &&
      methode.coutTotal >= 0 &&
      (methode.coutsFixes === undefined || (fini(methode.coutsFixes) && methode.coutsFixes >= 0))
    )
  )
    return echec('Le coût de la méthode du chapitre\u00a07 n’est pas utilisable.', 'methode');
  return null;
}

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
  if (!fini(contacts) || contacts < 0 || !Number.isInteger(contacts))
    return echec(
      'Le nombre de contacts compte des personnes\u202f: saisissez un nombre entier positif ou nul.',
      'contacts',
    );
  if (!Array.isArray(taux) || taux.length !== TAUX_ENTONNOIR.length)
    return echec(`Le plan a besoin des ${TAUX_ENTONNOIR.length} taux de l’entonnoir.`, 'taux');
  for (const [i, t] of taux.entries()) {
    if (!fini(t) || t < 0 || t > 1)
      return echec(
        `${TAUX_ENTONNOIR[i].libelle} doit être compris entre 0 et 100\u202f%\u202f: un entonnoir ne grossit jamais.`,
        'taux',
      );
  }
  const faute = verifierCouts({ budget, methode });
  if (faute) return faute;
  const { effectifs, moyennes } = effectifsEntiers({ contacts, taux });
  const commandes = effectifs[effectifs.length - 1];
  const panierMoyenHT = contexte?.offre.prixMoyenHT ?? null;
  const tauxDeMarque = budget?.tauxDeMarque ?? contexte?.offre.tauxDeMarque ?? null;
  const chiffreAffaires = panierMoyenHT === null ? null : commandes * panierMoyenHT;
  const marge =
    chiffreAffaires === null || tauxDeMarque === null ? null : chiffreAffaires * tauxDeMarque;
  const cout = budget?.total ?? methode?.coutTotal ?? null;
  const coutVariable = budget
    ? (budget.coutVariable ?? 0)
    : methode
      ? Math.max(0, methode.coutTotal - (methode.coutsFixes ?? 0))
      : null;
  const resultat = marge === null || cout === null ? null : marge - cout;
  return ok({
    devise,
    contacts,
    taux: [...taux],
    effectifs,
    moyennes,
    tauxGlobal: taux.reduce((p, t) => p * t, 1),
    commandes,
    panierMoyenHT,
    chiffreAffaires,
    tauxDeMarque,
    marge,
    cout,
    coutVariable,
    resultat,
    roi: resultat === null || !cout ? null : resultat / cout,
    caMinimum: cout === null || !tauxDeMarque ? null : cout / tauxDeMarque,
    methode,
  });
}

/**
 * The plan brought to another number of contacts (a past campaign's): the same rates, whole
 * people again; of the costs, only the part that depends on the contacts (`coutVariable`, the
 * method's cost per contact) follows `facteur`, the fixed lines (a file, a salon, a brochure) stay
 * as budgeted — scaling a whole budget would invent a spending nobody planned (defect D1: a
 * 132 220 DH budget × 3,56 became a 470 614 DH « budget prévu »). Used when a plan and a campaign
 * differ in size, so that counts are only ever compared at one scale; `facteur` is said on screen.
 */
export function planALEchelle({
  plan,
  contacts,
}: {
  plan: PlanCampagne;
  contacts: number;
}): Resultat<PlanCampagne & { facteur: number }> {
  if (!fini(contacts) || contacts < 0 || !Number.isInteger(contacts))
    return echec(
      'Le nombre de contacts compte des personnes\u202f: un nombre entier positif ou nul.',
      'contacts',
    );
  if (plan.contacts === 0)
    return echec('Un plan sans contact ne se ramène à aucune échelle.', 'contacts');
  const facteur = contacts / plan.contacts;
  const { effectifs, moyennes } = effectifsEntiers({ contacts, taux: plan.taux });
  const commandes = effectifs[effectifs.length - 1];
  const chiffreAffaires = plan.panierMoyenHT === null ? null : commandes * plan.panierMoyenHT;
  const marge =
    chiffreAffaires === null || plan.tauxDeMarque === null
      ? null
      : chiffreAffaires * plan.tauxDeMarque;
  // Brought back to its own size, the plan keeps its own costs, to the last cent.
  const memeTaille = facteur === 1;
  const variable = plan.coutVariable ?? 0;
  const coutVariable =
    plan.coutVariable === null || memeTaille ? plan.coutVariable : variable * facteur;
  const cout =
    plan.cout === null || memeTaille ? plan.cout : plan.cout - variable + variable * facteur;
  const resultat = marge === null || cout === null ? null : marge - cout;
  return ok({
    ...plan,
    contacts,
    effectifs,
    moyennes,
    commandes,
    chiffreAffaires,
    marge,
    cout,
    coutVariable,
    resultat,
    facteur,
    roi: resultat === null || !cout ? null : resultat / cout,
    caMinimum: cout === null || !plan.tauxDeMarque ? null : cout / plan.tauxDeMarque,
  });
}

/**
 * The part of a budget that grows with the contacts: the line the chosen method added (chapter 7
 * → chapter 9) less that method's own fixed costs. Every other line of the budget is fixed.
 */
export function coutVariableDuBudget({
  montantLigneMethode,
  coutsFixesMethode = 0,
  total,
}: {
  /** The amount of the method's line, or undefined when the budget has none. */
  montantLigneMethode: number | undefined;
  coutsFixesMethode?: number;
  total: number;
}): number {
  if (!fini(montantLigneMethode) || !fini(total)) return 0;
  const fixes = fini(coutsFixesMethode) ? Math.max(0, coutsFixesMethode) : 0;
  return Math.min(Math.max(0, total), Math.max(0, montantLigneMethode - fixes));
}
