/**
 * Chapter 7 → 9: the method the learner chose, with the cost of its campaign as chapter 7 computes
 * it (a computed store, never a saved copy), and « Ajouter au budget », which adds the method's
 * line or updates it in place: a second click changes nothing, another method replaces it.
 */
import { useStore } from '@nanostores/preact';
import { $entreprise } from '../../stores/entreprise.ts';
import { $campagneMethodeChoisie, $revueMethode } from '../../stores/methodes.ts';
import { $saisieBudget, ajouterMethodeAuBudget } from '../../stores/budget.ts';
import { etatLigneMethode, ligneDeMethode } from '../../lib/campagne/budget-saisi.ts';
import { formatMontant } from '../../lib/commun/nombres.ts';
import { accorder } from '../../lib/commun/accord.ts';

export function MethodeChoisie({ monte }: { monte: boolean }) {
  const methode = useStore($campagneMethodeChoisie),
    devise = useStore($entreprise)?.devise ?? 'EUR',
    saisie = useStore($saisieBudget),
    revue = useStore($revueMethode);
  if (!monte) return null;
  if (!methode) {
    return (
      <p class="labo-explication" data-methode="">
        Au <a href="/chapitres/methodes-et-moyens/">chapitre&#160;7</a>, choisissez une méthode de
        prospection&#8239;: son coût pourra s’ajouter ici en un clic.
      </p>
    );
  }
  const cout = formatMontant(methode.coutTotal, devise, 0);
  // The amount as the learner would type it (« 4 300 »), so the line reads like the others.
  const { action, montant } = ligneDeMethode({ methode });
  const etat = etatLigneMethode({ saisie, methode });
  const aJour = etat === 'a-jour',
    ligne = etat !== 'absente';
  return (
    <p
      class="labo-explication"
      data-methode={methode.id}
      data-dans-budget={aJour ? 'oui' : ligne ? 'perime' : 'non'}
      data-etat={revue ? 'a-revoir' : aJour ? 'fait' : 'a-faire'}
    >
      Méthode choisie au <a href="/chapitres/methodes-et-moyens/">chapitre&#160;7</a>&#8239;:{' '}
      <strong>{methode.nom}</strong>, {accorder(methode.contacts, 'contact', 'contacts')} pour{' '}
      <span data-resultat="cout-methode">{cout}</span>.{' '}
      {revue ? (
        // The method itself is stale (D11): its line, however current, is updated after chapter 7.
        <span data-revoir="methode">
          Méthode à revoir. {revue} Au{' '}
          <a href="/chapitres/methodes-et-moyens/#simulateur-methodes">chapitre&#160;7</a>,
          «&#160;Partir de ma sélection&#160;» la met à jour, puis ici «&#160;Mettre à jour le
          budget&#160;».
        </span>
      ) : aJour ? (
        <span>Sa ligne est dans le budget.</span>
      ) : ligne ? (
        <span>Sa ligne du budget n’est plus à jour.</span>
      ) : null}{' '}
      <button
        type="button"
        class="bouton-discret"
        onClick={() => ajouterMethodeAuBudget({ action, montant })}
      >
        {ligne && !aJour ? 'Mettre à jour le budget' : 'Ajouter au budget'}
      </button>
    </p>
  );
}
