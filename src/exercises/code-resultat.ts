/**
 * The « code de résultat »: a learner's results in a few characters, shown on /bilan/ and typed
 * or pasted by the trainer on /classe/ when passing files around is impractical (phones, a
 * projector, a paper sheet). For each chapter, in course order, one symbol gives the exercises
 * succeeded at least once (0 to 30); two symbols of checksum follow, so that a mistyped or
 * truncated code is refused rather than read as other results. The alphabet is the version
 * codes' one (no 0, O, 1, I, L: nothing to confuse when copied by hand).
 *
 *   RP-<one symbol per chapter>-<2 checksum symbols>, e.g. RP-5320000000000-K7
 *
 * A name may precede the code on the same line (« Camille Martin : RP-… »). The count of
 * chapters is part of the checksum, so a code made for another course outline is refused.
 */
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';

// The version codes' alphabet (format-code.ts), repeated here so that /classe/ does not share its chunk.
const ALPHABET_CODE = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = ALPHABET_CODE.length; // 31
/** The largest count a symbol holds. */
export const MAX_PAR_CHAPITRE = BASE - 1;
const PREFIXE = 'RP';

function somme(valeurs: readonly number[]): [number, number] {
  // Two weighted sums modulo 31 (a prime): any single wrong symbol, or two swapped, changes them.
  let a = valeurs.length % BASE,
    b = 7;
  valeurs.forEach((v, i) => {
    a = (a + v * (i + 1)) % BASE;
    b = (b + v * ((i * i + 3 * i + 5) % BASE)) % BASE;
  });
  return [a, b];
}

/** The code of a learner's results: `reussis[i]` exercises succeeded in the i-th chapter. */
export function creerCodeResultat(reussis: readonly number[]): string {
  const v = reussis.map((n) => Math.max(0, Math.min(MAX_PAR_CHAPITRE, Math.trunc(n) || 0)));
  const [a, b] = somme(v);
  return `${PREFIXE}-${v.map((n) => ALPHABET_CODE[n]).join('')}-${ALPHABET_CODE[a]}${ALPHABET_CODE[b]}`;
}

/** One line typed by the trainer, read: the name before the code (may be empty) and the counts per chapter. */
export interface ResultatCode {
  nom: string;
  reussis: number[];
}

/** Reads « Nom : RP-…-.. » (spaces, case and hyphens inside the code do not matter); French reason when refused. */
export function lireCodeResultat(ligne: string, chapitres: number): Resultat<ResultatCode> {
  const texte = ligne.trim().slice(0, 200);
  const m = /^(.*?)[\s:;,–-]*\bRP\b[\s-]*([A-Za-z0-9][A-Za-z0-9\s-]*)$/i.exec(texte);
  if (!m)
    return echec(
      `«\u00a0${texte.slice(0, 40)}\u00a0» n’est pas un code de résultat (il commence par RP-, par exemple RP-5320000000000-K7).`,
    );
  const nom = m[1].trim();
  const corps = m[2].replace(/[\s-]+/g, '').toUpperCase();
  // The line as the trainer typed it, so they find it (a rebuilt code lost the hyphen they typed).
  const cite = `«\u00a0${texte.length > 60 ? `${texte.slice(0, 60)}…` : texte}\u00a0»`;
  if (corps.length !== chapitres + 2)
    return echec(
      `Le code ${cite} devrait compter ${chapitres + 2}\u00a0caractères après RP- (un par chapitre, puis deux de contrôle)\u202f: il en a ${corps.length}. Recopiez-le depuis la page «\u00a0Mon bilan\u00a0».`,
    );
  if (/[01ILO]/.test(corps))
    return echec(
      `Le code ${cite} contient 0, O, 1, I ou L, qui n’existent pas dans un code\u202f: vérifiez la copie.`,
    );
  const valeurs = [...corps].map((c) => ALPHABET_CODE.indexOf(c));
  if (valeurs.some((v) => v < 0))
    return echec(`Le code ${cite} ne contient que des chiffres et des lettres majuscules.`);
  const reussis = valeurs.slice(0, chapitres);
  const [a, b] = somme(reussis);
  if (valeurs[chapitres] !== a || valeurs[chapitres + 1] !== b)
    return echec(
      `Le code ${cite} est mal recopié (les deux derniers caractères ne correspondent pas)\u202f: demandez à l’élève de le relire sur sa page «\u00a0Mon bilan\u00a0».`,
    );
  return ok({ nom, reussis });
}
