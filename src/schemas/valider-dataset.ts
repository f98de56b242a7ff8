/**
 * Checks the five files of a sample company (content/datasets/<id>/) given as texts: each row
 * against its schema, then what ties the files together (ids unique, every sale's client known,
 * 24 months of sales before the reference date, planted ids present, the campaign's orders equal
 * to the converted prospects). Every problem names the file, the line (header = line 1) and the
 * field, in French, so that a bad value fails the build with a message one can act on.
 * Reading the folder from disk is left to the caller (outils/valider-dataset.ts, the content loader).
 */
import { z } from 'astro/zod';
import { lireTableCsv } from '../lib/fichier/csv-simple.ts';
import { ajouterAns, jourDepuisISO } from '../lib/commun/dates.ts';
import { CHAMPS_PROSPECT } from '../lib/commun/prospect.ts';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';
import {
  ClientLigneSchema,
  ProspectLigneSchema,
  VenteLigneSchema,
  type ClientLigne,
  type ProspectLigne,
  type VenteLigne,
} from './datasets.ts';
import { CampagneSchema, EntrepriseSchema, type Campagne, type Entreprise } from './entreprise.ts';

/** The five files of a dataset folder, as texts. */
export interface TextesDataset {
  'entreprise.json': string;
  'prospects.csv': string;
  'clients.csv': string;
  'ventes.csv': string;
  'campagne.json': string;
}
/** A dataset once every file is read and checked. */
export interface Dataset {
  entreprise: Entreprise;
  prospects: ProspectLigne[];
  clients: ClientLigne[];
  ventes: VenteLigne[];
  campagne: Campagne;
}
/** One problem: the file, the line (1 = header) and the field when known, and what is wrong. */
export interface ErreurDataset {
  fichier: string;
  ligne?: number;
  champ?: string;
  message: string;
}

/** Column order of clients.csv and ventes.csv. */
export const COLONNES_CLIENTS = ['id', 'nom', 'categorie', 'ville', 'dateEntree'] as const;
/** Column order of ventes.csv. */
export const COLONNES_VENTES = [
  'id',
  'client',
  'categorie',
  'date',
  'montantHT',
  'coutHT',
] as const;

const MAX_ERREURS_PAR_FICHIER = 50;
const fr = z.locales.fr().localeError;

/** « prospects.csv, ligne 14, champ « age » : … » */
export function formaterErreurDataset({ erreur }: { erreur: ErreurDataset }): string {
  const ou = [
    erreur.fichier,
    erreur.ligne === undefined ? '' : `ligne ${erreur.ligne}`,
    erreur.champ === undefined ? '' : `champ «\u00a0${erreur.champ}\u00a0»`,
  ];
  return `${ou.filter((x) => x !== '').join(', ')}\u202f: ${erreur.message}`;
}

/** Rows of a CSV file that pass the schema, with the line each starts on. */
interface LignesLues<T> {
  lignes: T[];
  numeros: number[];
}

function lireCsv<S extends z.ZodType>(
  fichier: string,
  texte: string,
  colonnes: readonly string[],
  schema: S,
  erreurs: ErreurDataset[],
): LignesLues<z.output<S>> {
  const lignes: z.output<S>[] = [],
    numeros: number[] = [];
  const t = lireTableCsv({ texte });
  if (!t.ok) {
    erreurs.push({ fichier, message: t.erreur.message });
    return { lignes, numeros };
  }
  const manquantes = colonnes.filter((c) => !t.valeur.entetes.includes(c));
  const enTrop = t.valeur.entetes.filter((c) => !colonnes.includes(c));
  if (manquantes.length > 0)
    erreurs.push({
      fichier,
      ligne: 1,
      message: `colonnes manquantes\u202f: ${manquantes.join(', ')}.`,
    });
  if (enTrop.length > 0)
    erreurs.push({ fichier, ligne: 1, message: `colonnes inconnues\u202f: ${enTrop.join(', ')}.` });
  if (manquantes.length > 0 || enTrop.length > 0) return { lignes, numeros };
  let compte = 0;
  for (const { ligne, valeurs } of t.valeur.lignes) {
    const r = schema.safeParse(valeurs, { error: fr });
    if (r.success) {
      lignes.push(r.data);
      numeros.push(ligne);
      continue;
    }
    for (const issue of r.error.issues) {
      if (compte++ < MAX_ERREURS_PAR_FICHIER)
        erreurs.push({
          fichier,
          ligne,
          champ: issue.path.map(String).join('.') || undefined,
          message: issue.message,
        });
    }
  }
  return { lignes, numeros };
}

function lireJson<S extends z.ZodType>(
  fichier: string,
  texte: string,
  schema: S,
  erreurs: ErreurDataset[],
): z.output<S> | undefined {
  let brut: unknown;
  try {
    brut = JSON.parse(texte);
  } catch (e) {
    erreurs.push({
      fichier,
      message: `JSON illisible (${e instanceof Error ? e.message : String(e)}).`,
    });
    return undefined;
  }
  const r = schema.safeParse(brut, { error: fr });
  if (r.success) return r.data;
  for (const issue of r.error.issues.slice(0, MAX_ERREURS_PAR_FICHIER))
    erreurs.push({
      fichier,
      champ: issue.path.map(String).join('.') || undefined,
      message: issue.message,
    });
  return undefined;
}

