/**
 * Checks a sample-company folder on disk (content/datasets/<id>/) with the dataset schemas and
 * prints every problem with its file, line and field, in French.
 *
 *   node outils/valider-dataset.ts                                   # every folder of content/datasets
 *   node outils/valider-dataset.ts content/datasets/mobilier-lyon    # one folder
 *
 * Exits with status 1 when a folder has a problem, so it can guard a commit or a build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { echec, type Resultat } from '../src/lib/commun/resultat.ts';
import {
  validerTextesDataset,
  type Dataset,
  type TextesDataset,
} from '../src/schemas/valider-dataset.ts';

const FICHIERS = [
  'entreprise.json',
  'prospects.csv',
  'clients.csv',
  'ventes.csv',
  'campagne.json',
] as const;

/** Reads and checks the five files of a dataset folder; the error message lists every problem found. */
export function validerDataset({ dossier }: { dossier: string }): Resultat<Dataset> {
  const manquants = FICHIERS.filter((f) => !existsSync(join(dossier, f)));
  if (manquants.length > 0)
    return echec(
      `${basename(dossier)}\u202f: fichier(s) manquant(s)\u202f: ${manquants.join(', ')}.`,
      manquants[0],
    );
  const textes = Object.fromEntries(
    FICHIERS.map((f) => [f, readFileSync(join(dossier, f), 'utf8')]),
  ) as unknown as TextesDataset;
  const r = validerTextesDataset({ textes });
  if (r.ok) return r;
  // Prefix every line with the folder: « mobilier-lyon/prospects.csv, ligne 14, champ « age » : … ».
  const message = r.erreur.message
    .split('\n')
    .map((l) => `${basename(dossier)}/${l}`)
    .join('\n');
  return r.erreur.champ === undefined ? echec(message) : echec(message, r.erreur.champ);
}

/** The dataset folders under `racine` (one per sample company). */
export function dossiersDatasets({ racine }: { racine: string }): string[] {
  return readdirSync(racine)
    .map((n) => join(racine, n))
    .filter((d) => statSync(d).isDirectory())
    .sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const racine = resolve(dirname(fileURLToPath(import.meta.url)), '../content/datasets');
  const dossiers =
    process.argv.length > 2
      ? process.argv.slice(2).map((d) => resolve(d))
      : dossiersDatasets({ racine });
  let echecs = 0;
  for (const dossier of dossiers) {
    const r = validerDataset({ dossier });
    if (r.ok)
      console.log(
        `${basename(dossier)}\u202f: ${r.valeur.prospects.length} prospects, ${r.valeur.clients.length} clients, ${r.valeur.ventes.length} ventes — conforme.`,
      );
    else {
      echecs++;
      console.error(r.erreur.message);
    }
  }
  process.exitCode = echecs > 0 ? 1 : 0;
}
