/**
 * Said under chapter 11's buttons when the dashboard holds the lesson's example: its figures are
 * the lesson's (in euros), converted at DH_PAR_EURO for a company in dirhams, as chapter 7 does.
 */
import { DH_PAR_EURO } from '../../lib/commun/devise-du-cours.ts';
import { estTableauExemple, type SaisieTableauDeBord } from '../../stores/tableau-de-bord.ts';

export function ExempleDuCours({ saisie }: { saisie: SaisieTableauDeBord }) {
  if (!estTableauExemple(saisie)) return null;
  return (
    <p class="labo-explication" data-origine="exemple">
      Exemple du cours&#8239;: la campagne de la PME lyonnaise de la leçon
      {saisie.devise === 'MAD'
        ? `, ses montants en euros convertis à ${DH_PAR_EURO}\u00a0DH pour 1\u00a0€ comme au chapitre\u00a07 (ordre de grandeur)`
        : ''}
      .
    </p>
  );
}
