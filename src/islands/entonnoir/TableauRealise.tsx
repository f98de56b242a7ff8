/** The past campaign beside the plan: real counts and rates, planned rates, réalisé ÷ prévu, and the weakest stage (the one diagnosis, diagnostic.ts). */
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { ETAPES_ENTONNOIR, TAUX_ENTONNOIR } from '../../lib/campagne/etapes.ts';
import type { Diagnostic } from '../../lib/campagne/diagnostic.ts';

interface Props {
  diagnostic: Diagnostic;
  nomCampagne: string;
  /** What « prévu » is: the learner's plan, or the campaign's own objectives (D9). */
  reference?: 'plan' | 'objectifs';
}

export function TableauRealise({ diagnostic: d, nomCampagne, reference = 'plan' }: Props) {
  const taux = (t: number | null) => (t === null ? '—' : formatPourcentage(t, 1));
  return (
    <>
      {reference === 'objectifs' && (
        <p class="labo-explication" data-resultat="reference" data-reference={reference}>
          L’entonnoir garde les taux de l’exemple du cours&#8239;: la campagne est comparée à ses
          propres objectifs, comme au chapitre&#160;11 avec «&#160;Charger la campagne de
          l’entreprise&#160;». Partez de votre sélection pour la comparer à votre plan.
        </p>
      )}
      {d.echelle && (
        <p class="labo-explication" data-resultat="echelle">
          {d.echelle}
        </p>
      )}
      <div
        class="tableau-defilant"
        tabIndex={0}
        role="region"
        aria-label="Tableau du réalisé et du prévu"
      >
        <table class="tableau-donnees" data-tableau="realise">
          <caption>{nomCampagne}&#8239;: réalisé et prévu</caption>
          <thead>
            <tr>
              <th scope="col">Étape</th>
              <th scope="col" class="nombre">
                Réalisé
              </th>
              <th scope="col" class="nombre">
                Taux réalisé
              </th>
              <th scope="col" class="nombre">
                {reference === 'objectifs' ? 'Taux prévu (objectifs)' : 'Taux prévu (votre plan)'}
              </th>
              <th scope="col" class="nombre">
                Réalisé ÷ prévu
              </th>
            </tr>
          </thead>
          <tbody>
            {ETAPES_ENTONNOIR.map((e, i) => {
              const ecart = i > 0 ? d.etapes[i - 1] : undefined;
              return (
                <tr
                  key={e.id}
                  data-etape={e.id}
                  class={ecart && i - 1 === d.plusFaible ? 'entonnoir-faible' : undefined}
                >
                  <th scope="row">{i > 0 ? `${e.nom} (${TAUX_ENTONNOIR[i - 1].court})` : e.nom}</th>
                  <td class="nombre">{formatNombre(d.effectifsReels[i], 0)}</td>
                  <td class="nombre">{ecart ? taux(ecart.tauxReel) : '—'}</td>
                  <td class="nombre">{ecart ? taux(ecart.tauxPrevu) : '—'}</td>
                  <td class="nombre">{ecart ? taux(ecart.indice) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="labo-explication" data-resultat="etape-faible" data-verdict={d.verdict}>
        {d.phrase}
      </p>
    </>
  );
}
