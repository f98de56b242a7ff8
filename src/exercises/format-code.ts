/**
 * The form of a version code (see codes.ts): its alphabet, length, normal form and the French
 * message for a mistyped one. Apart from codes.ts, which draws codes with the seeded PRNG, so that
 * what every page needs to read a code does not ship the generator (ARCHITECTURE budgets).
 */
/** Symbols a code is made of: digits 2–9 and capitals except I, L, O. */
export const ALPHABET_CODE = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Number of characters in a code. */
export const LONGUEUR_CODE = 4;

const FORME_CODE = new RegExp(`^[${ALPHABET_CODE}]{${LONGUEUR_CODE}}$`);

/** The canonical form of what a learner typed: trimmed, inner spaces and hyphens dropped, upper case. */
export function normaliserCode(texte: string): string {
  return texte
    .trim()
    .replace(/[\s\u00a0\u202f-]+/g, '')
    .toUpperCase();
}

/** `true` when the text (any case, surrounding spaces allowed) is a well-formed code. */
export function codeValide(texte: string): boolean {
  return FORME_CODE.test(normaliserCode(texte));
}

/** French explanation of why a typed code is refused, or `undefined` when it is valid. */
export function erreurCode(texte: string): string | undefined {
  const code = normaliserCode(texte);
  if (code.length !== LONGUEUR_CODE)
    return `Un code compte ${LONGUEUR_CODE}\u202fcaractères, par exemple K7Q2.`;
  if (/[01ILO]/.test(code)) return 'Un code ne contient ni 0, ni O, ni 1, ni I, ni L.';
  if (!FORME_CODE.test(code))
    return 'Un code ne contient que des chiffres et des lettres majuscules.';
  return undefined;
}

/** The seed of one version of one exercise: the same code gives different numbers per exercise. */
export function graineVersion({ exerciceId, code }: { exerciceId: string; code: string }): string {
  return `${exerciceId}#${normaliserCode(code)}`;
}
