/**
 * Every computation of the course answers with a `Resultat`: a value, or a French error
 * naming the field at fault. No NaN, no Infinity, no exception for bad input (ARCHITECTURE rule 3).
 */

/** A French error message, optionally tied to the input field (parameter name) that caused it. */
export interface ErreurDeSaisie {
  /** Name of the parameter at fault, as in the function's parameter object (`prixVenteHT`). */
  champ?: string;
  /** A sentence in French the learner can act on (« Le prix de vente HT doit être positif. »). */
  message: string;
}

/** The result of a computation: `{ ok: true, valeur }` or `{ ok: false, erreur }`. */
export type Resultat<T> = { ok: true; valeur: T } | { ok: false; erreur: ErreurDeSaisie };

/** Wraps a valid value. */
export function ok<T>(valeur: T): Resultat<T> {
  return { ok: true, valeur };
}

/** Wraps an error on a field. */
export function echec<T = never>(message: string, champ?: string): Resultat<T> {
  return champ === undefined
    ? { ok: false, erreur: { message } }
    : { ok: false, erreur: { champ, message } };
}

/** Applies `f` to a valid value; passes an error through unchanged. */
export function map<T, U>(r: Resultat<T>, f: (v: T) => U): Resultat<U> {
  return r.ok ? ok(f(r.valeur)) : r;
}

/** Chains a computation that may itself fail. */
export function chain<T, U>(r: Resultat<T>, f: (v: T) => Resultat<U>): Resultat<U> {
  return r.ok ? f(r.valeur) : r;
}

/**
 * Guards a final number: a computation that would produce NaN or ±Infinity
 * becomes an error instead (belt and braces behind the field checks).
 */
export function fini(
  valeur: number,
  message = 'Le calcul ne donne pas de nombre valide.',
  champ?: string,
): Resultat<number> {
  return Number.isFinite(valeur) ? ok(valeur) : echec(message, champ);
}

/**
 * A form checked field by field (a grid, a query, thresholds): the value when every field is
 * valid, else each faulty field's French message, so the island can show them all at once.
 * The one shape for several errors; a single error is a `Resultat`.
 */
export type ResultatChamps<T, C extends PropertyKey = string> =
  { ok: true; valeur: T } | { ok: false; erreurs: Partial<Record<C, string>> };

/** The field errors of a form's result: none when it is valid. */
export function erreursDe<C extends PropertyKey>(
  r: ResultatChamps<unknown, C>,
): Partial<Record<C, string>> {
  return r.ok ? {} : r.erreurs;
}
