/**
 * The learner's own prospect file: the rows in IndexedDB (key `import`, up to 100 000 rows), and a
 * small description in localStorage (`atelier:v1:import`: name, row count, date) so that every
 * page — the header link included — knows synchronously that the file exists and what it is called.
 *
 * HOW IT CAN GO WRONG, AND WHAT HAPPENS
 * - The rows fail the checks on read (hand-edited, written by an older version): they are moved
 *   to the key `import:corrompu`, the description is removed, and a French notice says so.
 * - The description exists but the rows are gone (site data partly cleared): same notice, and
 *   the description is removed, so the company list no longer offers a file that is not there.
 * - Saving fails (quota, private mode): the previous file is kept, the error is shown in French.
 * - The format changes: store `version: 2` rows and convert version 1 here on read.
 */
import { atom } from 'nanostores';
import type { Prospect } from '../lib/commun/prospect.ts';
import { signalerAvis, signalerStockageCorrompu } from './persistance.ts';
import { ecrireIDB, lireIDB, StockageRefuse, supprimerIDB } from './indexeddb.ts';
import { validerProspect } from './prospect-stocke.ts';

import { $metaImport } from './import-resume.ts';

export { ID_IMPORT, $metaImport, type MetaImport } from './import-resume.ts';
const CLE = 'import';

/** An error of the last save or delete, in French, for the import island. */
export const $erreurImport = atom<string | null>(null);

interface FichierStocke {
  version: 1;
  nom: string;
  importeLe: string;
  prospects: Prospect[];
}

/** Reads the imported rows; corrupted or missing rows are set aside and reported, giving undefined. */
export async function lireImport(): Promise<Prospect[] | undefined> {
  if (!$metaImport.get()) return undefined;
  let brut: unknown;
  try {
    brut = await lireIDB(CLE);
  } catch (e) {
    $erreurImport.set((e as Error).message);
    return undefined;
  }
  const f = brut as Partial<FichierStocke> | undefined;
  const prospects =
    f && f.version === 1 && Array.isArray(f.prospects)
      ? f.prospects.map(validerProspect)
      : undefined;
  if (prospects && prospects.every((p) => p !== undefined)) return prospects as Prospect[];
  const nom = $metaImport.get()?.nom ?? '';
  try {
    if (brut !== undefined) await ecrireIDB(`${CLE}:corrompu`, brut);
    await supprimerIDB(CLE);
  } catch {
    /* the notice below matters more than the copy */
  }
  $metaImport.set(null);
  // The header named the file from its description: it reads again (entreprise-entete.ts).
  if (typeof dispatchEvent === 'function') dispatchEvent(new CustomEvent('atelier:entreprise'));
  // Rows that are not there were not « illisibles » (session 11): say what happened and what to do.
  if (brut === undefined)
    signalerAvis(
      `Le fichier importé «\u00a0${nom}\u00a0» n’est plus dans ce navigateur (ses données ont sans doute été effacées)\u202f: importez à nouveau votre CSV sur la page Données.`,
    );
  else signalerStockageCorrompu('fichier importé', { libelle: 'de votre fichier importé' });
  return undefined;
}

/**
 * Saves an imported file, replacing the previous one only once the new one is written. Gives
 * true, or why it failed: `refuse` when the browser keeps no site data at all (the import island
 * says so in its report, in words the learner can act on), else `echec` with the French message
 * in `$erreurImport`.
 */
export async function enregistrerImport({
  nom,
  prospects,
  devise,
  importeLe = new Date().toISOString(),
}: {
  nom: string;
  prospects: Prospect[];
  devise: 'EUR' | 'MAD';
  importeLe?: string;
}): Promise<true | 'refuse' | 'echec'> {
  try {
    await ecrireIDB(CLE, { version: 1, nom, importeLe, prospects } satisfies FichierStocke);
  } catch (e) {
    if (e instanceof StockageRefuse) return 'refuse';
    $erreurImport.set((e as Error).message);
    return 'echec';
  }
  $erreurImport.set(null);
  $metaImport.set({ nom: nom.slice(0, 300), lignes: prospects.length, importeLe, devise });
  return true;
}

/** Deletes the imported file from this browser. */
export async function effacerImport(): Promise<void> {
  try {
    await supprimerIDB(CLE);
  } catch (e) {
    $erreurImport.set((e as Error).message);
  }
  $metaImport.set(null);
}
