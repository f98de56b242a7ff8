/**
 * The class limits of a méthode ABC (chapter 2), apart from the classification itself
 * (portefeuille.ts): a form checks the thresholds the learner types before the sales file and
 * the analysis code have loaded, and must not pull the whole analysis into the page for it.
 * Thresholds are cumulative shares of the value, as fractions: A up to `a`, B up to `b`,
 * with 0 < a < b ≤ 1 (b = 1 leaves the C class empty, which is allowed).
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { estFini, formatNombre } from '../commun/nombres.ts';

/** ABC thresholds as cumulative shares (fractions): A up to `a`, B up to `b`. */
export interface SeuilsABC {
  a: number;
  b: number;
}

const pourcent = (x: number) => `${formatNombre(x * 100, 2)}\u202f%`;

/** Checks ABC thresholds: 0 < a < b ≤ 1, with a French message naming the faulty one. */
export function verifierSeuilsABC({ seuils }: { seuils: SeuilsABC }): Resultat<SeuilsABC> {
  const { a, b } = seuils ?? ({} as SeuilsABC);
  if (!estFini(a) || a <= 0 || a >= 1)
    return echec(
      'Le seuil de la classe A doit être compris entre 0 et 100\u202f% (exclus).',
      'seuils.a',
    );
  if (!estFini(b) || b > 1)
    return echec('Le seuil de la classe B doit être au plus 100\u202f%.', 'seuils.b');
  if (b <= a)
    return echec(
      `Le seuil de la classe B doit dépasser celui de la classe A (${pourcent(a)}).`,
      'seuils.b',
    );
  return ok({ a, b });
}
