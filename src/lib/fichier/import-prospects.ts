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
const table = <T extends string>(entrees: Record<T, string[]>) =>
  new Map(
    Object.entries<string[]>(entrees).flatMap(([v, l]) =>
      [v, ...l].map((s) => [cle(s), v as T] as const),
    ),
  );
const TYPES = table<'B2B' | 'B2C'>({
  B2B: ['entreprise', 'professionnel', 'pro', 'societe', 'btob', 'business'],
  B2C: ['particulier', 'individuel', 'personne', 'btoc', 'consumer'],
});
const TAILLES = table({
  TPE: ['micro entreprise', 'tres petite entreprise'],
  PME: ['petite et moyenne entreprise'],
  ETI: ['entreprise de taille intermediaire'],
  GE: ['grande entreprise', 'grand compte'],
});
const TEMPERATURES = table({ suspect: [], froid: ['cold'], tiede: ['warm'], chaud: ['hot'] });
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

type Lu = { ok: true; v: unknown } | { ok: false; raison: string };
const lu = (v: unknown): Lu => ({ ok: true, v });
const refus = (raison: string): Lu => ({ ok: false, raison });
const cite = (t: string) => `«\u00a0${t.length > 40 ? `${t.slice(0, 39)}…` : t}\u00a0»`;

function lireDate(t: string): Lu {
  const m =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?$/.exec(t) ??
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/.exec(t);
  if (!m) return refus(`date ${cite(t)} illisible (attendu jj/mm/aaaa ou aaaa-mm-jj)`);
  const [a, mo, j] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const iso = `${a}-${mo.padStart(2, '0')}-${j.padStart(2, '0')}`;
  return jourDepuisISO(iso) === null ? refus(`date ${cite(t)} impossible`) : lu(iso);
}
function lireEntier(t: string, max: number): Lu {
  const r = nombre(t);
  return r.ok && Number.isInteger(r.valeur) && r.valeur >= 0 && r.valeur <= max
    ? lu(r.valeur)
    : refus(`${cite(t)} n’est pas un nombre entier entre 0 et ${max}`);
}
function lireListe<T>(t: string, m: Map<string, T>, attendus: string): Lu {
  const v = m.get(cle(t));
  return v === undefined ? refus(`valeur ${cite(t)} inconnue (attendu\u202f: ${attendus})`) : lu(v);
}

