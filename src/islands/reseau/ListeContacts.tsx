/**
 * The contacts as an ordered list: the accessible, printable view of the map (the numbers are
 * the map's). Each item says everything the map shows: network, strength, last exchange.
 */
import { LIBELLES_FORCE, type Contact } from '../../lib/reseau/reseau.ts';

interface Props {
  contacts: readonly Contact[];
  perdusDeVue: ReadonlySet<string>;
  enEdition: string | null;
  onModifier: (id: string) => void;
  onSupprimer: (contact: Contact) => void;
}

/** « 2026-03-12 » → « 12/03/2026 ». */
const dateFr = (iso: string) => iso.split('-').reverse().join('/');

export function ListeContacts({
  contacts,
  perdusDeVue,
  enEdition,
  onModifier,
  onSupprimer,
}: Props) {
  if (contacts.length === 0) return <p class="reseau-liste-vide">Aucun contact pour l’instant.</p>;
  return (
    <ol class="reseau-liste" data-liste="contacts">
      {contacts.map((c, i) => (
        <li
          key={c.id}
          data-contact={c.id}
          data-categorie={c.categorie}
          class={enEdition === c.id ? 'reseau-en-edition' : undefined}
        >
          <span class={`reseau-pastille reseau-${c.categorie}`} aria-hidden="true">
            {i + 1}
          </span>
          <div class="reseau-fiche">
            <p class="reseau-nom">
              <span class="visuellement-cache">{i + 1}. </span>
              <strong>{c.nom}</strong>
              {(c.role || c.organisation) && (
                <span class="reseau-role">
                  {' '}
                  — {[c.role, c.organisation].filter(Boolean).join(', ')}
                </span>
              )}
            </p>
            <p class="reseau-details">
              réseau <span data-champ="categorie">{c.categorie}</span> · lien{' '}
              <span data-champ="force">{LIBELLES_FORCE[c.force]}</span> ·{' '}
              {c.dernierEchange ? (
                <>dernier échange le {dateFr(c.dernierEchange)}</>
              ) : (
                'date du dernier échange inconnue'
              )}
              {perdusDeVue.has(c.id) && (
                <strong class="reseau-alerte"> · plus de 6&nbsp;mois</strong>
              )}
            </p>
          </div>
          <div class="reseau-boutons non-imprimable">
            <button
              type="button"
              class="bouton-discret"
              data-action="modifier"
              aria-label={`Modifier ${c.nom}`}
              onClick={() => onModifier(c.id)}
            >
              Modifier
            </button>
            <button
              type="button"
              class="bouton-discret"
              data-action="supprimer"
              aria-label={`Supprimer ${c.nom}`}
              onClick={() => onSupprimer(c)}
            >
              Supprimer
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
