/**
 * Les sources de prospection (chapter 4): where the rows of a prospect file come from, and what
 * each source yielded in the past campaign.
 *
 * - part d’une source = prospects de la source ÷ prospects du fichier (the shares sum to 1);
 * - taux de transformation d’une source = clients gagnés ÷ prospects de la source JOINTS pendant
 *   la campagne. Convention chosen (sources could also divide by every row of the source): the
 *   course’s ratio is always taken on the entrants of the stage (catalogue formula `taux`), and
 *   the campaign did not reach every row — a source whose rows were never called would look bad
 *   for a reason that is not its own. « Joint » is what campagne.json counts as contactsJoints:
 *   temperature other than « suspect ». The rate on the whole source is kept as `tauxSurFichier`
 *   so that the island can show both readings;
 * - clients are counted among the joints only (a row marked converted but never reached is
 *   inconsistent): a rate therefore always lies in [0, 1];
 * - fraîcheur = âge moyen des données = mean of (date de référence − date de collecte), in days;
 *   unreadable or future dates are left out of the mean and counted in `datesIllisibles`.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { jourDepuisISO } from '../commun/dates.ts';
import { taux } from '../portefeuille/valeur-client.ts';
import {
  SOURCES_EXTERNES,
  SOURCES_INTERNES,
  type Prospect,
  type SourceProspect,
} from '../commun/prospect.ts';

/** Every source in the course’s order: internal first, then external. */
export const SOURCES: readonly SourceProspect[] = [...SOURCES_INTERNES, ...SOURCES_EXTERNES];

/** French name of each source, as the lesson says it. */
export const LIBELLES_SOURCES: Readonly<Record<SourceProspect, string>> = {
  'force-de-vente': 'force de vente',
  marketing: 'service marketing',
  comptabilite: 'service comptable',
  annuaire: 'annuaire',
  'fichier-achete': 'fichier acheté',
  salon: 'salon',
  'site-web': 'site web',
  parrainage: 'parrainage',
  'reseau-social': 'réseau social',
};

/** Each source as the subject of a sentence (« la force de vente conclut… »), and its pronoun. */
export const SOURCES_EN_PHRASE: Readonly<
  Record<SourceProspect, { groupe: string; pronom: 'il' | 'elle' }>
> = {
  'force-de-vente': { groupe: 'la force de vente', pronom: 'elle' },
  marketing: { groupe: 'le service marketing', pronom: 'il' },
  comptabilite: { groupe: 'le service comptable', pronom: 'il' },
  annuaire: { groupe: 'l’annuaire', pronom: 'il' },
  'fichier-achete': { groupe: 'le fichier acheté', pronom: 'il' },
  salon: { groupe: 'le salon', pronom: 'il' },
  'site-web': { groupe: 'le site web', pronom: 'il' },
  parrainage: { groupe: 'le parrainage', pronom: 'il' },
  'reseau-social': { groupe: 'le réseau social', pronom: 'il' },
};

/** What one source yielded in the past campaign. */
export interface CampagneSource {
  /** Prospects of the source the campaign reached (temperature ≠ « suspect »). */
  joints: number;
  /** Prospects of the source who became clients (among the joints). */
  clients: number;
  /** clients ÷ joints; null when the campaign reached nobody from this source. */
  tauxDeTransformation: number | null;
  /** clients ÷ every prospect of the source (the other reading, shown beside it). */
  tauxSurFichier: number;
}

/** One source of the file. */
export interface LigneSource {
  source: SourceProspect;
  interne: boolean;
  prospects: number;
  /** Share of the file, a fraction. */
  part: number;
  /** Mean age of the data in days; null when no row has a readable collection date. */
  ageMoyenJours: number | null;
  /** The past campaign’s yield; null when the file has no past campaign. */
  campagne: CampagneSource | null;
}

/** The file broken down by source, and its totals. */
export interface BilanSources {
  lignes: LigneSource[];
  prospects: number;
  ageMoyenJours: number | null;
  datesIllisibles: number;
  /** The totals of the campaign; null without a past campaign. */
  campagne: CampagneSource | null;
}

/** The fields of a prospect this module reads. */
export type ProspectSource = Pick<Prospect, 'source' | 'temperature' | 'converti' | 'dateCollecte'>;

