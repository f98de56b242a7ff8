/**
 * What the learner typed in the Budget simulator of chapter 9 (the persisted text and its
 * check), apart from its evaluation (budget.ts): the campaign store swaps this budget when the
 * company changes, and must not pull the budget computations into every chapter's page.
 */
import { atomePersistant } from './persistance.ts';

/** One expense line as typed. */
export interface LigneSaisie { id: string; action: string; montant: string }

/** What the learner typed in the Budget simulator. */
export interface SaisieBudget {
  lignes: LigneSaisie[];
  /** Whether the rate typed is a taux de marque (on selling price) or a taux de marge (on cost). */
  typeTaux: 'marque' | 'marge';
  taux: string;
  devise: 'EUR' | 'MAD';
}

/** Default envelope: the kinds of actions the course lists, with round amounts. */
export const BUDGET_PAR_DEFAUT: SaisieBudget = {
  lignes: [
    { id: 'publipostage', action: 'Publipostage (conception, impression, envoi)', montant: '2 400' },
    { id: 'phoning', action: 'Phoning et prise de rendez-vous', montant: '3 200' },
    { id: 'visites', action: 'Visites et déplacements', montant: '4 500' },
    { id: 'salon', action: 'Salon professionnel', montant: '6 000' },
    { id: 'documentation', action: 'Documentation commerciale', montant: '1 100' },
  ],
  typeTaux: 'marque',
  taux: '25',
  devise: 'EUR',
};

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

/** The learner's budget, persisted under `atelier:v1:budget`. */
export const $saisieBudget = atomePersistant<SaisieBudget>('budget', BUDGET_PAR_DEFAUT, validerSaisieBudget);
