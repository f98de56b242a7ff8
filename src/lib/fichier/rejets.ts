/** Counting the rejected lines of an import (kept apart from import-prospects.ts, which the page does not load). */
/**
 * How many lines a list of rejections is about: a line can be refused for two reasons (a quote
 * never closed, and the cell count it left), and counting reasons gave « 2 lignes lues, 3 lignes
 * rejetées » (session 11).
 */
export function lignesRejetees(rejets: readonly { ligne: number }[]): number {
  return new Set(rejets.map((r) => r.ligne)).size;
}
