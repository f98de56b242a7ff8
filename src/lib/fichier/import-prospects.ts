/**
 * Turning the rows of a learner's CSV into prospects, and prospects back into a CSV (course
 * chapter 5: a file « qualifié », then « exportable »). Two kinds of trouble are kept apart:
 * - a row is REJECTED when a cell cannot be read as its field (an age « abc », a date « 31/02 »,
 *   a type neither B2B nor B2C, a wrong number of cells): the report gives its line and reason;
 * - a row whose content is merely poor (malformed e-mail, missing phone, old contact) is KEPT:
 *   finding and fixing that is the lesson of the quality report (fichier.ts).
 * Conventions: empty cells take defaults (type B2B when a company name is given, B2C otherwise;
 * température « suspect »; counts 0; yes/no fields « non »; collection date = the import day;
 * country and source chosen by the learner). Dates are read as ISO or French dd/mm/yyyy.
 * Control characters (other than tab and line breaks) are removed: they only come from broken
 * exports and would trip later tools. A French postal code that lost its leading zero in Excel
 * (« 1000 » for 01000) gets it back. A cell longer than 10 000 characters rejects its row.
 */
import { majuscule } from '../commun/majuscule.ts';
import type { TableauCsv } from './csv.ts';
import { ecrireCsv, retablirCellule, type ValeurCellule } from './csv-export.ts';
import type { Correspondance } from './correspondance.ts';
import { jourDepuisISO } from '../commun/dates.ts';
import { parseNombre } from '../commun/nombres.ts';
import {
  CHAMPS_PROSPECT,
  LIBELLES_PROSPECT,
  type ChampProspect,
  type NatureProspect,
  type Pays,
  type Prospect,
  type SourceProspect,
  type TailleEntreprise,
  type Temperature,
  type TypeProspect,
} from '../commun/prospect.ts';
import { normaliserTexte } from '../commun/texte.ts';

/** Longest cell accepted, in characters. */
export const LIMITE_CELLULE = 10_000;

/** A rejected row: its line as Excel numbers it (header = 1), the field at fault when known, why. */
export interface RejetImport {
  ligne: number;
  champ?: ChampProspect;
  raison: string;
}
/** What an import produced. */
export interface RapportImport {
  prospects: Prospect[];
  rejets: RejetImport[];
  lignesLues: number;
  lignesVides: number;
  cellulesNettoyees: number;
}
/** Choices of the learner for what the file does not say. */
export interface OptionsImport {
  pays: Pays;
  source: SourceProspect;
  aujourdhui: string;
}

const cles = new Map<string, string>();
/** A cell reduced for matching a list (« Tiède » → « tiede »); files repeat few values, so results are cached. */
const cle = (v: string) => {
  let k = cles.get(v);
  if (k === undefined) {
    k = normaliserTexte(v)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (cles.size < 10_000) cles.set(v, k);
  }
  return k;
};
/** A number as typed; plain digits (most cells) skip the full French reading. */
const nombre = (t: string) =>
  /^\d{1,15}$/.test(t) ? { ok: true as const, valeur: Number(t) } : parseNombre(t);
/** Whether `k` is one of the keys of `o` (its own, not inherited): what makes it a `T`. */
const estCleDe = <T extends string>(o: Record<T, unknown>, k: string): k is T =>
  Object.hasOwn(o, k);
