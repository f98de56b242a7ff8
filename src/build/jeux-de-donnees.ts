/**
 * Reading the sample companies at build time (content/datasets/<id>/): entreprise.json,
 * prospects.csv, clients.csv, ventes.csv, campagne.json. Build-only (node:fs): the pages and
 * the `/donnees/…` endpoints call it; the browser only ever gets its output.
 *
 * Every value goes through the schemas of src/schemas/datasets.ts, and the files are read with
 * the project's own strict reader (csv-simple.ts, `;`, UTF-8): a bad value stops the build with a
 * French message naming the file, the line (the physical line of the file, header = 1) and the
 * field, e.g. « content/datasets/x/prospects.csv, ligne 12, champ « age » : L’âge doit être au
 * moins 16. ». Beyond one row, the build also refuses duplicated ids and a sale whose client is
 * not in clients.csv. Contact details may be empty or malformed: those are the planted quality
 * problems the chapter-5 report must find, not reading errors (the schemas allow them).
 */
import { comparerExemples } from './ordre-exemples.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { lireTableCsv } from '../lib/fichier/csv-simple.ts';
import type { Prospect } from '../lib/commun/prospect.ts';
import {
  CampagneSchema,
  ClientLigneSchema,
  EntrepriseSchema,
  ProspectLigneSchema,
  VenteLigneSchema,
  type Campagne,
  type ClientLigne,
  type Entreprise,
  type VenteLigne,
} from '../schemas/datasets.ts';

/** Where the sample companies live, from the project root. */
export const DOSSIER_JEUX = 'content/datasets';
/** The files of a sample company (all offered for download on /donnees/). */
export const FICHIERS_JEU = [
  'prospects.csv',
  'clients.csv',
  'ventes.csv',
  'entreprise.json',
  'campagne.json',
] as const;

/** One sample company, read and checked. */
export interface JeuDeDonnees {
  id: string;
  fiche: Entreprise;
  prospects: Prospect[];
  clients: ClientLigne[];
  ventes: VenteLigne[];
  campagne: Campagne;
}

const erreur = (fichier: string, ligne: number | null, champ: string | null, message: string) =>
  new Error(
    `${fichier}${ligne === null ? '' : `, ligne ${ligne}`}${champ ? `, champ «\u00a0${champ}\u00a0»` : ''}\u202f: ${message}`,
  );

/** Reads a CSV file row by row through a row schema; columns must be exactly the schema's. */
function lireLignes<S extends z.ZodObject>(chemin: string, nom: string, schema: S): z.infer<S>[] {
  const t = lireTableCsv({ texte: readFileSync(chemin, 'utf8') });
  if (!t.ok) throw erreur(nom, null, null, t.erreur.message);
  const attendues = Object.keys(schema.shape);
  for (const e of t.valeur.entetes)
    if (!attendues.includes(e))
      throw erreur(
        nom,
        1,
        e,
        `colonne inconnue (colonnes attendues\u202f: ${attendues.join(', ')}).`,
      );
  for (const c of attendues)
    if (!t.valeur.entetes.includes(c)) throw erreur(nom, 1, c, 'colonne manquante.');
  const vus = new Map<string, number>();
  return t.valeur.lignes.map(({ ligne, valeurs }) => {
    const r = schema.safeParse(valeurs);
    if (!r.success) {
      const i = r.error.issues[0];
      throw erreur(nom, ligne, String(i.path[0] ?? ''), i.message);
    }
    const id = (r.data as { id?: string }).id;
    if (id !== undefined) {
      const avant = vus.get(id);
      if (avant !== undefined)
        throw erreur(
          nom,
          ligne,
          'id',
          `l’identifiant «\u00a0${id}\u00a0» est déjà utilisé ligne ${avant}.`,
        );
      vus.set(id, ligne);
    }
    return r.data;
  });
}

/** Reads a JSON file through a schema; the field is the path of the first problem (« offre.tauxDeMarque »). */
function lireJson<S extends z.ZodType>(chemin: string, nom: string, schema: S): z.infer<S> {
  let brut: unknown;
  try {
    brut = JSON.parse(readFileSync(chemin, 'utf8'));
  } catch (e) {
    throw erreur(nom, null, null, `JSON illisible (${(e as Error).message}).`);
  }
  const r = schema.safeParse(brut);
  if (!r.success) {
    const i = r.error.issues[0];
    throw erreur(nom, null, i.path.join('.') || null, i.message);
  }
  return r.data;
}

const cache = new Map<string, JeuDeDonnees>();

/** Reads and checks one sample company; throws a French error naming file, line and field. */
export function chargerJeu({
  id,
  dossier = DOSSIER_JEUX,
}: {
  id: string;
  dossier?: string;
}): JeuDeDonnees {
  const cle = `${dossier}|${id}`;
  const deja = cache.get(cle);
  if (deja) return deja;
  const nom = (f: string) => relative(process.cwd(), join(dossier, id, f)) || join(dossier, id, f);
  const chemin = (f: string) => {
    const c = join(dossier, id, f);
    if (!existsSync(c)) throw erreur(nom(f), null, null, 'fichier manquant.');
    return c;
  };
  const fiche = lireJson(chemin('entreprise.json'), nom('entreprise.json'), EntrepriseSchema);
  if (fiche.id !== id)
    throw erreur(
      nom('entreprise.json'),
      null,
      'id',
      `«\u00a0${fiche.id}\u00a0» ne correspond pas au dossier «\u00a0${id}\u00a0».`,
    );
  const clients = lireLignes(chemin('clients.csv'), nom('clients.csv'), ClientLigneSchema);
  const ventes = lireLignes(chemin('ventes.csv'), nom('ventes.csv'), VenteLigneSchema);
  const connus = new Set(clients.map((c) => c.id));
  const orpheline = ventes.find((v) => !connus.has(v.client));
  if (orpheline)
    throw erreur(
      nom('ventes.csv'),
      null,
      'client',
      `la vente «\u00a0${orpheline.id}\u00a0» cite le client «\u00a0${orpheline.client}\u00a0», absent de clients.csv.`,
    );
  const jeu: JeuDeDonnees = {
    id,
    fiche,
    clients,
    ventes,
    prospects: lireLignes(
      chemin('prospects.csv'),
      nom('prospects.csv'),
      ProspectLigneSchema,
    ) as Prospect[],
    campagne: lireJson(chemin('campagne.json'), nom('campagne.json'), CampagneSchema),
  };
  cache.set(cle, jeu);
  return jeu;
}

/** The ids of the sample companies (folder names), sorted by name like the browser's catalogue (catalogue.ts). */
export function listerJeux({ dossier = DOSSIER_JEUX }: { dossier?: string } = {}): string[] {
  if (!existsSync(dossier)) return [];
  return readdirSync(dossier, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z0-9-]+$/.test(d.name))
    .map((d) => d.name)
    .sort(comparerExemples);
}
