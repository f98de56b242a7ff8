/**
 * The part of « Télécharger tout mon travail » that localStorage does not hold (session 11): the
 * imported prospect file (IndexedDB `import`, import-fichier.ts) and « Mon dossier » (IndexedDB
 * `atelier:v1:dossier`, dossier.ts). Before, the work file carried only the file's description:
 * restored in a clean browser, the site named a file it did not have, then called it
 * « illisible » and fell back to a sample company; the dossier was not in it at all.
 * Loaded on demand (Mon bilan's buttons, /donnees' « Télécharger mon travail »): IndexedDB and the
 * dossier's checks stay off the pages' first bytes.
 *
 * Each part is checked as its own store checks it on read (validerProspect, validerDossier)
 * before anything is written; the rows are written before their description, so that no page
 * ever sees a description without its rows.
 */
import type { Prospect } from '../lib/commun/prospect.ts';
import type { Dossier } from '../lib/dossier/modele.ts';
import { ecrireIDB, lireIDB } from './indexeddb.ts';
import { ID_IMPORT, type MetaImport } from './import-resume.ts';
import { validerProspect } from './prospect-stocke.ts';

const CLE_IMPORT = 'import';
const CLE_DOSSIER = 'atelier:v1:dossier';
const CLE_META = 'atelier:v1:import';
const CLE_ENTREPRISE = 'atelier:v1:entreprise';
const JOURNAL_DOSSIER = `${CLE_DOSSIER}:journal`;

/** The IndexedDB parts of a work file, as stored. */
export interface FichiersTravail {
  import?: unknown;
  dossier?: unknown;
}

/** Reads the imported file (when this browser has one) and the dossier, to put in a work file. */
export async function lireFichiersTravail({
  avecImport,
}: {
  avecImport: boolean;
}): Promise<{ fichiers: FichiersTravail; illisibles: string[] }> {
  const fichiers: FichiersTravail = {},
    illisibles: string[] = [];
  try {
    if (avecImport) fichiers.import = await lireIDB(CLE_IMPORT);
  } catch {
    illisibles.push('le fichier importé');
  }
  try {
    const d = await lireIDB(CLE_DOSSIER);
    if (d !== undefined) fichiers.dossier = d;
  } catch {
    illisibles.push('Mon dossier');
  }
  return { fichiers, illisibles };
}

interface ImportVerifie {
  nom: string;
  importeLe: string;
  prospects: Prospect[];
}

/** What restoring a work file's IndexedDB parts will write, once checked. */
export interface FichiersVerifies {
  import?: ImportVerifie;
  dossier?: { dossier: Dossier; etape: number };
  /** What the file held but failed its check (French names). */
  refuses: string[];
}

function verifierImport(brut: unknown): ImportVerifie | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const { version, nom, importeLe, prospects } = brut as Record<string, unknown>;
  if (version !== 1 || typeof nom !== 'string' || typeof importeLe !== 'string') return undefined;
  if (!Array.isArray(prospects)) return undefined;
  const lus = prospects.map(validerProspect);
  return lus.every((p) => p !== undefined)
    ? { nom: nom.slice(0, 300), importeLe: importeLe.slice(0, 40), prospects: lus as Prospect[] }
    : undefined;
}

/** Checks the IndexedDB parts of a work file, as their stores would on read. */
export async function verifierFichiers(f: FichiersTravail | undefined): Promise<FichiersVerifies> {
  const r: FichiersVerifies = { refuses: [] };
  if (f?.import !== undefined) {
    const i = verifierImport(f.import);
    if (i) r.import = i;
    else r.refuses.push('fichier importé');
  }
  if (f?.dossier !== undefined) {
    const { validerDossier } = await import('../lib/dossier/lecture.ts');
    const brut = f.dossier as { dossier?: unknown; etape?: unknown } | null;
    const lu = validerDossier({ donnees: brut?.dossier });
    const etape = brut?.etape;
    if (lu.ok)
      r.dossier = {
        dossier: lu.valeur,
        etape:
          typeof etape === 'number' && Number.isInteger(etape) && etape >= 0 && etape < 8
            ? etape
            : 0,
      };
    else r.refuses.push('Mon dossier');
  }
  return r;
}

/**
 * The localStorage values to import, made coherent with the file's rows: the description of the
 * imported file comes from the rows restored (kept: the file's currency), and is dropped when the
 * work file has no rows; then « mon-fichier » as the company studied is dropped too unless this
 * browser already has a file of its own. Says, in French, what is missing.
 */
export function valeursCoherentes({
  valeurs,
  fichiers,
  metaActuelle,
}: {
  valeurs: Record<string, string>;
  fichiers: FichiersVerifies;
  metaActuelle: string | null;
}): { valeurs: Record<string, string>; absent?: string } {
  const v = { ...valeurs };
  let meta: Partial<MetaImport> | null = null;
  try {
    meta = JSON.parse(v[CLE_META] ?? 'null') as Partial<MetaImport> | null;
  } catch {
    meta = null;
  }
  if (fichiers.import) {
    const { nom, importeLe, prospects } = fichiers.import;
    v[CLE_META] = JSON.stringify({
      nom,
      lignes: prospects.length,
      importeLe,
      devise: meta?.devise === 'MAD' ? 'MAD' : 'EUR',
    });
    return { valeurs: v };
  }
  const nommeFichier = meta !== null || v[CLE_ENTREPRISE] === JSON.stringify(ID_IMPORT);
  delete v[CLE_META];
  if (v[CLE_ENTREPRISE] === JSON.stringify(ID_IMPORT) && metaActuelle === null)
    delete v[CLE_ENTREPRISE];
  return nommeFichier
    ? {
        valeurs: v,
        absent: `Fichier importé absent de la sauvegarde${meta?.nom ? ` («\u00a0${meta.nom}\u00a0»)` : ''}\u202f: importez à nouveau votre CSV sur la page Données.`,
      }
    : { valeurs: v };
}

/**
 * Writes the checked parts to IndexedDB (before any localStorage value, see above). Returns what
 * could not be written, in French; the dossier's journal of unsaved edits is emptied, or it
 * would be replayed over the restored dossier.
 */
export async function ecrireFichiers(
  f: FichiersVerifies,
  ecrireCle: (cle: string, texte: string | undefined) => boolean,
): Promise<{ echecs: string[] }> {
  const echecs: string[] = [];
  if (f.import)
    await ecrireIDB(CLE_IMPORT, { version: 1, ...f.import }).catch(() =>
      echecs.push('fichier importé'),
    );
  if (f.dossier)
    await ecrireIDB(CLE_DOSSIER, f.dossier).then(
      () => ecrireCle(JOURNAL_DOSSIER, undefined),
      () => echecs.push('Mon dossier'),
    );
  return { echecs };
}
