/**
 * The context of the company studied (issue 14): its card's figures (catalogue.ts) and its past
 * campaign, compiled in from content/datasets/<id>/campagne.json — only the fields the model
 * reads. Apart from campagne.ts so that pages without a campaign simulator do not ship them.
 */
import { computed } from 'nanostores';
import {
  contexteEntreprise,
  type CampagnePasseeContexte,
  type ContexteEntreprise,
} from '../lib/campagne/contexte.ts';
import type { Campagne } from '../schemas/datasets.ts';
import { $entreprise, type EntrepriseResume } from './entreprise.ts';

const noms = import.meta.glob<string>('/content/datasets/*/campagne.json', {
  eager: true,
  import: 'nom',
});
const couts = import.meta.glob<Campagne['lignesDeCout']>('/content/datasets/*/campagne.json', {
  eager: true,
  import: 'lignesDeCout',
});
const etapes = import.meta.glob<Campagne['etapes']>('/content/datasets/*/campagne.json', {
  eager: true,
  import: 'etapes',
});
const ca = import.meta.glob<number>('/content/datasets/*/campagne.json', {
  eager: true,
  import: 'chiffreAffairesGenere',
});
const marges = import.meta.glob<number>('/content/datasets/*/campagne.json', {
  eager: true,
  import: 'margeGeneree',
});
const objectifs = import.meta.glob<Campagne['objectifs']>('/content/datasets/*/campagne.json', {
  eager: true,
  import: 'objectifs',
});

/** The past campaign of each sample, by company id. */
const CAMPAGNES: Readonly<Record<string, CampagnePasseeContexte>> = Object.fromEntries(
  Object.keys(noms).map((c) => [
    c.split('/').at(-2) ?? '',
    {
      nom: noms[c],
      lignesDeCout: couts[c],
      etapes: etapes[c],
      chiffreAffairesGenere: ca[c],
      margeGeneree: marges[c],
      objectifs: objectifs[c],
    },
  ]),
);

/** A company's context, or undefined for the learner's own file (no card). */
export function contexteDe(e: EntrepriseResume | undefined): ContexteEntreprise | undefined {
  return e?.fiche
    ? contexteEntreprise({ fiche: e.fiche, campagnePassee: CAMPAGNES[e.id] })
    : undefined;
}

/** The context of the company studied. */
export const $contexte = computed($entreprise, contexteDe);
