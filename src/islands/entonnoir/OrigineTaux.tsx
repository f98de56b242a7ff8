/**
 * Where the funnel's rates come from (issue 14, defect D3): the method chosen in chapter 7, the
 * company's past campaign, the lesson's example or the learner's own, read from the rates as they
 * are (stores/plan.ts), with a button to take the starting rates when the funnel has others.
 * Loaded with the plan as the island shows, so the funnel's own bundle does not carry them.
 */
import { useStore } from '@nanostores/preact';
import { $departEntonnoir, $origineTaux } from '../../stores/plan.ts';
import { remplacerTaux, tauxEnTexte } from '../../stores/entonnoir.ts';
import { phraseOrigineTaux } from '../../lib/campagne/methode-entonnoir.ts';
import { AvecLienChapitre7 } from '../ui/lien-chapitre.tsx';

export function OrigineTaux() {
  const origine = useStore($origineTaux),
    depart = useStore($departEntonnoir);
  if (!origine) return null;
  const autre = depart && depart.origine.type !== origine.type;
  return (
    <p class="labo-explication" data-resultat="origine-taux" data-origine-taux={origine.type}>
      <AvecLienChapitre7 texte={phraseOrigineTaux(origine)} />{' '}
      {autre && (
        <button
          type="button"
          class="bouton-discret"
          onClick={() => remplacerTaux(tauxEnTexte({ taux: depart.taux }))}
        >
          {depart.origine.type === 'methode'
            ? `Prendre les taux de la méthode retenue (${depart.origine.nom.toLowerCase()})`
            : 'Prendre les taux de la campagne passée'}
        </button>
      )}
    </p>
  );
}
