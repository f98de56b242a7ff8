/**
 * Every client of N ranked by CA with its share, cumulative share and class: the values of the
 * Pareto chart. Its rows are rendered only while the box is open: up to 200 rows re-rendered on
 * every keystroke in a threshold would cost more than the one-frame budget of the simulator.
 */
import { useState } from 'preact/hooks';
import { formatMontant, formatPourcentage } from '../../lib/commun/nombres.ts';
import type { LigneABC } from '../../lib/portefeuille/portefeuille.ts';

interface Props {
  lignes: LigneABC[];
  noms: Record<string, { nom: string; categorie: string }>;
  devise: 'EUR' | 'MAD';
}

export function TableauClients({ lignes, noms, devise }: Props) {
  const [ouvert, setOuvert] = useState(false);
  return (
    <details class="portefeuille-details" onToggle={(e) => setOuvert(e.currentTarget.open)}>
      <summary>Les {lignes.length} clients classés (tableau des valeurs du graphique)</summary>
      {ouvert && (
        <div
          class="tableau-defilant portefeuille-clients"
          tabIndex={0}
          role="region"
          aria-label="Clients classés par chiffre d’affaires décroissant"
        >
          <table class="tableau-donnees" data-tableau="clients">
            <caption>Clients de N par CA décroissant</caption>
            <thead>
              <tr>
                <th scope="col" class="nombre">
                  Rang
                </th>
                <th scope="col">Client</th>
                <th scope="col" class="nombre">
                  CA N
                </th>
                <th scope="col" class="nombre">
                  Part
                </th>
                <th scope="col" class="nombre">
                  Cumul
                </th>
                <th scope="col">Classe</th>
              </tr>
            </thead>
            <tbody>
              {lignes.map((l) => (
                <tr key={l.id} data-client={l.id} data-classe={l.classe}>
                  <td class="nombre">{l.rang}</td>
                  <th scope="row">{noms[l.id]?.nom ?? l.id}</th>
                  <td class="nombre" data-colonne="ca">
                    {formatMontant(l.valeur, devise, 0)}
                  </td>
                  <td class="nombre">{formatPourcentage(l.part, 1)}</td>
                  <td class="nombre" data-colonne="cumul">
                    {formatPourcentage(l.partCumulee, 1)}
                  </td>
                  <td>{l.classe}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
