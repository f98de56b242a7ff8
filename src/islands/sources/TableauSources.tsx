/**
 * The file broken down by source: a table sortable on every column (buttons in the headers,
 * `aria-sort` on the sorted one). It is also the data table behind the chart.
 */
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import {
  LIBELLES_SOURCES,
  type CleTriSources,
  type LigneSource,
} from '../../lib/sources/sources.ts';
import type { TriSources } from '../../stores/sources.ts';

interface Props {
  lignes: LigneSource[];
  tri: TriSources;
  avecCampagne: boolean;
  surTri: (cle: CleTriSources) => void;
  nomEntreprise: string;
}

/** Display only: a mean month of the Gregorian calendar, in days. */
const JOURS_PAR_MOIS = 365.25 / 12;
/** The mean age of a source’s data in whole months (« 14 mois »). */
export const ageEnMois = (jours: number | null) =>
  jours === null ? '—' : `${formatNombre(jours / JOURS_PAR_MOIS, 0)}\u00a0mois`;
const taux = (t: number | null | undefined) => (t == null ? '—' : formatPourcentage(t, 1));

const COLONNES: { cle: CleTriSources; titre: string; campagne?: boolean }[] = [
  { cle: 'source', titre: 'Source' },
  { cle: 'prospects', titre: 'Fiches' },
  { cle: 'part', titre: 'Part' },
  { cle: 'joints', titre: 'Joints', campagne: true },
  { cle: 'clients', titre: 'Clients', campagne: true },
  { cle: 'tauxDeTransformation', titre: 'Taux de conclu\u00adsion', campagne: true },
  { cle: 'ageMoyenJours', titre: 'Âge moyen' },
];

export function TableauSources({ lignes, tri, avecCampagne, surTri, nomEntreprise }: Props) {
  const colonnes = COLONNES.filter((c) => avecCampagne || !c.campagne);
  return (
    <div class="tableau-defilant" tabIndex={0} role="region" aria-label="Tableau des sources">
      <table class="tableau-donnees" data-tableau="sources">
        <caption>
          Le fichier de {nomEntreprise} par source{avecCampagne ? ' et ce que chacune a donné' : ''}{' '}
          (valeurs du graphique)
        </caption>
        <thead>
          <tr>
            {colonnes.map((c) => (
              <th
                key={c.cle}
                scope="col"
                class={c.cle === 'source' ? undefined : 'nombre'}
                aria-sort={
                  tri.cle === c.cle ? (tri.decroissant ? 'descending' : 'ascending') : undefined
                }
              >
                <button
                  type="button"
                  class="tri-colonne"
                  data-tri={c.cle}
                  onClick={() => surTri(c.cle)}
                >
                  {c.titre}
                  <span aria-hidden="true">
                    {tri.cle === c.cle ? (tri.decroissant ? ' ▼' : ' ▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lignes.map((l) => (
            <tr key={l.source} data-source={l.source}>
              <th scope="row">
                {LIBELLES_SOURCES[l.source]}{' '}
                <span class="source-nature">{l.interne ? 'interne' : 'externe'}</span>
              </th>
              <td class="nombre" data-col="prospects">
                {formatNombre(l.prospects, 0)}
              </td>
              <td class="nombre" data-col="part">
                {formatPourcentage(l.part, 1)}
              </td>
              {avecCampagne && (
                <td class="nombre" data-col="joints">
                  {formatNombre(l.campagne?.joints ?? 0, 0)}
                </td>
              )}
              {avecCampagne && (
                <td class="nombre" data-col="clients">
                  {formatNombre(l.campagne?.clients ?? 0, 0)}
                </td>
              )}
              {avecCampagne && (
                <td class="nombre" data-col="taux">
                  {taux(l.campagne?.tauxDeTransformation)}
                </td>
              )}
              <td class="nombre" data-col="age">
                {ageEnMois(l.ageMoyenJours)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
