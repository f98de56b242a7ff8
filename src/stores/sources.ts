/**
 * The sources of chapter 4 « Les sources de prospection »: the current company’s file broken
 * down by source (src/lib/sources/sources.ts), and the cost of each source as the learner typed it, per
 * company, giving a cost per client by source; the store wires them to
 * src/lib/sources/evaluation-sources.ts.
 *
 * Stored:
 * - `atelier:v1:sources-couts`: per company id, the typed cost of each source (text: « 1 500 »
 *   comes back as « 1 500 »). A company the learner never touched starts from the costs its past
 *   campaign paid for one source alone (the file bought, the stand…), the rest left blank;
 * - `atelier:v1:sources-tri`: the column the table is sorted on.
 * HOW THE STORED VALUE CAN GO STALE: a source renamed or removed from the course leaves a key the
 * validator refuses; the value is then set aside and reported (persistance.ts) and the campaign’s
 * costs come back. A company removed from the samples only leaves an unused entry.
 */
import { computed } from 'nanostores';
import { SOURCES, type CleTriSources } from '../lib/sources/sources.ts';
import {
  coutsSaisisDepuisCampagne,
  evaluerSources,
  type CoutsSaisis,
} from '../lib/sources/evaluation-sources.ts';
import type { SourceProspect } from '../lib/commun/prospect.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $donnees, $entreprise, $prospectsOriginaux, $dateReference } from './campagne.ts';

const estTexte = (v: unknown): v is string => typeof v === 'string' && v.length <= 40;

/** One company's costs as stored (known sources, short texts), or undefined. */
function validerCouts(couts: unknown): CoutsSaisis | undefined {
  if (typeof couts !== 'object' || couts === null || Array.isArray(couts)) return undefined;
  const c: CoutsSaisis = {};
  for (const [s, t] of Object.entries(couts)) {
    if (!SOURCES.includes(s as SourceProspect) || !estTexte(t)) return undefined;
    c[s as SourceProspect] = t;
  }
  return c;
}

/** Accepts a stored value only if every company id, source and text is of the expected shape. */
export const validerCoutsSources = validerParEntreprise(validerCouts);

/** The costs typed, per company id, persisted. */
export const $coutsSources = atomePersistant<Record<string, CoutsSaisis>>(
  'sources-couts',
  {},
  validerCoutsSources,
  { libelle: 'des coûts des sources (chapitre 4)' },
);

/** The sort of the table. */
export interface TriSources {
  cle: CleTriSources;
  decroissant: boolean;
}
const CLES: readonly CleTriSources[] = [
  'source',
  'prospects',
  'part',
  'joints',
  'clients',
  'tauxDeTransformation',
  'ageMoyenJours',
];
/** Sorted by conversion, best first: the question the chapter asks. */
export const TRI_PAR_DEFAUT: TriSources = { cle: 'tauxDeTransformation', decroissant: true };
/** The sort of the table, persisted. */
export const $triSources = atomePersistant<TriSources>(
  'sources-tri',
  TRI_PAR_DEFAUT,
  (b) => {
    const t = b as Partial<TriSources> | null;
    return t && CLES.includes(t.cle as CleTriSources) && typeof t.decroissant === 'boolean'
      ? { cle: t.cle as CleTriSources, decroissant: t.decroissant }
      : undefined;
  },
  { libelle: 'du tri du tableau des sources (chapitre 4)' },
);

const $campagne = computed($donnees, (d) =>
  d.etat === 'pret' ? d.donnees.campagnePassee : undefined,
);

/** The costs of the current company: what was typed, or the campaign’s costs of a single source. */
export const $saisieCouts = computed(
  [$coutsSources, $entreprise, $campagne],
  (tous, e, campagne): CoutsSaisis => {
    const tape = e ? tous[e.id] : undefined;
    if (tape) return tape;
    return campagne ? coutsSaisisDepuisCampagne({ lignesDeCout: campagne.lignesDeCout }) : {};
  },
);

/** The current company’s sources, recomputed when the company, its file or a typed cost changes. */
export const $evaluationSources = computed(
  [$donnees, $prospectsOriginaux, $dateReference, $saisieCouts],
  (d, prospects, dateReference, saisie) =>
    evaluerSources({
      etat: d.etat,
      message: d.etat === 'erreur' ? d.message : undefined,
      prospects,
      dateReference,
      avecCampagne: d.etat === 'pret' && d.donnees.campagnePassee !== undefined,
      saisie,
    }),
);

/** Changes the typed cost of one source, for the current company (the others are kept as shown). */
export function modifierCoutSource(source: SourceProspect, texte: string): void {
  const e = $entreprise.get();
  if (!e) return;
  $coutsSources.set({ ...$coutsSources.get(), [e.id]: { ...$saisieCouts.get(), [source]: texte } });
}

/** Back to the campaign’s costs for the current company. */
export function reinitialiserCoutsSources(): void {
  const e = $entreprise.get();
  if (!e) return;
  const { [e.id]: _, ...autres } = $coutsSources.get();
  $coutsSources.set(autres);
}

/** Sorts on a column: a second click on the same column reverses the order. */
export function trierSourcesPar(cle: CleTriSources): void {
  const t = $triSources.get();
  $triSources.set(
    t.cle === cle ? { cle, decroissant: !t.decroissant } : { cle, decroissant: cle !== 'source' },
  );
}
