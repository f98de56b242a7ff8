/**
 * What the « Méthodes et moyens » problems draw from: a company of the course (shared with
 * chapter 9, euros or dirhams), and a method whose stage rates are known (min = probable = max),
 * so that the answers come from `comparerMethodes`, the function the comparator uses.
 * Amounts in dirhams are the euro figures × DH_PAR_EURO, as in the comparator.
 */
import {
  comparerMethodes,
  DH_PAR_EURO,
  type ComparaisonMethode,
  type BaseComparaison,
} from '../../lib/methodes/methodes.ts';
import type { Canal } from '../../lib/droit/index.ts';
import { formatMontant, formatPourcentage } from '../../lib/commun/nombres.ts';
import { valeurDe } from '../generateur.ts';

export { entrepriseAuHasard } from '../budgetiser/contexte.ts';

/** Dirhams per euro for a company's figures (1 for euros). */
export const facteurDevise = (devise: 'EUR' | 'MAD') => (devise === 'MAD' ? DH_PAR_EURO : 1);

/** A method with certain rates, compared on `base` through src/lib (the comparator's function). */
export function comparerUneMethode({
  base,
  canal,
  coutParContact,
  coutsFixes,
  taux,
  margeParClient = 0,
}: {
  base: BaseComparaison;
  canal: Canal;
  coutParContact: number;
  coutsFixes: number;
  taux: readonly number[];
  margeParClient?: number;
}): ComparaisonMethode {
  const etapes = taux.map((t, i) => ({ nom: `Étape ${i + 1}`, min: t, probable: t, max: t }));
  const methode = {
    id: 'exercice',
    nom: 'Méthode de l’exercice',
    canal,
    coutParContact,
    coutsFixes,
    contactsParJour: 1,
    etapes,
    sources: [],
  };
  return valeurDe(comparerMethodes({ base, margeParClient, methodes: [methode] }))[0];
}

/** An amount of a statement: without decimals when whole, to the cent otherwise. */
export function montantEnonce(n: number, devise: 'EUR' | 'MAD'): string {
  return formatMontant(n, devise, Math.round(n * 100) % 100 === 0 ? 0 : 2);
}

/** A rate of a statement (« 1,5 % »). */
export const tauxEnonce = (t: number) => formatPourcentage(t, 1);
