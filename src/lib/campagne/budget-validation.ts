/**
 * The shape of a budget as typed and its check on read, apart from its evaluation
 * (budget-saisi.ts): the campaign store reads former budgets with it on every page, and must not
 * pull the budget computations into pages that have no budget.
 */
import type { Devise } from './contexte.ts';

/** One expense line as typed. */
export interface LigneSaisie {
  id: string;
  action: string;
  montant: string;
}

/** What the learner typed in the Budget simulator. */
export interface SaisieBudget {
  lignes: LigneSaisie[];
  /** Whether the rate typed is a taux de marque (on selling price) or a taux de marge (on cost). */
  typeTaux: 'marque' | 'marge';
  taux: string;
  devise: Devise;
}

const estTexte = (v: unknown): v is string => typeof v === 'string' && v.length <= 200;

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieBudget(brut: unknown): SaisieBudget | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const b = brut as Record<string, unknown>;
  if (!Array.isArray(b.lignes) || b.lignes.length > 50) return undefined;
  const lignes: LigneSaisie[] = [];
  for (const l of b.lignes) {
    if (typeof l !== 'object' || l === null) return undefined;
    const { id, action, montant } = l as Record<string, unknown>;
    if (!estTexte(id) || !estTexte(action) || !estTexte(montant)) return undefined;
    lignes.push({ id, action, montant });
  }
  if (b.typeTaux !== 'marque' && b.typeTaux !== 'marge') return undefined;
  if (!estTexte(b.taux) || (b.devise !== 'EUR' && b.devise !== 'MAD')) return undefined;
  return { lignes, typeTaux: b.typeTaux, taux: b.taux, devise: b.devise };
}
