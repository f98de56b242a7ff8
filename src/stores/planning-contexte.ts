/**
 * What the « Planning annuel » needs to know of the company studied: its id, name, country
 * (holidays), first month of its past campaign, reference date and salespeople.
 *
 * Why not campagne.ts: that store brings the prospect file, its loading and the import (about
 * 6 KB gzip, and a fetch of the whole dataset), for five figures. Like the header link
 * (src/elements/entreprise-entete.ts), this reads the chosen id from `atelier:v1:entreprise`
 * (written by campagne.ts only) and follows the `atelier:entreprise` event that store sends on a
 * change in this page, and `storage` for other tabs. The figures are compiled in from
 * content/datasets (only the fields named here are bundled). An unknown id falls back to the
 * first sample, as `$entreprise` does; the learner's own file (`mon-fichier`) has no card, so
 * its plan starts in September with one salesperson and French holidays. `selection` is the
 * number of prospects chapter 6 selected, read the same way (the Capacité island starts from it);
 * `capacite` the figures chapter 8's capacity starts from (src/lib/capacite.ts).
 */
import { atom, onMount } from 'nanostores';
import { comparerExemples } from '../build/ordre-exemples.ts';
import { lireCle } from './persistance.ts';
import type { Pays } from '../lib/planning/plan-de-campagne.ts';
import {
  anneeDeLaProchaineCampagne,
  capaciteDeDepart,
  type CapaciteDeDepart,
} from '../lib/planning/capacite-depart.ts';

/** The company's facts the plan starts from. */
export interface ContextePlan {
  id: string;
  nom?: string;
  pays: Pays;
  moisDebut: number;
  anneeDebut: number;
  commerciaux: number;
  selection: number;
  /** Where chapter 8's capacity starts: the card's salesperson and the last campaign's visits (none for an import). */
  capacite?: CapaciteDeDepart;
}

const noms = import.meta.glob<string>('/content/datasets/*/entreprise.json', {
  eager: true,
  import: 'nom',
});
const pays = import.meta.glob<Pays>('/content/datasets/*/entreprise.json', {
  eager: true,
  import: 'pays',
});
const references = import.meta.glob<string>('/content/datasets/*/entreprise.json', {
  eager: true,
  import: 'dateReference',
});
const forces = import.meta.glob<
  Parameters<typeof capaciteDeDepart>[0]['forceDeVente'] & {
    commerciaux: number;
  }
>('/content/datasets/*/entreprise.json', { eager: true, import: 'forceDeVente' });
const objectifs = import.meta.glob<{ rdv: number; propositions: number }>(
  '/content/datasets/*/campagne.json',
  { eager: true, import: 'objectifs' },
);
const debuts = import.meta.glob<string>('/content/datasets/*/campagne.json', {
  eager: true,
  import: 'dateDebut',
});
const dossier = (id: string) => `/content/datasets/${id}/`;
const IDS = Object.keys(noms)
  .map((c) => c.split('/').at(-2) ?? '')
  .sort(comparerExemples);

/** The context of a company id, from its card and past campaign. */
export function contexteDe(idLu: unknown, selection = 0): ContextePlan {
  const id =
    typeof idLu === 'string' && (IDS.includes(idLu) || idLu === 'mon-fichier')
      ? idLu
      : (IDS[0] ?? '');
  const d = dossier(id);
  const forceDeVente = forces[`${d}entreprise.json`],
    o = objectifs[`${d}campagne.json`];
  const reference = references[`${d}entreprise.json`] ?? new Date().toISOString().slice(0, 10);
  const moisDebut = Number(debuts[`${d}campagne.json`]?.slice(5, 7)) || 9;
  return {
    id,
    nom: noms[`${d}entreprise.json`],
    pays: pays[`${d}entreprise.json`] === 'MA' ? 'MA' : 'FR',
    moisDebut,
    anneeDebut: anneeDeLaProchaineCampagne({ reference, moisDebut }),
    commerciaux: forces[`${d}entreprise.json`]?.commerciaux ?? 1,
    selection,
    capacite:
      forceDeVente && o
        ? capaciteDeDepart({
            forceDeVente,
            rdvPrevus: o.rdv,
            propositionsPrevues: o.propositions,
          })
        : undefined,
  };
}

const lire = () => {
  try {
    return JSON.parse(lireCle('atelier:v1:entreprise') ?? 'null');
  } catch {
    return null;
  }
};
/** The company studied now, read from storage (before `$contextePlan` is mounted). */
export const contexteCourant = (): ContextePlan => contexteDe(lire());
/** How many prospects chapter 6 selected for this company (`atelier:v1:travail`, written by campagne.ts); 0 if unreadable. */
const selectionDe = (id: string): number => {
  try {
    const ids: unknown = JSON.parse(lireCle('atelier:v1:travail') ?? '{}')?.[id]?.selection;
    return Array.isArray(ids) ? ids.length : 0;
  } catch {
    return 0;
  }
};

/** The context of the company studied, following the company chosen anywhere on the site. */
export const $contextePlan = atom<ContextePlan>(contexteDe(null));
onMount($contextePlan, () => {
  const suivre = () => {
    const c = contexteDe(lire());
    $contextePlan.set({ ...c, selection: selectionDe(c.id) });
  };
  suivre();
  if (typeof addEventListener !== 'function') return;
  addEventListener('atelier:entreprise', suivre);
  addEventListener('storage', suivre);
  return () => {
    removeEventListener('atelier:entreprise', suivre);
    removeEventListener('storage', suivre);
  };
});
