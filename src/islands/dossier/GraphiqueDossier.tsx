/**
 * The charts of the dossier's analyses (lib/dossier/analyse.ts `GraphiqueAnalyse`):
 * - on screen, Chart.js through Graphique.tsx (loaded when the chart scrolls into view), the
 *   analysis's table next to it being the accessible equivalent;
 * - on paper, plain HTML bars sized in CSS: the printed document is hidden on screen, so a lazy
 *   canvas there would never be drawn, and a canvas drawn at screen size prints blurred or
 *   stretched. Bars of divs print at the printer's resolution, with no script at print time.
 */
import type { GraphiqueAnalyse } from '../../lib/dossier/analyse.ts';
import { formatMontant, formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { Graphique } from '../charts/Graphique.tsx';

interface Props {
  graphique: GraphiqueAnalyse;
  devise: 'EUR' | 'MAD';
}

const formateur = (g: GraphiqueAnalyse, devise: 'EUR' | 'MAD') => (v: number) =>
  g.unite === 'montant' ? formatMontant(v, devise, 0) : formatNombre(v, 0);

/** The chart on screen (Chart.js, lazy). */
export function GraphiqueEcran({ graphique: g, devise }: Props) {
  const donnees = {
    type: 'bar' as const,
    libelles: g.libelles,
    series: [
      ...g.series,
      ...(g.cumul
        ? [
            {
              id: 'cumul',
              libelle: 'Part cumulée du CA',
              valeurs: g.cumul,
              type: 'line' as const,
              axe: 'secondaire' as const,
            },
          ]
        : []),
    ],
    format: formateur(g, devise),
    formatSecondaire: (v: number) => formatPourcentage(v, 0),
  };
  return (
    <figure class="dossier-graphique" data-graphique-analyse={g.titre}>
      <figcaption>{g.titre}</figcaption>
      <Graphique donnees={donnees} titre={g.titre} hauteur="15rem" />
    </figure>
  );
}

/** The chart on paper: one row per label, one bar per series, widths relative to the largest value. */
export function GraphiqueImprime({ graphique: g, devise }: Props) {
  const max = Math.max(0, ...g.series.flatMap((s) => s.valeurs));
  const format = formateur(g, devise);
  return (
    <figure class="dossier-barres" data-graphique-imprime={g.titre}>
      <figcaption>{g.titre}</figcaption>
      {g.series.length > 1 && (
        <p class="dossier-barres-legende">
          {g.series.map((s, k) => (
            <span key={s.id} class={`serie-${k + 1}`}>
              {s.libelle}
            </span>
          ))}
        </p>
      )}
      <table>
        <tbody>
          {g.libelles.map((libelle, i) => (
            <tr key={`${libelle}-${i}`}>
              <th scope="row">{libelle}</th>
              <td>
                {g.series.map((s, k) => (
                  <div key={s.id} class={`dossier-barre serie-${k + 1}`}>
                    <span
                      class="dossier-barre-trait"
                      style={{
                        width: `${max > 0 ? (s.valeurs[i] / max) * 70 : 0}%` /* room left for the value */,
                      }}
                    />
                    <span class="dossier-barre-valeur">
                      {format(s.valeurs[i])}
                      {g.cumul && k === 0 ? ` · cumul ${formatPourcentage(g.cumul[i], 0)}` : ''}
                    </span>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
