/**
 * The phone role-play of chapter 13: per company, the version code (it picks the scenario and
 * the order of the replies, src/lib/jeu-de-role/partie.ts) and the replies chosen so far, by
 * their index in the dialogue file. Stored under `atelier:v1:jeu-de-role`.
 *
 * HOW IT CAN GO STALE: a dialogue edited after a game was stored may no longer accept the same
 * replies; `jouer` then answers with an error and the island restarts the call (the code stays).
 * A stored value of another shape is set aside and reported (persistance.ts).
 */
import { ALPHABET_CODE } from '../exercises/format-code.ts';
import { saisieParEntreprise } from './par-entreprise.ts';

/** A game in progress. */
export interface PartieStockee {
  /** Version code, four characters of the exercises' alphabet. */
  code: string;
  /** Index (in the file's order) of each reply chosen. */
  choix: number[];
}

const FORME = new RegExp(`^[${ALPHABET_CODE}]{4}$`);

/** The first code a company's role-play opens on (the same for everyone, like an exercise's first version). */
export const CODE_DEPART = 'K7Q2';

function valider(brut: unknown): PartieStockee | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const b = brut as Record<string, unknown>;
  if (
    typeof b.code !== 'string' ||
    !FORME.test(b.code) ||
    !Array.isArray(b.choix) ||
    b.choix.length > 40
  )
    return undefined;
  if (!b.choix.every((c) => Number.isInteger(c) && c >= 0 && c < 4)) return undefined;
  return { code: b.code, choix: b.choix as number[] };
}

const partie = saisieParEntreprise<PartieStockee>({
  nom: 'jeu-de-role',
  libelle: 'du jeu de rôle téléphonique (chapitre 13)',
  defaut: () => ({ code: CODE_DEPART, choix: [] }),
  valider,
});

/** The current company's game. */
export const $partie = partie.$saisie;

/** Records one more reply. */
export function repondre(index: number): void {
  const p = $partie.get();
  partie.definir({ ...p, choix: [...p.choix, index] });
}

/** Starts the same call again (same code). */
export function recommencer(): void {
  partie.definir({ ...$partie.get(), choix: [] });
}

/** Starts the call of another version code. */
export function changerCode(code: string): void {
  partie.definir({ code, choix: [] });
}
