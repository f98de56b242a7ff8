/** The ranked prospects, a page at a time: rank, name, score, temperature, past outcome, selection. */
import { useEffect, useState } from 'preact/hooks';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { nomAffiche, type Prospect } from '../../lib/commun/prospect.ts';
import type { ProspectScore } from '../../lib/scoring/scoring.ts';

/** French name of each temperature. */
export const LIBELLES_TEMPERATURE = { chaud: 'chaud', tiede: 'tiède', froid: 'froid' } as const;
const PAR_PAGE = 20;

interface Props {
  classement: ProspectScore[];
  fiches: ReadonlyMap<string, Prospect>;
  selection: ReadonlySet<string>;
  entreprise: string;
}

export function ClassementProspects({ classement, fiches, selection, entreprise }: Props) {
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [entreprise]);
  const pages = Math.max(1, Math.ceil(classement.length / PAR_PAGE));
  const p = Math.min(page, pages - 1);
  const lignes = classement.slice(p * PAR_PAGE, (p + 1) * PAR_PAGE);
  return (
    <section aria-labelledby="scoring-classement-titre">
      <h3 id="scoring-classement-titre">Classement des prospects</h3>
      <div
        class="tableau-defilant"
        tabIndex={0}
        role="region"
        aria-label="Tableau du classement des prospects"
      >
        <table class="tableau-donnees" data-tableau="classement">
          <caption>
            Prospects {formatNombre(p * PAR_PAGE + 1, 0)} à{' '}
            {formatNombre(p * PAR_PAGE + lignes.length, 0)} sur {formatNombre(classement.length, 0)}
            , du meilleur score au plus faible.
          </caption>
          <thead>
            <tr>
              <th scope="col" class="nombre">
                Rang
              </th>
              <th scope="col">Prospect</th>
              <th scope="col" class="nombre">
                Score
              </th>
              <th scope="col">Température</th>
              <th scope="col">Signé (campagne passée)</th>
              <th scope="col">Sélection</th>
            </tr>
          </thead>
          <tbody>
            {lignes.map((l) => {
              const f = fiches.get(l.id);
              return (
                <tr
                  key={l.id}
                  data-id={l.id}
                  class={l.temperature ? `scoring-${l.temperature}` : undefined}
                >
                  <td class="nombre" data-colonne="rang">
                    {l.rang}
                  </td>
                  <th scope="row">{(f && nomAffiche({ prospect: f })) || l.id}</th>
                  <td class="nombre" data-colonne="score">
                    {formatNombre(l.score, 2)}
                  </td>
                  <td data-colonne="temperature">
                    {l.temperature ? LIBELLES_TEMPERATURE[l.temperature] : ''}
                  </td>
                  <td>{f?.converti ? 'oui' : 'non'}</td>
                  <td>{selection.has(l.id) ? 'retenu' : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav class="labo-actions" aria-label="Pages du classement">
        <button
          type="button"
          class="bouton-discret"
          disabled={p === 0}
          onClick={() => setPage(p - 1)}
        >
          ← Précédents
        </button>
        <span data-resultat="page">
          Page {p + 1} sur {pages}
        </span>
        <button
          type="button"
          class="bouton-discret"
          disabled={p >= pages - 1}
          onClick={() => setPage(p + 1)}
        >
          Suivants →
        </button>
      </nav>
    </section>
  );
}
