/**
 * « Budgétiser » (chapter 9): the budget envelope of the prospecting actions and the minimum
 * turnover that pays for them.
 *
 * Each sale of 100 € HT leaves, once the goods are paid for, a margin of 100 € × taux de marque.
 * The actions are paid for when the accumulated margin equals the expenses, hence
 *   CA minimum = dépenses ÷ taux de marque        CA objectif = (dépenses + bénéfice visé) ÷ taux de marque
 * where the taux de marque is the margin as a share of the SELLING price (30 % = 0,3).
 *
 * Seed 000 prints « CA minimum = somme des dépenses − taux de marge espéré ». That cannot be
 * right: it subtracts a rate (a pure number, 0,3) from an amount (30 000 €), mixing units, and
 * would give 29 999,70 € — a turnover that covers the expenses only with a 100 % margin.
 * The relation is a division, by the rate taken on the selling price. Dividing by the taux de
 * marge (on the cost) instead is the other classic slip: `caMinimumLectureErronee` computes it
 * so the lesson can show how far the two readings land (30 000 € at 25 % on cost = 20 % on
 * price: 150 000 € needed, not 120 000 €).
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { exigerPositif, exigerQue, exigerStrictementPositif, resultat } from '../commun/champs.ts';

/** One expense line of the prospecting budget (« Salon Pollutec », 4 500 €). */
export interface LigneBudget {
  id: string;
  action: string;
  montant: number;
}

/** One line of the analysis: the action's amount and its share of the total (a fraction). */
export interface PartAction {
  id: string;
  action: string;
  montant: number;
  part: number;
}

const MARQUE_NULLE = 'Avec un taux de marque nul, aucune vente ne couvre les dépenses.';
const MARQUE_NEGATIVE =
  'Avec un taux de marque négatif, chaque vente creuse la perte au lieu de couvrir les dépenses.';
const MARQUE_TOTALE =
  'Le taux de marque doit rester inférieur à 100\u202F%\u202F: la marge ne peut pas atteindre le prix de vente.';

/** Checks the taux de marque used to cover expenses: strictly between 0 and 1. */
function exigerTauxDeMarque(tauxDeMarque: number): Resultat<never> | undefined {
  return (
    exigerQue('tauxDeMarque', tauxDeMarque, tauxDeMarque !== 0, MARQUE_NULLE) ??
    exigerQue('tauxDeMarque', tauxDeMarque, tauxDeMarque > 0, MARQUE_NEGATIVE) ??
    exigerQue('tauxDeMarque', tauxDeMarque, tauxDeMarque < 1, MARQUE_TOTALE)
  );
}

/** Sum of the budget lines (0 for an empty budget); a negative or missing amount is named by its action. */
export function totalDepenses({ lignes }: { lignes: readonly LigneBudget[] }): Resultat<number> {
  if (!Array.isArray(lignes)) return echec('Les lignes du budget manquent.', 'lignes');
  let total = 0;
  for (const ligne of lignes) {
    const nom = `«\u00A0${ligne.action || ligne.id}\u00A0»`;
    if (typeof ligne.montant !== 'number' || !Number.isFinite(ligne.montant)) {
      return echec(`Le montant de la ligne ${nom} doit être un nombre.`, 'lignes');
    }
    if (ligne.montant < 0)
      return echec(`Le montant de la ligne ${nom} ne peut pas être négatif.`, 'lignes');
    total += ligne.montant;
  }
  return resultat(total);
}

/** CA minimum = dépenses ÷ taux de marque: the turnover whose margin pays for the actions. */
export function caMinimum({
  depenses,
  tauxDeMarque,
}: {
  depenses: number;
  tauxDeMarque: number;
}): Resultat<number> {
  return (
    exigerPositif('depenses', depenses) ??
    exigerTauxDeMarque(tauxDeMarque) ??
    resultat(depenses / tauxDeMarque)
  );
}

/** CA objectif = (dépenses + bénéfice visé) ÷ taux de marque. */
export function caObjectif({
  depenses,
  beneficeVise,
  tauxDeMarque,
}: {
  depenses: number;
  beneficeVise: number;
  tauxDeMarque: number;
}): Resultat<number> {
  return (
    exigerPositif('depenses', depenses) ??
    exigerPositif('beneficeVise', beneficeVise) ??
    exigerTauxDeMarque(tauxDeMarque) ??
    resultat((depenses + beneficeVise) / tauxDeMarque)
  );
}

/** The budget at a glance: total, CA minimum, and each action's share of the total. */
export function analyseBudget({
  lignes,
  tauxDeMarque,
}: {
  lignes: readonly LigneBudget[];
  tauxDeMarque: number;
}): Resultat<{ total: number; caMinimum: number; parAction: PartAction[] }> {
  const total = totalDepenses({ lignes });
  if (!total.ok) return total;
  const ca = caMinimum({ depenses: total.valeur, tauxDeMarque });
  if (!ca.ok) return ca;
  const parAction = lignes.map(({ id, action, montant }) => ({
    id,
    action,
    montant,
    part: total.valeur === 0 ? 0 : montant / total.valeur,
  }));
  return ok({ total: total.valeur, caMinimum: ca.valeur, parAction });
}

/**
 * The wrong reading: dépenses ÷ taux de marge (on the cost). It always lands BELOW the true
 * CA minimum for a positive margin, since the taux de marge exceeds the taux de marque.
 */
export function caMinimumLectureErronee({
  depenses,
  tauxDeMarge,
}: {
  depenses: number;
  tauxDeMarge: number;
}): Resultat<number> {
  return (
    exigerPositif('depenses', depenses) ??
    exigerStrictementPositif('tauxDeMarge', tauxDeMarge, 'pour couvrir des dépenses') ??
    resultat(depenses / tauxDeMarge)
  );
}