/** Reads one non-empty cell as the given field. */
function lireChamp(champ: ChampProspect, t: string): Lu {
  switch (champ) {
    case 'type':
      return lireListe(t, TYPES, 'B2B ou B2C');
    case 'taille':
      return lireListe(t, TAILLES, 'TPE, PME, ETI ou GE');
    case 'temperature':
      return lireListe(t, TEMPERATURES, 'suspect, froid, tiède ou chaud');
    case 'pays':
      return lireListe(t, PAYS, 'France ou Maroc');
    case 'source':
      return lireListe(
        t,
        SOURCES,
        'force de vente, marketing, comptabilité, annuaire, fichier acheté, salon, site web, parrainage, réseau social',
      );
    case 'age':
      return lireEntier(t, 130);
    case 'ouvertures':
    case 'clics':
    case 'visitesSite':
      return lireEntier(t, 1_000_000);
    case 'chiffreAffaires': {
      const r = nombre(t);
      return r.ok && r.valeur >= 0
        ? lu(r.valeur)
        : refus(`${cite(t)} n’est pas un montant positif`);
    }
    case 'dateCollecte':
    case 'dateDernierContact':
    case 'dateRefus':
    case 'dateConsentementTelephone':
      return lireDate(t);
    case 'nature':
      return lireListe(t, NATURES, 'consommateur ou professionnel');
    case 'consentementEmail':
    case 'opposition':
    case 'bloctel':
    case 'demandeDevis':
    case 'converti':
    case 'consentementTelephone': {
      const k = cle(t);
      return OUI.has(k)
        ? lu(true)
        : NON.has(k)
          ? lu(false)
          : refus(`${cite(t)} n’est ni «\u00a0oui\u00a0» ni «\u00a0non\u00a0»`);
    }
    default:
      return lu(t);
  }
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
  let cellulesNettoyees = 0;
  lignes.forEach((brute, k) => {
    if (surProgression && k % 5000 === 4999) surProgression(k / lignes.length);
    const ligne = numeros[k];
    const rejeter = (raison: string, champ?: ChampProspect) =>
      rejets.push(champ ? { ligne, champ, raison } : { ligne, raison });
    if (brute.length > entetes.length && brute.slice(entetes.length).some((c) => c.trim() !== ''))
      return rejeter(
        `${brute.length} cellules pour ${entetes.length} colonnes\u202f: une valeur contient sans doute le séparateur sans être entre guillemets.`,
      );
    if (brute.length < entetes.length)
      return rejeter(
        `${brute.length} cellule${brute.length > 1 ? 's' : ''} pour ${entetes.length} colonnes\u202f: la ligne est incomplète ou coupée.`,
      );
    const p: Record<string, unknown> = {};
    for (let i = 0; i < entetes.length; i++) {
      const champ = correspondance[i];
      if (!champ) continue;
      let t = retablirCellule({ valeur: brute[i] });
      if (CONTROLE.test(t)) {
        t = t.replace(CONTROLES, '');
        cellulesNettoyees++;
      }
      t = t.trim();
      if (t.length > LIMITE_CELLULE)
        return rejeter(
          `${LIBELLES_PROSPECT[champ]}\u202f: valeur de ${t.length} caractères, au-delà de ${LIMITE_CELLULE}.`,
          champ,
        );
      if (t === '') continue;
      const v = lireChamp(champ, t);
      if (!v.ok) return rejeter(`${LIBELLES_PROSPECT[champ]}\u202f: ${v.raison}.`, champ);
      p[champ] = v.v;
    }
    if (!['raisonSociale', 'nom', 'prenom', 'email', 'telephone'].some((c) => p[c] !== undefined))
      return rejeter(
        'ni raison sociale, ni nom, ni e-mail, ni téléphone\u202f: ce prospect ne peut pas être identifié.',
      );
    // The file's own id when it has one; otherwise one made from the row's content, so that the
    // same person keeps the same id whatever the order of the rows, and another file's person at
    // the same position never gets it (issue 15, case 9: a second tab once deleted the wrong person).
    let id = typeof p.id === 'string' ? p.id : idDeContenu(brute, occurrences);
    const deja = ids.get(id);
    if (deja !== undefined && typeof p.id === 'string')
      return rejeter(`identifiant ${cite(id)} déjà utilisé ligne ${deja}.`, 'id');
    while (ids.has(id)) id = `${id}-bis`;
    ids.set(id, ligne);
    const pays = (p.pays as Pays | undefined) ?? options.pays;
    let codePostal = (p.codePostal as string | undefined) ?? '';
    if (pays === 'FR' && /^\d{4}$/.test(codePostal)) codePostal = `0${codePostal}`; // Excel drops the leading zero
    prospects.push({
      ...(p as Partial<Prospect>),
      id,
      type: (p.type as Prospect['type'] | undefined) ?? (p.raisonSociale ? 'B2B' : 'B2C'),
      secteur: (p.secteur as string) ?? '',
      fonction: (p.fonction as string) ?? '',
      ville: (p.ville as string) ?? '',
      codePostal,
      pays,
      telephone: (p.telephone as string) ?? '',
      email: (p.email as string) ?? '',
      source: (p.source as SourceProspect) ?? options.source,
      dateCollecte: (p.dateCollecte as string) ?? options.aujourdhui,
      dateDernierContact: (p.dateDernierContact as string) ?? '',
      consentementEmail: p.consentementEmail === true,
      opposition: p.opposition === true,
      bloctel: p.bloctel === true,
      temperature: (p.temperature as Prospect['temperature']) ?? 'suspect',
      ouvertures: (p.ouvertures as number) ?? 0,
      clics: (p.clics as number) ?? 0,
      visitesSite: (p.visitesSite as number) ?? 0,
      demandeDevis: p.demandeDevis === true,
      converti: p.converti === true,
    });
  });
  surProgression?.(1);
  return {
    prospects,
    rejets,
    lignesLues: lignes.length,
    lignesVides: tableau.lignesVides,
    cellulesNettoyees,
  };
}

/** Column headers of an export: the French labels, capitalised (they map back on import). */
export const ENTETES_EXPORT: readonly string[] = CHAMPS_PROSPECT.map(
  (c) => LIBELLES_PROSPECT[c].charAt(0).toUpperCase() + LIBELLES_PROSPECT[c].slice(1),
);

/** Writes prospects as a CSV for Excel (every field, in file order; see `ecrireCsv`). */
export function exporterProspects({ prospects }: { prospects: readonly Prospect[] }): string {
  return ecrireCsv({
    entetes: ENTETES_EXPORT,
    lignes: prospects.map((p) => CHAMPS_PROSPECT.map((c) => p[c] as ValeurCellule)),
  });
}
