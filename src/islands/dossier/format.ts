/** Display of the dossier's figures: one place that turns a unit into French text. */
import {
  formatMontant,
  formatNombre,
  formatPourcentage,
  VALEUR_ABSENTE,
} from '../../lib/commun/nombres.ts';
import type { UniteChiffre } from '../../lib/dossier/analyse.ts';
import { decimalesMontant } from '../../lib/dossier/devise-saisie.ts';

/** A figure as shown on screen and on paper (« 12 000 € », « 40 % », « 2 »). */
export function formatChiffre(
  valeur: number | string | null,
  unite: UniteChiffre,
  devise: 'EUR' | 'MAD',
): string {
  if (valeur === null) return VALEUR_ABSENTE;
  if (typeof valeur === 'string') return valeur;
  switch (unite) {
    case 'montant':
      return formatMontant(valeur, devise, decimalesMontant(valeur));
    case 'taux':
      return formatPourcentage(valeur, 1);
    case 'indice':
      return formatNombre(valeur, 1);
    default:
      return formatNombre(valeur, 2);
  }
}
