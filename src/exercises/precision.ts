/**
 * The precision a numeric answer is checked to, said in words next to its field (« au dixième
 * près »), from its tolerance: a learner who rounds to the unit, as many BTS answer keys do, was
 * told « pas assez » for 43 % when 42,9 % was expected, with nothing in the statement saying so
 * (trainer's test). The step named is the coarsest rounding whose error the tolerance accepts.
 */
import type { ReponseAttendue, VersionNumerique } from './generateur.ts';

const PAS: [number, string][] = [
  [100, 'à la centaine près'],
  [10, 'à la dizaine près'],
  [1, 'à l’unité près'],
  [0.1, 'au dixième près'],
  [0.01, 'au centième près'],
  [0.001, 'au millième près'],
];

/** The largest gap a check accepts around `attendu` (unit of the answer: a fraction for a rate). */
export function ecartAdmis({
  attendu,
  tolerance,
}: Pick<ReponseAttendue, 'attendu' | 'tolerance'>): number {
  return Math.max(tolerance.absolue ?? 0, (tolerance.relative ?? 0) * Math.abs(attendu));
}

/** « au dixième près » for a rate accepted within 0,05 point; undefined when the answer must be exact. */
export function precisionAttendue(
  r: Pick<ReponseAttendue, 'attendu' | 'unite' | 'tolerance'>,
): string | undefined {
  const echelle = r.unite === '%' ? 100 : 1;
  const ecart = ecartAdmis(r) * echelle;
  // A rounding to step s is off by s / 2 at most; the float margin keeps 0,05 from missing 0,1.
  return PAS.find(([pas]) => pas / 2 <= ecart * (1 + 1e-9))?.[1];
}

/** A field's label with its precision: « Taux de marge (en %, au dixième près) », « CA (à l’unité près) ». */
export function libelleAvecPrecision(
  r: Pick<ReponseAttendue, 'libelle' | 'attendu' | 'unite' | 'tolerance'>,
): string {
  const p = precisionAttendue(r);
  if (!p) return r.libelle;
  return r.libelle.endsWith(')') ? `${r.libelle.slice(0, -1)}, ${p})` : `${r.libelle} (${p})`;
}

/**
 * A version whose fields carry their label with its precision (`etiquette`): done where the
 * version is drawn (at build time for the page's first one, with the generators for the others),
 * so that the exercise island does not load this module with a chapter's first JS.
 */
export function avecEtiquettes(v: VersionNumerique): VersionNumerique {
  return { ...v, reponses: v.reponses.map((r) => ({ ...r, etiquette: libelleAvecPrecision(r) })) };
}
