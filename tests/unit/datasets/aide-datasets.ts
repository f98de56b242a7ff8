/**
 * Shared helpers of the dataset tests: read a committed sample company once, already checked by
 * the schemas, with its rows as the library's records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Prospect } from '../../../src/lib/commun/prospect.ts';
import type { Vente } from '../../../src/lib/ventes/ventes.ts';
import {
  validerTextesDataset,
  type Dataset,
  type TextesDataset,
} from '../../../src/schemas/valider-dataset.ts';
import { DOSSIER_DATASETS, FICHIERS_DATASET, PROFILS } from '../../../outils/generate-datasets.ts';

/** Ids of the sample companies. */
export const IDS = PROFILS.map((p) => p.entreprise.id);

/** The five committed files of a company, as texts. */
export function textesCommis(id: string): TextesDataset {
  return Object.fromEntries(
    FICHIERS_DATASET.map((f) => [f, readFileSync(join(DOSSIER_DATASETS, id, f), 'utf8')]),
  ) as unknown as TextesDataset;
}

const cache = new Map<string, Dataset>();

/** A committed company, checked by the schemas (throws in the test if it does not pass). */
export function dataset(id: string): Dataset & { prospectsLib: Prospect[]; ventesLib: Vente[] } {
  if (!cache.has(id)) {
    const r = validerTextesDataset({ textes: textesCommis(id) });
    if (!r.ok) throw new Error(r.erreur.message);
    cache.set(id, r.valeur);
  }
  const d = cache.get(id)!;
  // The schema's rows are assignable to the library's records: a compile-time check as much as a conversion.
  const prospectsLib: Prospect[] = d.prospects;
  const ventesLib: Vente[] = d.ventes;
  return { ...d, prospectsLib, ventesLib };
}
