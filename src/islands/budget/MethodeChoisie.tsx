/**
 * Chapter 7 → 9: the method the learner chose, with their own figures, and the cost of its
 * campaign (recorded in the company's plan by chapter 7), which one click adds to the budget.
 */
import { useStore } from '@nanostores/preact';
import { $entreprise, $travail } from '../../stores/campagne.ts';
import { ajouterLigne } from '../../stores/budget.ts';
import { formatMontant, formatNombre, nombreSaisissable } from '../../lib/nombres.ts';

export function MethodeChoisie({ monte }: { monte: boolean }) {
  const travail = useStore($travail), devise = useStore($entreprise)?.devise ?? 'EUR';
  if (!monte) return null;
  // Chapter 7 records the chosen method's campaign in the plan (stores/methodes.ts) each time it is opened.
  const methode = travail.methode && travail.plan?.methode?.id === travail.methode ? travail.plan.methode : null;
  if (travail.methode && !methode) {
    return <p class="labo-explication" data-methode="">Ouvrez le <a href="/chapitres/methodes-et-moyens/">chapitre&#160;7</a> pour chiffrer la méthode que vous avez choisie&#8239;: son coût pourra alors s’ajouter ici.</p>;
  }
  if (!methode) {
    return <p class="labo-explication" data-methode="">Au <a href="/chapitres/methodes-et-moyens/">chapitre&#160;7</a>, choisissez une méthode de prospection&#8239;: son coût pourra s’ajouter ici en un clic.</p>;
  }
  const cout = formatMontant(methode.cout, devise, 0);
  // The amount as the learner would type it (« 4 300 »), so the line reads like the others.
  const montant = nombreSaisissable(methode.cout, 0);
  return (
    <p class="labo-explication" data-methode={methode.id}>
      Méthode choisie au chapitre&#160;7&#8239;: <strong>{methode.nom}</strong>, {formatNombre(methode.contacts, 0)}&#160;contacts pour <span data-resultat="cout-methode">{cout}</span>.{' '}
      <button type="button" class="bouton-discret" onClick={() => ajouterLigne({ action: `${methode.nom} (${formatNombre(methode.contacts, 0)} contacts)`, montant })}>Ajouter au budget</button>
    </p>
  );
}
