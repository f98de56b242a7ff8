/**
 * Chapter 7 → 9: the method the learner chose, with their own figures, and the cost of its
 * campaign, which one click adds to the budget as an expense line.
 */
import { useStore } from '@nanostores/preact';
import { $campagneMethodeChoisie, $devise } from '../../stores/methodes.ts';
import { ajouterLigne } from '../../stores/budget.ts';
import { formatMontant, formatNombre } from '../../lib/nombres.ts';

export function MethodeChoisie({ monte }: { monte: boolean }) {
  const methode = useStore($campagneMethodeChoisie), devise = useStore($devise);
  if (!monte) return null;
  if (!methode) {
    return <p class="labo-explication" data-methode="">Au <a href="/chapitres/methodes-et-moyens/">chapitre&#160;7</a>, choisissez une méthode de prospection&#8239;: son coût pourra s’ajouter ici en un clic.</p>;
  }
  const cout = formatMontant(methode.coutTotal, devise, 0);
  // The amount as the learner would type it (« 4 300 »), so the line reads like the others.
  const montant = formatNombre(Math.round(methode.coutTotal), 0).replace(/[\u202f\u00a0]/g, ' ');
  return (
    <p class="labo-explication" data-methode={methode.id}>
      Méthode choisie au chapitre&#160;7&#8239;: <strong>{methode.nom}</strong>, {formatNombre(methode.contacts, 0)}&#160;contacts pour <span data-resultat="cout-methode">{cout}</span>.{' '}
      <button type="button" class="bouton-discret" onClick={() => ajouterLigne({ action: `${methode.nom} (${formatNombre(methode.contacts, 0)} contacts)`, montant })}>Ajouter au budget</button>
    </p>
  );
}
