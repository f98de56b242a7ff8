/**
 * Small helpers of the dataset generator: weighted draws, shuffles, Poisson counts, dates as day
 * numbers and the text forms used for e-mail addresses. Everything draws from a seeded
 * `Aleatoire` (src/lib/commun/aleatoire.ts), never from Math.random, so the same seed writes the same bytes.
 */
import { normale, type Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import { isoDepuisJour, jourDepuisISO } from '../../src/lib/commun/dates.ts';
import { sansAccents } from '../../src/lib/commun/texte.ts';

/** A value and its weight in a weighted draw. */
export type Pondere<T> = readonly [valeur: T, poids: number];

/** One value drawn with probability proportional to its weight. */
export function tirerPondere<T>(alea: Aleatoire, liste: readonly Pondere<T>[]): T {
  const total = liste.reduce((s, [, p]) => s + p, 0);
  let u = alea() * total;
  for (const [v, p] of liste) {
    if (u < p) return v;
    u -= p;
  }
  return liste[liste.length - 1][0];
}

/** True with probability `p`. */
export function bernoulli(alea: Aleatoire, p: number): boolean {
  return alea() < p;
}

/** A shuffled copy (Fisher–Yates). */
export function melanger<T>(alea: Aleatoire, liste: readonly T[]): T[] {
  const r = [...liste];
  for (let i = r.length - 1; i > 0; i--) {
    const j = Math.floor(alea() * (i + 1));
    [r[i], r[j]] = [r[j], r[i]];
  }
  return r;
}

/** A Poisson count of mean `lambda` (Knuth; the means used here stay small). */
export function poisson(alea: Aleatoire, lambda: number): number {
  if (lambda <= 0) return 0;
  const l = Math.exp(-lambda);
  let k = 0,
    p = 1;
  do {
    k++;
    p *= alea();
  } while (p > l && k < 1000);
  return k - 1;
}

/** A log-normal multiplier of median 1 (spread of amounts around their expected value). */
export function facteurLogNormal(alea: Aleatoire, sigma: number): number {
  return Math.exp(normale(alea, 0, sigma));
}

/** Day number of an ISO date the generator wrote itself (a programming error if it is not valid). */
export function jour(iso: string): number {
  const j = jourDepuisISO(iso);
  if (j === null) throw new Error(`Date invalide dans le générateur : ${iso}`);
  return j;
}

/** ISO date of a day number. */
export const iso = isoDepuisJour;

/** A day drawn uniformly between two day numbers (both included). */
export function jourEntre(alea: Aleatoire, debut: number, fin: number): number {
  return debut + Math.floor(alea() * (fin - debut + 1));
}

/** Text reduced to what an e-mail address or a domain may hold: « Aït Ouahmane » → « ait-ouahmane ». */
export function slug(texte: string, lien = '-'): string {
  return sansAccents(texte.toLowerCase())
    .replace(/[’']/g, '')
    .replace(/&/g, ' et ')
    .replace(/[^a-z0-9]+/g, lien)
    .replace(new RegExp(`^\\${lien}+|\\${lien}+$`, 'g'), '');
}

/** An amount written with two decimals and a decimal point (machine-readable files). */
export function montant(x: number): string {
  return (Math.round(x * 100) / 100).toFixed(2);
}

/** Rounds to a multiple of `pas` (prices, budgets: nobody writes 41 873,22 in a plan). */
export function arrondirA(x: number, pas: number): number {
  return Math.round(x / pas) * pas;
}