/** A value and its synonyms, all reduced by `cle`, pointing to the value. */
const table = <T extends string>(entrees: Record<T, string[]>) => {
  const m = new Map<string, T>();
  for (const v of Object.keys(entrees))
    if (estCleDe(entrees, v)) for (const s of [v, ...entrees[v]]) m.set(cle(s), v);
  return m;
};
const TYPES = table<TypeProspect>({
  B2B: ['entreprise', 'professionnel', 'pro', 'societe', 'btob', 'business'],
  B2C: ['particulier', 'individuel', 'personne', 'btoc', 'consumer'],
});
const TAILLES = table<TailleEntreprise>({
  TPE: ['micro entreprise', 'tres petite entreprise'],
  PME: ['petite et moyenne entreprise'],
  ETI: ['entreprise de taille intermediaire'],
  GE: ['grande entreprise', 'grand compte'],
});
const TEMPERATURES = table<Temperature>({
  suspect: [],
  froid: ['cold'],
  tiede: ['warm'],
  chaud: ['hot'],
});
const PAYS = table<Pays>({ FR: ['france'], MA: ['maroc', 'morocco'] });
const NATURES = table<NatureProspect>({
  consommateur: ['particulier', 'consumer', 'b2c'],
  professionnel: ['pro', 'entreprise', 'independant', 'business', 'b2b'],
});
const SOURCES = table<SourceProspect>({
  'force-de-vente': ['commercial', 'commerciaux', 'vendeur', 'sales'],
  marketing: ['campagne'],
  comptabilite: ['compta', 'ancien client', 'anciens clients'],
  annuaire: ['kompass', 'pages jaunes', 'directory'],
  'fichier-achete': ['fichier achete', 'achat de fichier', 'base achetee', 'liste achetee'],
  salon: ['salon professionnel', 'foire', 'trade fair', 'evenement'],
  'site-web': ['site', 'site internet', 'internet', 'formulaire', 'website', 'web'],
  parrainage: ['recommandation', 'reference', 'bouche a oreille', 'referral'],
  'reseau-social': ['reseaux sociaux', 'linkedin', 'facebook', 'instagram', 'social'],
});
const OUI = new Set(['oui', 'o', 'vrai', 'true', 'yes', 'y', '1', 'x']),
  NON = new Set(['non', 'n', 'faux', 'false', 'no', '0', '']);

/** One cell read as a field: its value, typed as the field, or why it cannot be. */
type Lu<T> = { ok: true; v: T } | { ok: false; raison: string };
const lu = <T>(v: T): Lu<T> => ({ ok: true, v });
const refus = (raison: string): Lu<never> => ({ ok: false, raison });
const cite = (t: string) => `«\u00a0${t.length > 40 ? `${t.slice(0, 39)}…` : t}\u00a0»`;

function lireDate(t: string): Lu<string> {
  const m =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$/.exec(t) ??
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/.exec(t);
  if (!m) return refus(`date ${cite(t)} illisible (attendu jj/mm/aaaa ou aaaa-mm-jj)`);
  const [a, mo, j] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const iso = `${a}-${mo.padStart(2, '0')}-${j.padStart(2, '0')}`;
  return jourDepuisISO(iso) === null ? refus(`date ${cite(t)} impossible`) : lu(iso);
}
const lireEntier =
  (max: number) =>
  (t: string): Lu<number> => {
    const r = nombre(t);
    return r.ok && Number.isInteger(r.valeur) && r.valeur >= 0 && r.valeur <= max
      ? lu(r.valeur)
      : refus(`${cite(t)} n’est pas un nombre entier entre 0 et ${max}`);
  };
const lireListe =
  <T>(m: Map<string, T>, attendus: string) =>
  (t: string): Lu<T> => {
    const v = m.get(cle(t));
    return v === undefined
      ? refus(`valeur ${cite(t)} inconnue (attendu\u202f: ${attendus})`)
      : lu(v);
  };
function lireMontant(t: string): Lu<number> {
  const r = nombre(t);
  return r.ok && r.valeur >= 0 ? lu(r.valeur) : refus(`${cite(t)} n’est pas un montant positif`);
}
function lireOuiNon(t: string): Lu<boolean> {
  const k = cle(t);
  if (OUI.has(k)) return lu(true);
  if (NON.has(k)) return lu(false);
  return refus(`${cite(t)} n’est ni «\u00a0oui\u00a0» ni «\u00a0non\u00a0»`);
}
const texte = (t: string): Lu<string> => lu(t);

type Lecteurs = { [C in ChampProspect]: (t: string) => Lu<Prospect[C]> };
/** How each field reads a non-empty cell: one reader per field (every field: `satisfies`), typed as the field. */
const LECTEURS: Lecteurs = {
  id: texte,
  raisonSociale: texte,
  nom: texte,
  prenom: texte,
  type: lireListe(TYPES, 'B2B ou B2C'),
  secteur: texte,
  taille: lireListe(TAILLES, 'TPE, PME, ETI ou GE'),
  chiffreAffaires: lireMontant,
  fonction: texte,
  age: lireEntier(130),
  ville: texte,
  codePostal: texte,
  pays: lireListe(PAYS, 'France ou Maroc'),
  telephone: texte,
  email: texte,
  source: lireListe(
    SOURCES,
    'force de vente, marketing, comptabilité, annuaire, fichier acheté, salon, site web, parrainage, réseau social',
  ),
  dateCollecte: lireDate,
  dateDernierContact: lireDate,
  consentementEmail: lireOuiNon,
  opposition: lireOuiNon,
  bloctel: lireOuiNon,
  temperature: lireListe(TEMPERATURES, 'suspect, froid, tiède ou chaud'),
  ouvertures: lireEntier(1_000_000),
  clics: lireEntier(1_000_000),
  visitesSite: lireEntier(1_000_000),
  demandeDevis: lireOuiNon,
  converti: lireOuiNon,
  dateRefus: lireDate,
  nature: lireListe(NATURES, 'consommateur ou professionnel'),
  consentementTelephone: lireOuiNon,
  dateConsentementTelephone: lireDate,
  origineConsentementTelephone: texte,
} satisfies Required<Lecteurs>;

