/**
 * The country a prospect file is most likely about, guessed from its own rows (session 11): the
 * import's « Pays des lignes qui ne le disent pas » defaulted to France for a file full of +212
 * numbers and Moroccan cities, and chapter 5 then applied French rules. Only clear evidence
 * counts (international prefixes, the main Moroccan cities, a currency in a header), and only
 * when nothing points the other way; the learner can still change the choice.
 */
import type { ChampProspect, Pays } from '../commun/prospect.ts';

const VILLES_MAROC = new Set([
  'casablanca',
  'rabat',
  'sale',
  'marrakech',
  'fes',
  'fez',
  'tanger',
  'agadir',
  'meknes',
  'oujda',
  'kenitra',
  'tetouan',
  'essaouira',
  'el jadida',
  'nador',
  'safi',
  'mohammedia',
  'beni mellal',
  'ouarzazate',
  'laayoune',
  'temara',
  'khouribga',
  'settat',
  'larache',
  'ifrane',
  'dakhla',
]);

const normaliser = (t: string) =>
  t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-']/g, ' ')
    .trim();

interface Indices {
  telMA: number;
  telFR: number;
  villesMA: number;
  dirhams: boolean;
  euros: boolean;
}

/** Counts what points to each country in the rows and headers. */
function compter(
  entetes: readonly string[],
  lignes: readonly (readonly string[])[],
  correspondance: readonly (ChampProspect | null)[],
): Indices {
  const tel = correspondance.indexOf('telephone'),
    ville = correspondance.indexOf('ville');
  const n: Indices = {
    telMA: 0,
    telFR: 0,
    villesMA: 0,
    dirhams: entetes.some((e) => /\b(dh|mad|dirhams?)\b/i.test(e)),
    euros: entetes.some((e) => /€|\beuros?\b/i.test(e)),
  };
  for (const l of lignes) {
    const t = tel >= 0 ? (l[tel] ?? '').replace(/[\s.\-()]/g, '') : '';
    if (/^(\+|00)212/.test(t)) n.telMA++;
    else if (/^(\+|00)33/.test(t)) n.telFR++;
    if (ville >= 0 && VILLES_MAROC.has(normaliser(l[ville] ?? ''))) n.villesMA++;
  }
  return n;
}

const nombre = (n: number, un: string, plusieurs: string) =>
  `${n.toLocaleString('fr-FR').replace(/\s/g, '\u202f')}\u00a0${n > 1 ? plusieurs : un}`;

/** A guess and what it rests on, in French, or undefined when the file does not say clearly. */
export function paysProbable({
  entetes,
  lignes,
  correspondance,
}: {
  entetes: readonly string[];
  lignes: readonly (readonly string[])[];
  correspondance: readonly (ChampProspect | null)[];
}): { pays: Pays; indices: string } | undefined {
  const { telMA, telFR, villesMA, dirhams, euros } = compter(entetes, lignes, correspondance);
  const versMaroc = telMA + villesMA;
  if (versMaroc >= 3 && telFR === 0 && !euros) {
    const indices = [
      telMA > 0 && nombre(telMA, 'numéro en +212', 'numéros en +212'),
      villesMA > 0 && nombre(villesMA, 'ville du Maroc', 'villes du Maroc'),
      dirhams && 'des montants en dirhams',
    ].filter(Boolean);
    return { pays: 'MA', indices: indices.join(', ') };
  }
  if (telFR >= 3 && versMaroc === 0 && !dirhams)
    return { pays: 'FR', indices: nombre(telFR, 'numéro en +33', 'numéros en +33') };
  return undefined;
}
