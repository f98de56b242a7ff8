/**
 * Where the budget's figures come from (chapter 9): the company's last campaign at its own taux de
 * marque, or the lesson's example — in euros as the lesson writes it, converted at DH_PAR_EURO for
 * a company in dirhams, and said so (a stale « Budget de départ… » line stayed over the example).
 */
import { minuscule } from '../../lib/commun/majuscule.ts';
import { motsRemuneration } from '../../lib/marges/remuneration.ts';
import { formatMontant, formatPourcentage } from '../../lib/commun/nombres.ts';
import { DH_PAR_EURO } from '../../lib/commun/devise-du-cours.ts';
import {
  BUDGET_PAR_DEFAUT,
  estBudgetExemple,
  evaluerBudget,
  type SaisieBudget,
} from '../../stores/budget.ts';
import type { ContexteEntreprise } from '../../lib/campagne/contexte.ts';

/** The lesson's envelope in euros: the total its own evaluation gives (the lesson's budget is valid). */
const lecon = evaluerBudget(BUDGET_PAR_DEFAUT);
const totalLecon = lecon.ok ? lecon.valeur.total : 0;

export function OrigineBudget({
  saisie,
  contexte,
  devise,
}: {
  saisie: SaisieBudget;
  contexte: ContexteEntreprise;
  devise: 'EUR' | 'MAD';
}) {
  if (estBudgetExemple(saisie))
    return (
      <p class="champ-aide" data-origine="budget">
        Exemple du cours&#8239;: l’enveloppe de la leçon, {formatMontant(totalLecon, 'EUR', 0)} au
        taux de marque de {saisie.taux}&#8239;%
        {devise === 'MAD'
          ? `, convertie à ${DH_PAR_EURO}\u00a0DH pour 1\u00a0€ comme au chapitre\u00a07 (ordre de grandeur)`
          : ''}
        .
      </p>
    );
  return (
    <p class="champ-aide" data-origine="budget">
      Budget de départ&#8239;: les dépenses de la{' '}
      {contexte.campagnePassee ? minuscule(contexte.campagnePassee.nom) : 'dernière campagne'} et le{' '}
      {motsRemuneration(contexte.offre.remuneration).taux} de l’offre de {contexte.nom} (
      {formatPourcentage(contexte.offre.tauxDeMarque, 1)}), en{' '}
      {devise === 'MAD' ? 'dirhams' : 'euros'}. Voir ses <a href="/donnees/">données</a>.
    </p>
  );
}
