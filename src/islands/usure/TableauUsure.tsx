/** The data table behind the 5-year chart (its accessible equivalent, and what prints). */
import { formatNombre } from '../../lib/commun/nombres.ts';
import type { AnneeProjection } from '../../lib/portefeuille/usure.ts';

interface Props {
  annees: AnneeProjection[];
  libelle: (annee: number) => string;
}

/** Whole clients for reading; the lib keeps the expected values at full precision. */
const clients = (n: number) => formatNombre(Math.round(n), 0);

export function TableauUsure({ annees, libelle }: Props) {
  return (
    <div
      class="usure-tableau"
      tabIndex={0}
      role="region"
      aria-label="Tableau des clients année par année"
    >
      <table class="tableau-donnees" data-tableau="usure">
        <caption>
          Clients en fin d’année et clients signés dans l’année (valeurs du graphique, arrondies au
          client près)
        </caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col">Sans prospection</th>
            <th scope="col">Clients signés</th>
            <th scope="col">Avec prospection</th>
          </tr>
        </thead>
        <tbody>
          {annees.map((a) => (
            <tr key={a.annee}>
              <th scope="row">{libelle(a.annee)}</th>
              <td class="nombre">{clients(a.sansProspection)}</td>
              <td class="nombre">{a.annee === 0 ? '—' : formatNombre(a.nouveauxClients, 0)}</td>
              <td class="nombre">{clients(a.avecProspection)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
