/**
 * Version codes: a trainer reads « K7Q2 » aloud or writes it on the board, and the whole
 * class gets the same numbers. Four characters from an alphabet without the look-alikes
 * 0/O and 1/I/L (31 symbols, 923 521 versions per exercise). The seed of a version is the
 * exercise id plus the code, so one code gives different numbers in each exercise of a
 * series instead of repeating the same draw everywhere.
 */
import { type Aleatoire, choisir, creerAleatoire } from '../lib/commun/aleatoire.ts';
import { ALPHABET_CODE, graineVersion, LONGUEUR_CODE } from './format-code.ts';

export {
  ALPHABET_CODE,
  LONGUEUR_CODE,
  normaliserCode,
  codeValide,
  erreurCode,
  graineVersion,
} from './format-code.ts';

/** Draws a new code from a seeded source (the UI seeds it from the clock: codes need not be secret). */
export function nouveauCode(alea: Aleatoire): string {
  let code = '';
  for (let i = 0; i < LONGUEUR_CODE; i++) code += choisir(alea, [...ALPHABET_CODE]);
  return code;
}

/** The seeded source a generator draws its version from. */
export function aleaVersion(params: { exerciceId: string; code: string }): Aleatoire {
  return creerAleatoire(graineVersion(params));
}
