/**
 * The plain-French reading of a Monte Carlo spread (chapter 7's methods, chapter 10's funnel):
 * « 9 campagnes sur 10 gagnent au moins 2 clients, 1 sur 10 gagne plus de 5 clients ». One
 * builder for both chapters, right for 0 (« aucun client », never « au moins aucun client »),
 * 1 (« plus d’un client », never « plus de 1 client ») and many.
 */
import { accorder } from '../commun/accord.ts';

/** What is counted and what the campaign does to it: `{ singulier: 'client', … verbe: ['gagne', 'gagnent'] }`. */
export interface Compte {
  singulier: string;
  pluriel: string;
  feminin?: boolean;
  /** The verb, third person singular then plural (« gagne », « gagnent »). */
  verbe: readonly [string, string];
  /** Decimals shown (0 by default: whole people or orders). */
  decimales?: number;
}

/**
 * How the P10 / P90 of the simulated campaigns read, starting in lower case (it follows a colon
 * or is capitalised by the caller). A P90 of 0 means at least 9 campaigns in 10 win nothing.
 */
export function lireQuantiles({ p10, p90 }: { p10: number; p90: number }, compte: Compte): string {
  const { singulier, pluriel, feminin = false, verbe, decimales = 0 } = compte;
  const arrondi = (n: number) => (Number.isFinite(n) ? Number(n.toFixed(decimales)) : 0);
  const aucun = `${feminin ? 'aucune' : 'aucun'}\u00a0${singulier}`;
  const [verbeSingulier, verbePluriel] = verbe;
  if (arrondi(p90) <= 0) return `au moins 9 campagnes sur 10 ne ${verbePluriel} ${aucun}`;
  const bas =
    arrondi(p10) > 0
      ? `9 campagnes sur 10 ${verbePluriel} au moins ${accorder(p10, singulier, pluriel, { feminin, decimales })}`
      : `plus d’une campagne sur 10 ne ${verbeSingulier} ${aucun}`;
  const plus =
    arrondi(p90) === 1
      ? `d’${feminin ? 'une' : 'un'}\u00a0${singulier}`
      : `de ${accorder(p90, singulier, pluriel, { feminin, decimales })}`;
  return `${bas}, 1 sur 10 ${verbeSingulier} plus ${plus}`;
}
