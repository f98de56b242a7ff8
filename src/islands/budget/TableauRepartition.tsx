/** The data table behind the expense chart (its accessible equivalent, and what prints). */
import { formatDecimales } from '../../lib/commun/nombres.ts';

/**
 * One rule for the column: exactly one decimal on every line and on the total (« 34,0 % »,
 * « 10,6 % », « 100,0 % »), so the parts read alike and line up (tester D13).
 */
const part = (fraction: number) => `${formatDecimales(fraction * 100, 1)}\u202f%`;

interface Props {
  lignes: { id: string; action: string; montant: number; part: number }[];
  total: number;
  format: (v: number) => string;
}

export function TableauRepartition({ lignes, total, format }: Props) {
  return (
    <div class="tableau-defilant" tabIndex={0} role="region" aria-label="Dépenses par action">
      <table class="tableau-donnees" data-tableau="repartition">
        <caption>Dépenses par action (tableau des valeurs du graphique)</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col" class="nombre">
              Montant
            </th>
            <th scope="col" class="nombre">
              Part
            </th>
          </tr>
        </thead>
        <tbody>
          {lignes.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.action}</th>
              <td class="nombre">{format(l.montant)}</td>
              <td class="nombre">{part(l.part)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td class="nombre">{format(total)}</td>
            <td class="nombre">{part(total > 0 ? 1 : 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
