/** The data table behind the expense chart (its accessible equivalent, and what prints). */
import { formatPourcentage } from '../../lib/commun/nombres.ts';

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
              <td class="nombre">{formatPourcentage(l.part, 1)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td class="nombre">{format(total)}</td>
            <td class="nombre">{formatPourcentage(total > 0 ? 1 : 0, 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