/** Why a row is refused, and the field at fault when there is one. */
type Refus = { raison: string; champ?: ChampProspect };

/** Reads one non-empty cell into `p` as the given field, or says why it cannot. */
function lireChamp<C extends ChampProspect>(
  p: Partial<Prospect>,
  champ: C,
  t: string,
): Refus | undefined {
  const lire: (t: string) => Lu<Prospect[C]> = LECTEURS[champ];
  const v = lire(t);
  if (!v.ok) return { raison: `${LIBELLES_PROSPECT[champ]}\u202f: ${v.raison}.`, champ };
  p[champ] = v.v;
  return undefined;
}

// eslint-disable-next-line no-control-regex -- control characters are what this strips or rejects
const CONTROLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROLES = new RegExp(CONTROLE.source, 'g');

/** A 53-bit hash of a text (cyrb53): stable in Node and every browser, few collisions over 100 000 rows. */
function empreinte(texte: string): string {
  let h1 = 0xdeadbeef,
    h2 = 0x41c6ce57;
  for (let i = 0; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The id of a row without one: « H » and the hash of its cells, then « -2 », « -3 »… for identical rows. */
function idDeContenu(cellules: readonly string[], occurrences: Map<string, number>): string {
  const base = `H${empreinte(cellules.map((c) => c.trim()).join('\u001f'))}`;
  const n = (occurrences.get(base) ?? 0) + 1;
  occurrences.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

/** A row whose cell count does not match the header, as the reason to refuse it. */
function largeurIncorrecte(brute: readonly string[], colonnes: number): Refus | undefined {
  if (brute.length > colonnes && brute.slice(colonnes).some((c) => c.trim() !== ''))
    return {
      raison: `${brute.length} cellules pour ${colonnes} colonnes\u202f: une valeur contient sans doute le séparateur sans être entre guillemets.`,
    };
  if (brute.length < colonnes)
    return {
      raison: `${brute.length} cellule${brute.length > 1 ? 's' : ''} pour ${colonnes} colonnes\u202f: la ligne est incomplète ou coupée.`,
    };
  return undefined;
}

/** A cell as read: Excel's protection undone, control characters removed (counted), spaces trimmed. */
function cellulePropre(brute: string, compte: { cellulesNettoyees: number }): string {
  const t = retablirCellule({ valeur: brute });
  if (!CONTROLE.test(t)) return t.trim();
  compte.cellulesNettoyees++;
  return t.replace(CONTROLES, '').trim();
}

/** The mapped cells of a row read as fields (empty cells left out), or why the row is refused. */
function lireCellules(
  brute: readonly string[],
  correspondance: Correspondance,
  compte: { cellulesNettoyees: number },
): { ok: true; p: Partial<Prospect> } | ({ ok: false } & Refus) {
  const p: Partial<Prospect> = {};
  for (let i = 0; i < brute.length && i < correspondance.length; i++) {
    const champ = correspondance[i];
    if (!champ) continue;
    const t = cellulePropre(brute[i], compte);
    if (t.length > LIMITE_CELLULE)
      return {
        ok: false,
        raison: `${LIBELLES_PROSPECT[champ]}\u202f: valeur de ${t.length} caractères, au-delà de ${LIMITE_CELLULE}.`,
        champ,
      };
    const refusChamp = t === '' ? undefined : lireChamp(p, champ, t);
    if (refusChamp) return { ok: false, ...refusChamp };
  }
  return { ok: true, p };
}

/** A row says who the prospect is when it gives a company, a name, an e-mail or a phone. */
const identifiable = (p: Partial<Prospect>) =>
  [p.raisonSociale, p.nom, p.prenom, p.email, p.telephone].some((v) => v !== undefined);

/** What the file does not say, as the course's defaults and the learner's choices. */
function defauts(options: OptionsImport): Omit<Prospect, 'id' | 'type' | 'codePostal' | 'pays'> {
  return {
    secteur: '',
    fonction: '',
    ville: '',
    telephone: '',
    email: '',
    source: options.source,
    dateCollecte: options.aujourdhui,
    dateDernierContact: '',
    consentementEmail: false,
    opposition: false,
    bloctel: false,
    temperature: 'suspect',
    ouvertures: 0,
    clics: 0,
    visitesSite: 0,
    demandeDevis: false,
    converti: false,
  };
}

/** The prospect of a row read: its cells over the defaults. */
function prospectDepuis(p: Partial<Prospect>, id: string, options: OptionsImport): Prospect {
  const pays = p.pays ?? options.pays;
  const codePostal = p.codePostal ?? '';
  return {
    ...defauts(options),
    ...p,
    id,
    type: p.type ?? (p.raisonSociale ? 'B2B' : 'B2C'),
    // Excel drops the leading zero of a French postal code.
    codePostal: pays === 'FR' && /^\d{4}$/.test(codePostal) ? `0${codePostal}` : codePostal,
    pays,
  };
}

/** Converts the parsed rows with a checked mapping into prospects and a report of rejected rows; `surProgression` gets the share done. */
export function convertirLignes({
  tableau,
  correspondance,
  options,
  surProgression,
}: {
  tableau: Pick<TableauCsv, 'entetes' | 'lignes' | 'numeros' | 'lignesVides'>;
  correspondance: Correspondance;
  options: OptionsImport;
  surProgression?: (part: number) => void;
}): RapportImport {
  const { entetes, lignes, numeros } = tableau;
  const prospects: Prospect[] = [],
    rejets: RejetImport[] = [],
    ids = new Map<string, number>(),
    occurrences = new Map<string, number>();
  const compte = { cellulesNettoyees: 0 };
  const mappees = correspondance.slice(0, entetes.length);
  /** The prospect of one row, or why the row is refused. */
  const lireLigne = (brute: string[], ligne: number): Prospect | Refus => {
    const largeur = largeurIncorrecte(brute, entetes.length);
    if (largeur) return largeur;
    const lue = lireCellules(brute, mappees, compte);
    if (!lue.ok) return lue;
    if (!identifiable(lue.p))
      return {
        raison:
          'ni raison sociale, ni nom, ni e-mail, ni téléphone\u202f: ce prospect ne peut pas être identifié.',
      };
    // The file's own id when it has one; otherwise one made from the row's content, so that the
    // same person keeps the same id whatever the order of the rows, and another file's person at
    // the same position never gets it (issue 15, case 9: a second tab once deleted the wrong person).
    const propre = lue.p.id;
    const deja = propre === undefined ? undefined : ids.get(propre);
    if (deja !== undefined)
      return {
        raison: `identifiant ${cite(propre ?? '')} déjà utilisé ligne ${deja}.`,
        champ: 'id',
      };
    let id = propre ?? idDeContenu(brute, occurrences);
    while (ids.has(id)) id = `${id}-bis`;
    ids.set(id, ligne);
    return prospectDepuis(lue.p, id, options);
  };
  lignes.forEach((brute, k) => {
    if (surProgression && k % 5000 === 4999) surProgression(k / lignes.length);
    const ligne = numeros[k];
    const r = lireLigne(brute, ligne);
    if ('id' in r) prospects.push(r);
    else
      rejets.push(
        r.champ ? { ligne, champ: r.champ, raison: r.raison } : { ligne, raison: r.raison },
      );
  });
  surProgression?.(1);
  return {
    prospects,
    rejets,
    lignesLues: lignes.length,
    lignesVides: tableau.lignesVides,
    cellulesNettoyees: compte.cellulesNettoyees,
  };
}

/** Column headers of an export: the French labels, capitalised (they map back on import). */
export const ENTETES_EXPORT: readonly string[] = CHAMPS_PROSPECT.map((c) =>
  majuscule(LIBELLES_PROSPECT[c]),
);

/** Writes prospects as a CSV for Excel (every field, in file order; see `ecrireCsv`). */
export function exporterProspects({ prospects }: { prospects: readonly Prospect[] }): string {
  return ecrireCsv({
    entetes: ENTETES_EXPORT,
    lignes: prospects.map((p) => CHAMPS_PROSPECT.map((c): ValeurCellule => p[c])),
  });
}
