/**
 * What every page knows about the learner's imported file without opening IndexedDB: its id among
 * the companies and its description in localStorage (`atelier:v1:import`). Apart from
 * import-fichier.ts (the rows in IndexedDB, their checks) so that the company list, on every
 * page, does not ship the file's storage machinery (ARCHITECTURE budgets).
 */
import { atomePersistant } from './persistance.ts';

/** Id of the imported file among the companies. */
export const ID_IMPORT = 'mon-fichier';

/** What every page knows about the imported file without opening IndexedDB. */
export interface MetaImport {
  nom: string;
  lignes: number;
  importeLe: string;
  devise: 'EUR' | 'MAD';
}

function validerMeta(brut: unknown): MetaImport | null | undefined {
  if (brut === null) return null;
  if (typeof brut !== 'object') return undefined;
  const { nom, lignes, importeLe, devise } = brut as Record<string, unknown>;
  if (devise !== 'EUR' && devise !== 'MAD') return undefined;
  if (
    typeof nom !== 'string' ||
    nom.length > 300 ||
    typeof importeLe !== 'string' ||
    importeLe.length > 40
  )
    return undefined;
  if (typeof lignes !== 'number' || !Number.isInteger(lignes) || lignes < 0) return undefined;
  return { nom, lignes, importeLe, devise };
}

/** The description of the imported file, or null when there is none. */
export const $metaImport = atomePersistant<MetaImport | null>('import', null, validerMeta, {
  libelle: 'sur le fichier importé',
});
