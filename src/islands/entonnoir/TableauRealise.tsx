/** The past campaign beside the plan: real counts and rates, planned rates, réalisé ÷ prévu, and the weakest stage. */
import { formatNombre, formatPourcentage } from '../../lib/nombres.ts';
import { ETAPES, TAUX, type ComparaisonRealise } from '../../stores/entonnoir.ts';

interface Props { comparaison: ComparaisonRealise; nomCampagne: string }

export function TableauRealise({ comparaison: c, nomCampagne }: Props) {
  const taux = (t: number | null) => (t === null ? '—' : formatPourcentage(t, 1));
  return (
    <>
      <div class="tableau-defilant" tabIndex={0} role="region" aria-label="Tableau du réalisé et du prévu">
      <table class="tableau-donnees" data-tableau="realise">
        <caption>{nomCampagne}&#8239;: réalisé et prévu</caption>
        <thead><tr><th scope="col">Étape</th><th scope="col" class="nombre">Réalisé</th><th scope="col" class="nombre">Taux réalisé</th><th scope="col" class="nombre">Taux prévu</th><th scope="col" class="nombre">Réalisé ÷ prévu</th></tr></thead>
        <tbody>
          {ETAPES.map((e, i) => {
            const ecart = i > 0 ? c.etapes[i - 1] : undefined;
            return (
              <tr key={e.id} data-etape={e.id} class={ecart && ecart.etape === c.plusFaible ? 'entonnoir-faible' : undefined}>
                <th scope="row">{i > 0 ? `${e.nom} (${TAUX[i - 1].court})` : e.nom}</th>
                <td class="nombre">{formatNombre(c.effectifs[i], 0)}</td>
                <td class="nombre">{ecart ? taux(ecart.tauxReel) : '—'}</td>
                <td class="nombre">{ecart ? taux(ecart.tauxPrevu) : '—'}</td>
                <td class="nombre">{ecart ? taux(ecart.indice) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      <p class="labo-explication" data-resultat="etape-faible">{c.phrase}</p>
    </>
  );
}
