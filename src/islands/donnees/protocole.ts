/** Messages between the import island and its Web Worker (import.worker.ts). */
import type { Encodage, Separateur } from '../../lib/fichier/csv.ts';
import type { Correspondance } from '../../lib/fichier/correspondance.ts';
import type { OptionsImport, RapportImport } from '../../lib/fichier/import-prospects.ts';

/** Page → worker: read a file, then convert its rows with the confirmed mapping. */
export type MessageImport =
  | { type: 'lire'; fichier: Blob }
  | { type: 'convertir'; correspondance: Correspondance; options: OptionsImport };

/** What the page learns about a read file before mapping its columns. */
export interface Lecture {
  entetes: string[];
  apercu: string[][];
  lignes: number;
  separateur: Separateur;
  encodage: Encodage;
  lignesVides: number;
  erreurs: { ligne: number; raison: string }[];
  correspondance: Correspondance;
  /** The country the rows point to, when they do clearly (pays-probable.ts). */
  pays?: { pays: 'FR' | 'MA'; indices: string };
}

/** Worker → page. `correspondance: true` on an error means the mapping must be changed. */
export type ReponseImport =
  | { type: 'progression'; etape: 'lecture' | 'conversion'; part: number }
  | ({ type: 'lu' } & Lecture)
  | { type: 'converti'; rapport: RapportImport }
  | { type: 'erreur'; message: string; correspondance?: boolean };