interface Compteur {
  prospects: number;
  joints: number;
  clients: number;
  jours: number;
  dates: number;
}
const vide = (): Compteur => ({ prospects: 0, joints: 0, clients: 0, jours: 0, dates: 0 });

/** Counts one prospect; `age` is negative when its collection date cannot be read. */
function compter(x: Compteur, p: ProspectSource, age: number): void {
  const joint = p.temperature !== 'suspect';
  x.prospects++;
  if (joint) x.joints++;
  if (joint && p.converti === true) x.clients++;
  if (age >= 0) {
    x.jours += age;
    x.dates++;
  }
}

/** The course's order of sources; a source it does not know goes last. */
function ordre(s: SourceProspect): number {
  const i = SOURCES.indexOf(s);
  return i < 0 ? SOURCES.length : i;
}

/** Mean age of the dated rows, null when none is dated. */
const ageMoyen = (c: Compteur): number | null => (c.dates > 0 ? c.jours / c.dates : null);

function rendement(c: Compteur): CampagneSource {
  const t = c.joints > 0 ? taux({ sortants: c.clients, entrants: c.joints }) : undefined;
  return {
    joints: c.joints,
    clients: c.clients,
    tauxDeTransformation: t?.ok ? t.valeur : null,
    tauxSurFichier: c.clients / c.prospects,
  };
}

/** Breaks a prospect file down by source: count, share, freshness and, with a past campaign, the yield of each. */
export function bilanDesSources({
  prospects,
  dateReference,
  avecCampagne,
}: {
  prospects: readonly ProspectSource[];
  dateReference: string;
  avecCampagne: boolean;
}): Resultat<BilanSources> {
  if (!Array.isArray(prospects) || prospects.length === 0)
    return echec(
      'Le fichier ne contient aucun prospect\u202f: il n’y a pas de source à analyser.',
      'prospects',
    );
  const reference = jourDepuisISO(dateReference);
  if (reference === null)
    return echec('La date de référence doit être une date valide (aaaa-mm-jj).', 'dateReference');
  const parSource = new Map<SourceProspect, Compteur>();
  const total = vide();
  let datesIllisibles = 0;
  for (const p of prospects) {
    const c = parSource.get(p.source) ?? vide();
    parSource.set(p.source, c);
    const jour = jourDepuisISO(p.dateCollecte);
    const age = jour === null ? -1 : reference - jour;
    compter(c, p, age);
    compter(total, p, age);
    if (age < 0) datesIllisibles++;
  }
  const lignes = [...parSource.entries()]
    .sort(([a], [b]) => ordre(a) - ordre(b) || a.localeCompare(b))
    .map(([source, c]): LigneSource => ({
      source,
      interne: SOURCES_INTERNES.includes(source),
      prospects: c.prospects,
      part: c.prospects / total.prospects,
      ageMoyenJours: ageMoyen(c),
      campagne: avecCampagne ? rendement(c) : null,
    }));
  return ok({
    lignes,
    prospects: total.prospects,
    datesIllisibles,
    ageMoyenJours: ageMoyen(total),
    campagne: avecCampagne ? rendement(total) : null,
  });
}

/** The columns the source table can be sorted on. */
export type CleTriSources =
  'source' | 'prospects' | 'part' | 'joints' | 'clients' | 'tauxDeTransformation' | 'ageMoyenJours';

function valeurTri(l: LigneSource, cle: CleTriSources): number | string | null {
  switch (cle) {
    case 'source':
      return LIBELLES_SOURCES[l.source] ?? l.source;
    case 'prospects':
    case 'part':
    case 'ageMoyenJours':
      return l[cle];
    default:
      return l.campagne ? l.campagne[cle] : null;
  }
}

/** Sorts the sources on a column; a missing value always goes last, ties keep the course’s order. */
export function trierSources({
  lignes,
  cle,
  decroissant,
}: {
  lignes: readonly LigneSource[];
  cle: CleTriSources;
  decroissant: boolean;
}): LigneSource[] {
  return lignes
    .map((l, i) => ({ l, i, v: valeurTri(l, cle) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const d =
        typeof a.v === 'string' ? a.v.localeCompare(String(b.v), 'fr') : a.v - (b.v as number);
      return (decroissant ? -d : d) || a.i - b.i;
    })
    .map((x) => x.l);
}
