/** CA by category in N−1 and N, growth and weights: the table the lesson builds by hand. */
import { formatMontant, formatPourcentage } from '../../lib/commun/nombres.ts';
import type { AnalyseVentes } from '../../stores/portefeuille-analyse.ts';

const evolution = (t: number | null) =>
  t === null ? 'nouvelle' : `${t > 0 ? '+' : ''}${formatPourcentage(t, 1)}`;

export function TableauCategories({
  evolution: e,
  devise,
}: {
  evolution: AnalyseVentes['evolution'];
  devise: 'EUR' | 'MAD';
}) {
  const m = (x: number) => formatMontant(x, devise, 0);
  return (
    <div
      class="tableau-defilant"
      tabIndex={0}
      role="region"
      aria-label="Tableau du chiffre d’affaires par catégorie"
    >
      <table class="tableau-donnees" data-tableau="categories">
        <caption>CA HT par catégorie, N−1 et N</caption>
        <thead>
          <tr>
            <th scope="col">Catégorie</th>
            <th scope="col" class="nombre">
              CA N−1
            </th>
            <th scope="col" class="nombre">
              CA N
            </th>
            <th scope="col" class="nombre">
              Évolution
            </th>
            <th scope="col" class="nombre">
              Poids N−1
            </th>
          </tr>
        </thead>
        <tbody>
          {e.categories.map((c) => (
            <tr key={c.categorie} data-categorie={c.categorie}>
              <th scope="row">{c.categorie}</th>
              <td class="nombre" data-colonne="ca-n1">
                {m(c.caN1)}
              </td>
              <td class="nombre" data-colonne="ca-n">
                {m(c.caN)}
              </td>
              <td class="nombre" data-colonne="evolution">
                {evolution(c.evolution)}
              </td>
              <td class="nombre" data-colonne="poids-n1">
                {formatPourcentage(c.poidsN1, 1)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-categorie="total">
            <th scope="row">Total</th>
            <td class="nombre" data-colonne="ca-n1">
              {m(e.global.caN1)}
            </td>
            <td class="nombre" data-colonne="ca-n">
              {m(e.global.caN)}
            </td>
            <td class="nombre" data-colonne="evolution">
              {evolution(e.global.evolution)}
            </td>
            <td class="nombre">100&#8239;%</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
