/**
 * Island « Cartographie du réseau » (chapter 12): the learner lists their contacts in the four
 * networks of the course, sees them on a radial map, counted, and diagnosed (missing networks,
 * weak links, contacts not seen for six months). Thin: validation, layout and diagnosis are in
 * src/lib (reseau*.ts), state in src/stores/reseau.ts; this renders and routes the focus.
 */
import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { CATEGORIES_RESEAU, CONTACTS_MAX, type Contact } from '../../lib/reseau/reseau.ts';
import { descriptionCarte } from '../../lib/reseau/diagnostic.ts';
import {
  $aujourdhui,
  $carteReseau,
  $diagnosticReseau,
  $reseau,
  chargerExemple,
  supprimerContact,
  viderReseau,
} from '../../stores/reseau.ts';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useMonte } from '../ui/hydratation.ts';
import { FormulaireContact } from './FormulaireContact.tsx';
import { CarteReseau } from './CarteReseau.tsx';
import { ListeContacts } from './ListeContacts.tsx';

const AUCUN: Contact[] = [];

export default function ReseauLab() {
  const monte = useMonte();
  const stocke = useStore($reseau).contacts;
  const diagnosticStocke = useStore($diagnosticReseau);
  const carteStockee = useStore($carteReseau);
  const aujourdhui = useStore($aujourdhui);
  // The server renders an empty map; what this browser stored appears once mounted (see hydratation.ts).
  const contacts = monte ? stocke : AUCUN;
  const [idEdition, setIdEdition] = useState<string | null>(null);
  const [annonce, setAnnonce] = useState('');
  const [aConfirmer, setAConfirmer] = useState<'exemple' | 'vider' | null>(null);
  const titreListe = useRef<HTMLHeadingElement>(null);
  const enEdition = contacts.find((c) => c.id === idEdition) ?? null;
  const diagnostic = monte
    ? diagnosticStocke
    : {
        total: 0,
        comptes: { personnel: 0, vertical: 0, horizontal: 0, transversal: 0 },
        perdusDeVue: [],
        points: [],
      };
  const perdus = new Set(diagnostic.perdusDeVue.map((c) => c.id));

  const supprimer = (c: Contact) => {
    supprimerContact({ id: c.id });
    if (idEdition === c.id) setIdEdition(null);
    setAnnonce(`Contact «\u00a0${c.nom}\u00a0» supprimé.`);
    titreListe.current?.focus();
  };
  const executer = (quoi: 'exemple' | 'vider') => {
    if (quoi === 'exemple') {
      chargerExemple();
      setAnnonce(
        'Exemple chargé\u202f: le réseau fictif d’Inès, commerciale en mobilier de bureau.',
      );
    } else {
      viderReseau();
      setAnnonce('La carte a été vidée.');
    }
    setIdEdition(null);
    setAConfirmer(null);
  };
  // Replacing or erasing the learner's own contacts asks first; an empty map has nothing to lose.
  const demander = (quoi: 'exemple' | 'vider') =>
    contacts.length > 0 ? setAConfirmer(quoi) : executer(quoi);

  return (
    <div class="labo-corps" data-island="reseau">
      <AvisStockage />
      <div class="labo-actions reseau-actions">
        <button type="button" class="bouton" onClick={() => demander('exemple')}>
          Charger un exemple
        </button>
        <button
          type="button"
          class="bouton-discret"
          onClick={() => demander('vider')}
          disabled={contacts.length === 0}
        >
          Tout effacer
        </button>
        <button type="button" class="bouton-discret" onClick={() => window.print()}>
          Imprimer la carte
        </button>
      </div>
      {aConfirmer && (
        <div class="reseau-confirmation non-imprimable" role="group" aria-label="Confirmation">
          <p>
            {aConfirmer === 'exemple'
              ? 'Remplacer vos contacts par le réseau d’exemple\u202f?'
              : 'Effacer tous vos contacts\u202f?'}{' '}
            Cette action ne peut pas être annulée.
          </p>
          <button type="button" class="bouton" onClick={() => executer(aConfirmer)}>
            {aConfirmer === 'exemple' ? 'Oui, remplacer' : 'Oui, effacer'}
          </button>{' '}
          <button type="button" class="bouton-discret" onClick={() => setAConfirmer(null)}>
            Non, garder mes contacts
          </button>
        </div>
      )}
      <p class="visuellement-cache" role="status">
        {annonce}
      </p>

      <FormulaireContact
        enEdition={enEdition}
        aujourdhui={monte ? aujourdhui : ''}
        onFini={(a) => {
          setIdEdition(null);
          setAnnonce(a);
        }}
      />

      <section class="labo-resultats" aria-labelledby="reseau-resultats-titre">
        <h3 id="reseau-resultats-titre">Votre réseau en chiffres</h3>
        <dl class="indicateurs reseau-comptes">
          {CATEGORIES_RESEAU.map((c) => (
            <div key={c}>
              <dt>Réseau {c}</dt>
              <dd data-resultat={`compte-${c}`}>{diagnostic.comptes[c]}</dd>
            </div>
          ))}
          <div class="indicateur-principal">
            <dt>Contacts au total</dt>
            <dd data-resultat="total">{diagnostic.total}</dd>
          </div>
        </dl>
        <h3 id="reseau-diagnostic-titre">Diagnostic</h3>
        <ul
          class="reseau-diagnostic"
          data-resultat="diagnostic"
          aria-labelledby="reseau-diagnostic-titre"
        >
          {diagnostic.points.map((p) => (
            <li key={p.type + p.message} data-point={p.type}>
              {p.message}
            </li>
          ))}
        </ul>
      </section>

      <section class="reseau-vue" aria-labelledby="reseau-carte-titre">
        <h3 id="reseau-carte-titre">La carte</h3>
        {carteStockee.ok && (
          <CarteReseau
            carte={monte ? carteStockee.valeur : { ...carteStockee.valeur, noeuds: [] }}
            contacts={contacts}
            comptes={diagnostic.comptes}
            perdusDeVue={perdus}
            description={descriptionCarte({ contacts })}
            onChoisir={setIdEdition}
          />
        )}
        <h3 id="reseau-liste-titre" ref={titreListe} tabIndex={-1}>
          Vos contacts ({contacts.length}/{CONTACTS_MAX})
        </h3>
        <ListeContacts
          contacts={contacts}
          perdusDeVue={perdus}
          enEdition={idEdition}
          onModifier={setIdEdition}
          onSupprimer={supprimer}
        />
      </section>
    </div>
  );
}
