/** The data table behind the funnel chart (its accessible equivalent, and what prints). */
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import type { EtapeCalculee } from '../../stores/entonnoir.ts';

interface Props {
  etapes: EtapeCalculee[];
  mode: 'avant' | 'rebours';
}

export function TableauEntonnoir({ etapes, mode }: Props) {
  // The precision of « Taux global » above (at most three decimals, the lesson's 1,875 %): at one
  // decimal the same rate read 1,9 % here, 1,875 % there (session 11). Said once, in the caption.
  const taux = (t: number | null) => (t === null ? '—' : formatPourcentage(t, 3));
  return (
    <div
      class="tableau-defilant"
      tabIndex={0}
      role="region"
      aria-label="Tableau des effectifs par étape"
    >
      <table class="tableau-donnees" data-tableau="entonnoir">
        <caption>
          {mode === 'avant' ? 'Effectifs attendus' : 'Effectifs nécessaires'} à chaque étape
          (valeurs du graphique). Taux d’étape&#8239;: sur l’étape précédente&#8239;; taux
          cumulé&#8239;: sur les contacts appelés. Taux au millième de point près, comme le taux
          global.
        </caption>
        <thead>
          <tr>
            <th scope="col">Étape</th>
            <th scope="col" class="nombre">
              Effectif
            </th>
            <th scope="col" class="nombre">
              Taux d’étape
            </th>
            <th scope="col" class="nombre">
              Taux cumulé
            </th>
          </tr>
        </thead>
        <tbody>
          {etapes.map((e) => (
            <tr key={e.id} data-etape={e.id}>
              <th scope="row">{e.nom}</th>
              <td class="nombre" data-colonne="effectif">
                {formatNombre(e.effectif, 0)}
              </td>
              <td class="nombre">{taux(e.tauxEtape)}</td>
              <td class="nombre" data-colonne="taux-cumule">
                {taux(e.tauxCumule)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
