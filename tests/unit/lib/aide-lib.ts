/** Shared helpers for the src/lib tests (not a test file itself). */
import fc from 'fast-check';
import type { Resultat } from '@lib/commun/resultat.ts';

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
