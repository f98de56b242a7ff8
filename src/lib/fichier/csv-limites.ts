/**
 * The limits of a CSV import (see csv.ts), apart from the parser so that the import page can
 * refuse a file before loading anything: 20 MB and 100 000 rows. Beyond, the browser of a phone
 * runs out of memory, and a prospect file that size is a database, not a course exercise.
 */
import { formatNombre } from '../commun/nombres.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';

/** Largest file accepted, in bytes (20 MB). */
export const LIMITE_OCTETS = 20 * 1024 * 1024;
/** Most data rows accepted (header excluded). */
export const LIMITE_LIGNES = 100_000;
/** Columns read at most: a 20 000-column file froze the mapping step (issue 15); no prospect file needs more than this. */
export const LIMITE_COLONNES = 200;

/** Refuses a file too heavy to import, before reading it. */
export function verifierTaille({ octets }: { octets: number }): Resultat<number> {
  if (!Number.isFinite(octets) || octets < 0)
    return echec('La taille du fichier est illisible.', 'octets');
  if (octets === 0) return echec('Le fichier est vide.', 'octets');
  if (octets > LIMITE_OCTETS) {
    return echec(
      `Le fichier pèse ${formatNombre(octets / 1024 / 1024, 1)}\u00a0Mo, au-delà de la limite de 20\u00a0Mo\u202f: rien n’a été importé. Découpez-le ou retirez les colonnes inutiles, puis recommencez.`,
      'octets',
    );
  }
  return ok(octets);
}
