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
const estObjet = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null;

/** One stored line, if it has exactly the expected shape. */
function ligneValide(l: unknown): LigneSaisie | undefined {
  if (!estObjet(l)) return undefined;
  const { id, action, montant } = l;
  if (!estTexte(id) || !estTexte(action) || !estTexte(montant)) return undefined;
  return { id, action, montant };
}

/** Every stored line (50 at most), or undefined as soon as one is malformed. */
function lignesValides(v: unknown): LigneSaisie[] | undefined {
  if (!Array.isArray(v) || v.length > 50) return undefined;
  const lignes: LigneSaisie[] = [];
  for (const l of v) {
    const ligne = ligneValide(l);
    if (!ligne) return undefined;
    lignes.push(ligne);
  }
  return lignes;
}

const estTypeTaux = (v: unknown): v is SaisieBudget['typeTaux'] => v === 'marque' || v === 'marge';
const estDevise = (v: unknown): v is Devise => v === 'EUR' || v === 'MAD';

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieBudget(brut: unknown): SaisieBudget | undefined {
  if (!estObjet(brut)) return undefined;
  const lignes = lignesValides(brut.lignes);
  const { typeTaux, taux, devise } = brut;
  if (!lignes || !estTypeTaux(typeTaux) || !estTexte(taux) || !estDevise(devise)) return undefined;
  return { lignes, typeTaux, taux, devise };
}
