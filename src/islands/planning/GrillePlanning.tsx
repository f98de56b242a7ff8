/**
 * The month-by-month grid of the « Planning annuel »: an ordinary table (one row per month), so
 * it reads aloud, prints on one page and needs no chart. The load bar is decoration: the
 * figures beside it say the same thing.
 */
import { formatNombre } from '../../lib/commun/nombres.ts';
import { TYPES_D_ACTION } from '../../lib/planning/plan-de-campagne.ts';
import type { PlanCalcule, SaisieAction } from '../../lib/planning/evaluation-plan.ts';

interface Props {
  plan: PlanCalcule;
  actions: SaisieAction[];
  titre: string;
}

export function GrillePlanning({ plan, actions, titre }: Props) {
  const parId = new Map(actions.map((a) => [a.id, a]));
  const alerte = new Set(plan.alertes.flatMap((x) => (x.rang === undefined ? [] : [x.rang])));
  return (
    // Focusable so that a phone user on the keyboard can scroll it sideways (WCAG 2.1.1).
    <div class="planning-grille" tabIndex={0} role="region" aria-label={titre}>
      <table class="tableau-donnees" data-tableau="planning">
        <caption>{titre}</caption>
        <thead>
          <tr>
            <th scope="col">Mois</th>
            <th scope="col">Jours ouvrés</th>
            <th scope="col">Jours disponibles</th>
            <th scope="col">Charge</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {plan.mois.map((m) => {
            const taux =
              m.joursDisponibles > 0 ? m.charge / m.joursDisponibles : m.charge > 0 ? 2 : 0;
            return (
              <tr
                key={m.rang}
                data-mois={m.rang}
                class={alerte.has(m.rang) ? 'planning-alerte' : undefined}
              >
                <th scope="row">
                  {m.libelle}
                  {m.feries.length > 0 && (
                    <span class="planning-feries">{m.feries.join(', ')}</span>
                  )}
                </th>
                <td data-resultat="jours-ouvres">{m.joursOuvres}</td>
                <td data-resultat="jours-disponibles">{formatNombre(m.joursDisponibles, 1)}</td>
                <td>
                  <span data-resultat="charge">{formatNombre(m.charge, 1)}</span>&nbsp;j
                  {m.visites > 0 && (
                    <span class="planning-detail">
                      dont <span data-resultat="visites">{formatNombre(m.visites, 0)}</span>
                      &nbsp;visites
                    </span>
                  )}
                  <span
                    class={`planning-barre${taux > 1 + 1e-9 ? ' planning-barre-pleine' : ''}`}
                    aria-hidden="true"
                  >
                    <span style={{ width: `${Math.min(100, taux * 100)}%` }} />
                  </span>
                </td>
                <td>
                  <ul class="planning-noms">
                    {m.actions.map((id) => {
                      const a = parId.get(id);
                      return a ? (
                        <li key={id} class={a.lourde ? 'planning-lourde-nom' : undefined}>
                          {a.libelle.trim() || TYPES_D_ACTION[a.type]}
                          {a.lourde && <span class="visuellement-cache"> (lourde)</span>}
                        </li>
                      ) : null;
                    })}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Année</th>
            <td>{plan.joursOuvres}</td>
            <td>{formatNombre(plan.joursDisponibles, 1)}</td>
            <td>
              {formatNombre(plan.charge, 1)}&nbsp;j
              {plan.visites > 0 && (
                <span class="planning-detail">
                  dont {formatNombre(plan.visites, 0)}&nbsp;visites
                </span>
              )}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
