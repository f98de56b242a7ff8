/** Shared helpers for the src/lib tests (not a test file itself). */
import fc from 'fast-check';
import type { Resultat, ResultatChamps } from '@lib/commun/resultat.ts';

/** The value of a successful result; a failure fails the test with its French message. */
export function v<T>(r: Resultat<T>): T {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
}

/** The error of a failed result, or `undefined`. */
export const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

/** Any double, with the awkward ones made frequent: NaN, ±Infinity, −0, huge and tiny values. */
export const nimporte = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1, -1, 0.5, 1e308, -1e308, 5e-324),
  fc.double({ min: -2, max: 2, noNaN: true }),
);

/** True when a result is an error or a finite number. */
export const fini = (r: Resultat<number>): boolean => !r.ok || Number.isFinite(r.valeur);

/** Every number reachable in a value: the « never NaN, never Infinity » properties check them all. */
export const nombresDe = (x: unknown): number[] =>
  typeof x === 'number'
    ? [x]
    : x && typeof x === 'object'
      ? Object.values(x).flatMap(nombresDe)
      : [];

/** Texts no number field accepts: empty, letters, two decimal commas. */
export const texteIllisible = fc.constantFrom('', 'abc', '1,2,3', 'douze');

/**
 * The property every simulator's evaluation keeps (issue 20): a valid input gives `ok: true` with
 * finite numbers only; the same input with one field made unreadable gives `ok: false` with an
 * error on exactly that field, so the island flags the field the learner has to change.
 */
export function proprieteDesChamps<S, C extends PropertyKey>({
  evaluer,
  saisie,
  champs,
}: {
  evaluer: (s: S) => ResultatChamps<unknown, C>;
  /** Valid inputs. */
  saisie: fc.Arbitrary<S>;
  /** Each field, with how to put a text into it. */
  champs: readonly { champ: C; mettre: (s: S, texte: string) => S }[];
}): void {
  fc.assert(
    fc.property(saisie, (s) => {
      const r = evaluer(s);
      if (!r.ok) throw new Error(`saisie valide refusée : ${JSON.stringify(r.erreurs)}`);
      if (!nombresDe(r.valeur).every(Number.isFinite)) throw new Error('NaN ou Infinity');
    }),
  );
  fc.assert(
    fc.property(saisie, fc.nat(champs.length - 1), texteIllisible, (s, i, texte) => {
      const { champ, mettre } = champs[i];
      const r = evaluer(mettre(s, texte));
      if (r.ok) throw new Error(`« ${texte} » accepté dans ${String(champ)}`);
      const fautifs = Object.keys(r.erreurs);
      if (fautifs.length !== 1 || fautifs[0] !== String(champ))
        throw new Error(
          `erreur attendue sur ${String(champ)} seul, reçue sur ${fautifs.join(', ')}`,
        );
    }),
  );
}

/** The value of a form's result, or `undefined` while a field is in error. */
export const valeurDe = <T>(r: ResultatChamps<T, PropertyKey>): T | undefined =>
  r.ok ? r.valeur : undefined;