function idsUniques(
  fichier: string,
  { lignes, numeros }: LignesLues<{ id: string }>,
  erreurs: ErreurDataset[],
): void {
  const vus = new Map<string, number>();
  lignes.forEach((l, k) => {
    if (vus.has(l.id))
      erreurs.push({
        fichier,
        ligne: numeros[k],
        champ: 'id',
        message: `l’identifiant ${l.id} est déjà utilisé ligne ${vus.get(l.id)}.`,
      });
    else vus.set(l.id, numeros[k]);
  });
}

/** Line numbers of the rows of each CSV file. */
interface Numeros {
  prospects: number[];
  clients: number[];
  ventes: number[];
}

/** The checks that need several files: ids, references, dates, planted problems, campaign counts. */
function verifierLiens(d: Dataset, n: Numeros, erreurs: ErreurDataset[]): void {
  idsUniques('prospects.csv', { lignes: d.prospects, numeros: n.prospects }, erreurs);
  idsUniques('clients.csv', { lignes: d.clients, numeros: n.clients }, erreurs);
  idsUniques('ventes.csv', { lignes: d.ventes, numeros: n.ventes }, erreurs);
  const clients = new Map(d.clients.map((c) => [c.id, c]));
  const reference = jourDepuisISO(d.entreprise.dateReference)!;
  const debut = ajouterAns(reference, -2);
  d.ventes.forEach((v, k) => {
    const c = clients.get(v.client);
    if (!c)
      erreurs.push({
        fichier: 'ventes.csv',
        ligne: n.ventes[k],
        champ: 'client',
        message: `le client ${v.client} n’existe pas dans clients.csv.`,
      });
    else if (c.categorie !== v.categorie)
      erreurs.push({
        fichier: 'ventes.csv',
        ligne: n.ventes[k],
        champ: 'categorie',
        message: `la catégorie «\u00a0${v.categorie}\u00a0» diffère de celle du client ${c.id} («\u00a0${c.categorie}\u00a0»).`,
      });
    const j = jourDepuisISO(v.date)!;
    if (j < debut || j >= reference)
      erreurs.push({
        fichier: 'ventes.csv',
        ligne: n.ventes[k],
        champ: 'date',
        message: `la vente doit tomber dans les 24 mois qui précèdent la date de référence ${d.entreprise.dateReference}.`,
      });
  });
  const ids = new Set(d.prospects.map((p) => p.id));
  d.entreprise.problemesPlantes.forEach((pb, k) => {
    for (const id of pb.ids)
      if (!ids.has(id))
        erreurs.push({
          fichier: 'entreprise.json',
          champ: `problemesPlantes.${k}.ids`,
          message: `le prospect ${id} n’existe pas dans prospects.csv.`,
        });
    if (pb.groupes && [...pb.groupes.flat()].sort().join() !== [...pb.ids].sort().join()) {
      erreurs.push({
        fichier: 'entreprise.json',
        champ: `problemesPlantes.${k}.groupes`,
        message: 'les groupes doivent contenir exactement les identifiants listés dans ids.',
      });
    }
  });
  const convertis = d.prospects.filter((p) => p.converti).length;
  if (d.campagne.etapes.fichier !== d.prospects.length)
    erreurs.push({
      fichier: 'campagne.json',
      champ: 'etapes.fichier',
      message: `${d.campagne.etapes.fichier} fiches annoncées, mais prospects.csv en compte ${d.prospects.length}.`,
    });
  if (d.campagne.etapes.commandes !== convertis)
    erreurs.push({
      fichier: 'campagne.json',
      champ: 'etapes.commandes',
      message: `${d.campagne.etapes.commandes} commandes annoncées, mais ${convertis} prospects sont marqués converti = oui.`,
    });
}

/** Every problem of a dataset, and the dataset itself when there is none. */
export function analyserDataset({ textes }: { textes: TextesDataset }): {
  dataset?: Dataset;
  erreurs: ErreurDataset[];
} {
  const erreurs: ErreurDataset[] = [];
  const entreprise = lireJson(
    'entreprise.json',
    textes['entreprise.json'],
    EntrepriseSchema,
    erreurs,
  );
  const prospects = lireCsv(
    'prospects.csv',
    textes['prospects.csv'],
    CHAMPS_PROSPECT,
    ProspectLigneSchema,
    erreurs,
  );
  const clients = lireCsv(
    'clients.csv',
    textes['clients.csv'],
    COLONNES_CLIENTS,
    ClientLigneSchema,
    erreurs,
  );
  const ventes = lireCsv(
    'ventes.csv',
    textes['ventes.csv'],
    COLONNES_VENTES,
    VenteLigneSchema,
    erreurs,
  );
  const campagne = lireJson('campagne.json', textes['campagne.json'], CampagneSchema, erreurs);
  if (erreurs.length > 0 || !entreprise || !campagne) return { erreurs };
  const dataset: Dataset = {
    entreprise,
    prospects: prospects.lignes,
    clients: clients.lignes,
    ventes: ventes.lignes,
    campagne,
  };
  verifierLiens(
    dataset,
    { prospects: prospects.numeros, clients: clients.numeros, ventes: ventes.numeros },
    erreurs,
  );
  return erreurs.length > 0 ? { erreurs } : { dataset, erreurs };
}

/** The checked dataset, or an error whose message lists every problem (one per line). */
export function validerTextesDataset({ textes }: { textes: TextesDataset }): Resultat<Dataset> {
  const { dataset, erreurs } = analyserDataset({ textes });
  if (dataset) return ok(dataset);
  return echec(
    erreurs.map((erreur) => formaterErreurDataset({ erreur })).join('\n'),
    erreurs[0]?.fichier,
  );
}
