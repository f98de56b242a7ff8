/** The comparison of the six methods on one basis: what each costs, wins and returns. */
import { formatNombre, formatPourcentage, symboleDevise } from '../../lib/commun/nombres.ts';
import type { ComparaisonMethode } from '../../lib/methodes/methodes.ts';

interface Props {
  /** Show the contacts column (on a budget basis; on a contacts basis they are all equal). */ avecContacts: boolean;
  noms: Record<string, string>;
  lignes: ComparaisonMethode[];
  devise: 'EUR' | 'MAD';
  choisie: string | null;
  etudiee: string;
  onEtudier: (id: string) => void;
}

const absent = (v: number | null, f: (x: number) => string) => (v === null ? '—' : f(v));

export function TableauMethodes({
  avecContacts,
  noms,
  lignes,
  devise,
  choisie,
  etudiee,
  onEtudier,
}: Props) {
  // Amounts without their unit in the cells (it is in the headers): the table then fits a page column.
  const m = (v: number) => formatNombre(v, 0),
    u = symboleDevise(devise);
  const c = (v: number) => formatNombre(v, 1);
  return (
    <>
      <p class="champ-aide">
        Clients attendus&#8239;: avec la moyenne de chaque fourchette de taux. Fourchette&#8239;:
        tous les taux au minimum, puis tous au maximum.
      </p>
      <div
        class="tableau-defilant"
        tabIndex={0}
        role="region"
        aria-label="Comparaison des méthodes (faites défiler horizontalement si besoin)"
      >
        <table class="tableau-donnees tableau-methodes" data-tableau="methodes">
          <caption class="visuellement-cache">Comparaison des six méthodes</caption>
          <thead>
            <tr>
              <th scope="col">Méthode</th>
              {avecContacts && (
                <th scope="col" class="nombre">
                  Contacts
                </th>
              )}
              <th scope="col" class="nombre">
                Coût total ({u})
              </th>
              <th scope="col" class="nombre">
                Clients attendus (en moyenne)
              </th>
              <th scope="col" class="nombre">
                Fourchette
              </th>
              <th scope="col" class="nombre">
                Coût par client ({u})
              </th>
              <th scope="col" class="nombre">
                Marge ({u})
              </th>
              <th scope="col" class="nombre">
                ROI
              </th>
            </tr>
          </thead>
          <tbody>
            {lignes.map((l) => (
              <tr
                key={l.id}
                data-methode={l.id}
                class={l.id === etudiee ? 'methode-etudiee' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    class="lien-methode"
                    aria-pressed={l.id === etudiee}
                    onClick={() => onEtudier(l.id)}
                  >
                    {noms[l.id] ?? l.nom}
                  </button>
                  {l.id === choisie && <span class="badge-choisie"> (retenue)</span>}
                </th>
                {avecContacts && (
                  <td class="nombre" data-colonne="contacts">
                    {formatNombre(l.contacts, 0)}
                  </td>
                )}
                <td class="nombre" data-colonne="cout">
                  {m(l.coutTotal)}
                </td>
                <td class="nombre" data-colonne="clients">
                  {c(l.clients.esperance)}
                </td>
                <td class="nombre" data-colonne="fourchette">
                  {c(l.clients.pessimiste)} à {c(l.clients.optimiste)}
                </td>
                <td class="nombre" data-colonne="cout-par-client">
                  {absent(l.coutParClient, m)}
                </td>
                <td class="nombre" data-colonne="marge">
                  {m(l.marge)}
                </td>
                <td class="nombre" data-colonne="roi">
                  {absent(l.roi, (x) => formatPourcentage(x, 0))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
