/** The data table behind the « visites possibles / visites nécessaires » chart (its accessible equivalent, and what prints). */
import { formatNombre } from '../../lib/commun/nombres.ts';
import type { ResultatCapacite } from '../../lib/planning/evaluation-capacite.ts';

interface Props {
  resultat: ResultatCapacite;
}

export function TableauCapacite({ resultat: r }: Props) {
  return (
    <div
      class="capacite-tableau"
      tabIndex={0}
      role="region"
      aria-label="Tableau des visites possibles et nécessaires"
    >
      <table class="tableau-donnees" data-tableau="capacite">
        <caption>Visites sur l’année pour un commercial (valeurs du graphique)</caption>
        <thead>
          <tr>
            <th scope="col">Visites</th>
            <th scope="col">Par an</th>
            <th scope="col">Calcul</th>
          </tr>
        </thead>
        <tbody>
          <tr data-ligne="possibles">
            <th scope="row">Possibles (un commercial)</th>
            <td class="nombre">{formatNombre(r.visitesPossibles, 0)}</td>
            <td>
              {formatNombre(r.semaines, 1)} sem. × {formatNombre(r.joursParSemaine, 1)}&nbsp;j ×{' '}
              {formatNombre(r.visitesParJour, 0)}
            </td>
          </tr>
          <tr data-ligne="necessaires">
            <th scope="row">Nécessaires</th>
            <td class="nombre">{formatNombre(r.visitesNecessaires, 0)}</td>
            <td>
              {formatNombre(r.prospects, 0)} + {formatNombre(r.secondesVisites, 0)}
            </td>
          </tr>
          <tr data-ligne="ecart">
            <th scope="row">Écart</th>
            <td class="nombre">{formatNombre(r.ecart, 0)}</td>
            <td>{r.ecart < 0 ? 'visites non faites' : 'visites de marge'}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
