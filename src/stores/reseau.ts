/**
 * The learner's own network map (chapter 12): the contacts, persisted under `atelier:v1:reseau`
 * as `{ contacts: Contact[] }`. It is the learner's, not the sample company's: switching company
 * leaves it alone. Design note on stale data: a stored value of another shape (hand edit, older
 * format, more than CONTACTS_MAX contacts) is set aside and reported by `atomePersistant`, and
 * the map starts empty; adding a field later means accepting its absence here or bumping the key.
 * « Today » is read once, when the page loads: the diagnosis does not need to tick at midnight.
 */
import { atom, computed } from 'nanostores';
import {
  CATEGORIES_RESEAU,
  CONTACTS_MAX,
  LONGUEUR_MAX,
  erreursContact,
  validerContact,
  type ChampContact,
  type Contact,
  type SaisieContact,
} from '../lib/reseau/reseau.ts';
import { diagnostiquerReseau } from '../lib/reseau/diagnostic.ts';
import { disposerReseau } from '../lib/reseau/carte.ts';
import { reseauExemple } from '../lib/reseau/exemple.ts';
import { jourDepuisISO } from '../lib/commun/dates.ts';
import { atomePersistant } from './persistance.ts';

/** The stored network. */
export interface Reseau {
  contacts: Contact[];
}

const texte = (v: unknown, max = LONGUEUR_MAX): v is string =>
  typeof v === 'string' && v.length <= max;

/** Accepts a stored value only if every contact has exactly the expected shape. */
export function validerReseau(brut: unknown): Reseau | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const liste = (brut as Record<string, unknown>).contacts;
  if (!Array.isArray(liste) || liste.length > CONTACTS_MAX) return undefined;
  const contacts: Contact[] = [];
  for (const c of liste) {
    if (typeof c !== 'object' || c === null) return undefined;
    const { id, nom, categorie, role, organisation, force, dernierEchange } = c as Record<
      string,
      unknown
    >;
    if (!texte(id) || !texte(nom) || nom.trim() === '' || !texte(role) || !texte(organisation))
      return undefined;
    if (
      !(CATEGORIES_RESEAU as readonly unknown[]).includes(categorie) ||
      (force !== 1 && force !== 2 && force !== 3)
    )
      return undefined;
    if (!texte(dernierEchange) || (dernierEchange !== '' && jourDepuisISO(dernierEchange) === null))
      return undefined;
    contacts.push({
      id,
      nom,
      categorie: categorie as Contact['categorie'],
      role,
      organisation,
      force,
      dernierEchange,
    });
  }
  return { contacts };
}

/** The learner's network, persisted under `atelier:v1:reseau`. */
export const $reseau = atomePersistant<Reseau>('reseau', { contacts: [] }, validerReseau, {
  libelle: 'de la carte de votre réseau (chapitre 12)',
});

/** Today as a local ISO date (the learner's calendar day). */
export function dateDuJour(maintenant = new Date()): string {
  const deux = (n: number) => String(n).padStart(2, '0');
  return `${maintenant.getFullYear()}-${deux(maintenant.getMonth() + 1)}-${deux(maintenant.getDate())}`;
}
/** The day the diagnosis is made for. */
export const $aujourdhui = atom(dateDuJour());

/** Counts, gaps, weak links and contacts not seen for six months. */
export const $diagnosticReseau = computed([$reseau, $aujourdhui], (r, aujourdhui) =>
  diagnostiquerReseau({ contacts: r.contacts, aujourdhui }),
);
/** The map's layout (always valid: the store never holds more than CONTACTS_MAX contacts). */
export const $carteReseau = computed($reseau, (r) => disposerReseau({ contacts: r.contacts }));

/** Errors of a typed contact by field; empty when it was saved. */
export type ErreursContact = Partial<Record<ChampContact, string>>;

let compteur = 0;
/** Adds a contact if it is valid; returns the errors to show next to the fields otherwise. */
export function ajouterContact({ saisie }: { saisie: SaisieContact }): ErreursContact {
  const { contacts } = $reseau.get();
  if (contacts.length >= CONTACTS_MAX)
    return {
      nom: `La carte compte déjà ${CONTACTS_MAX}\u00a0contacts\u202f: supprimez-en un avant d’en ajouter.`,
    };
  const r = validerContact({ saisie, aujourdhui: $aujourdhui.get() });
  if (!r.ok) return erreursContact({ saisie, aujourdhui: $aujourdhui.get() });
  compteur += 1;
  $reseau.set({
    contacts: [...contacts, { id: `c-${Date.now().toString(36)}-${compteur}`, ...r.valeur }],
  });
  return {};
}

/** Replaces a contact's fields if they are valid; returns the errors otherwise. */
export function modifierContact({
  id,
  saisie,
}: {
  id: string;
  saisie: SaisieContact;
}): ErreursContact {
  const r = validerContact({ saisie, aujourdhui: $aujourdhui.get() });
  if (!r.ok) return erreursContact({ saisie, aujourdhui: $aujourdhui.get() });
  $reseau.set({
    contacts: $reseau.get().contacts.map((c) => (c.id === id ? { id, ...r.valeur } : c)),
  });
  return {};
}

/** Removes a contact. */
export function supprimerContact({ id }: { id: string }): void {
  $reseau.set({ contacts: $reseau.get().contacts.filter((c) => c.id !== id) });
}

/** Replaces the map with the lesson's fictional example. */
export function chargerExemple(): void {
  $reseau.set({ contacts: reseauExemple({ aujourdhui: $aujourdhui.get() }) });
}

/** Empties the map. */
export function viderReseau(): void {
  $reseau.set({ contacts: [] });
}
