/**
 * The selected rows of the file as a table: 20 rows a page, sorted by clicking a column header
 * (a button, so the keyboard works; `aria-sort` tells screen readers). Only one page is in the
 * DOM, so 1 000 rows cost what 20 do; sorting runs in src/lib.
 */
import { useMemo, useState } from 'preact/hooks';
import { nomAffiche, type Prospect } from '../../lib/commun/prospect.ts';
import { pageDe, trierLignes, type Sens } from '../../lib/fichier/requetes-saisie.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';

const COLONNES: readonly [string, string][] = [
  ['id', 'Id'],
  ['nom', 'Nom'],
  ['type', 'Type'],
  ['age', 'Âge'],
  ['ville', 'Ville'],
  ['email', 'E-mail'],
  ['telephone', 'Téléphone'],
  ['dateDernierContact', 'Dernier contact'],
];
const PAR_PAGE = 20;
const nom = (p: Prospect) => nomAffiche({ prospect: p });

export function TableauFichier({ lignes }: { lignes: readonly Prospect[] }) {
  const [tri, setTri] = useState<{ champ: string; sens: Sens }>({ champ: 'id', sens: 'croissant' });
  const [page, setPage] = useState(1);
  const triees = useMemo(
    () =>
      trierLignes({
        lignes,
        champ: tri.champ,
        sens: tri.sens,
        valeur: tri.champ === 'nom' ? nom : undefined,
      }),
    [lignes, tri],
  );
  const vue = pageDe({ lignes: triees, page, parPage: PAR_PAGE });
  const trier = (champ: string) => {
    setTri({
      champ,
      sens: tri.champ === champ && tri.sens === 'croissant' ? 'decroissant' : 'croissant',
    });
    setPage(1);
  };
  return (
    <div class="fichier-tableau" data-tableau="fichier">
      <div class="tableau-defilant" tabIndex={0} role="region" aria-label="Fiches sélectionnées">
        <table class="tableau-donnees">
          <caption>
            Fiches {formatNombre((vue.page - 1) * PAR_PAGE + Math.min(1, vue.lignes.length), 0)} à{' '}
            {formatNombre((vue.page - 1) * PAR_PAGE + vue.lignes.length, 0)} sur{' '}
            {formatNombre(lignes.length, 0)}
          </caption>
          <thead>
            <tr>
              {COLONNES.map(([c, l]) => (
                <th
                  key={c}
                  scope="col"
                  aria-sort={
                    tri.champ === c
                      ? tri.sens === 'croissant'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  <button type="button" class="fichier-tri" onClick={() => trier(c)}>
                    {l}
                    <span aria-hidden="true">
                      {tri.champ === c ? (tri.sens === 'croissant' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {vue.lignes.map((p) => (
              <tr key={p.id}>
                <td>{p.id}</td>
                <th scope="row">{nom(p)}</th>
                <td>{p.type}</td>
                <td>{p.age ?? ''}</td>
                <td>{p.ville}</td>
                <td>{p.email}</td>
                <td>{p.telephone}</td>
                <td>{p.dateDernierContact}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="labo-actions fichier-pagination" aria-label="Pages du tableau">
        <button
          type="button"
          class="bouton-discret"
          disabled={vue.page <= 1}
          onClick={() => setPage(vue.page - 1)}
        >
          Page précédente
        </button>
        <span aria-live="polite">
          Page {vue.page} sur {vue.pages}
        </span>
        <button
          type="button"
          class="bouton-discret"
          disabled={vue.page >= vue.pages}
          onClick={() => setPage(vue.page + 1)}
        >
          Page suivante
        </button>
      </nav>
    </div>
  );
}
