/**
 * « Le réalisé »: the company's past campaign beside the plan, through the campaign's one
 * diagnosis (stores/plan.ts, the same as chapter 11's). Loaded when it nears the screen: the plan
 * and the diagnosis ship with it, not with the funnel.
 */
import { useStore } from '@nanostores/preact';
import { $diagnostic, $referenceRealise } from '../../stores/plan.ts';
import { $contexte } from '../../stores/contexte.ts';
import { remplacerTaux, tauxEnTexte } from '../../stores/entonnoir.ts';
import { TableauRealise } from './TableauRealise.tsx';

export function Realise({ entreprise }: { entreprise?: string }) {
  const diagnostic = useStore($diagnostic),
    reference = useStore($referenceRealise)?.reference,
    campagne = useStore($contexte)?.campagnePassee;
  return (
    <section class="labo-graphique" aria-labelledby="entonnoir-realise-titre" data-realise="pret">
      <h3 id="entonnoir-realise-titre">
        Le réalisé&#8239;: la campagne passée{entreprise ? ` de ${entreprise}` : ''}
      </h3>
      {!campagne && (
        <p>
          Votre fichier importé ne contient pas de campagne passée&#8239;: seul le plan est affiché.
        </p>
      )}
      {diagnostic && !diagnostic.ok && (
        <p class="labo-avertissement">{diagnostic.erreur.message}</p>
      )}
      {campagne && diagnostic?.ok && (
        <>
          <TableauRealise
            diagnostic={diagnostic.valeur}
            nomCampagne={campagne.nom}
            reference={reference}
          />
          <div class="labo-actions">
            <button
              type="button"
              class="bouton"
              onClick={() =>
                remplacerTaux(
                  tauxEnTexte({ taux: diagnostic.valeur.etapes.map((e) => e.tauxReel) }),
                )
              }
            >
              Prévoir avec les taux de cette campagne
            </button>
          </div>
        </>
      )}
    </section>
  );
}
