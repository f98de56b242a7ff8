/**
 * Shortening a chart's category names to the room they have, measured rather than guessed: a bar
 * chart lying down draws its names beside the bars in at most half the chart's width, and
 * Chart.js clips a longer name from the left (at 320 px ch 9's actions lost their first
 * letters). No Chart.js here: the measure is passed in (the canvas's `measureText` in the chart,
 * a fake in the tests).
 */

/** Ellipsis put after a shortened name. */
export const POINTS = '…';

/**
 * The name as drawn: whole when it measures at most `largeur` (and has at most `maxLettres`
 * letters, when a cap is given), otherwise its longest start that, followed by « … », does both. Measures grow with
 * the start's length, so a binary search finds it in a few measures. When not even « … » fits,
 * « … » (an empty label would hide that a bar has a name).
 */
export function raccourcirEtiquette({
  texte,
  largeur,
  mesurer,
  maxLettres = Infinity,
}: {
  texte: string;
  /** Room for the name, in the unit of `mesurer` (CSS pixels in a chart). */
  largeur: number;
  /** Width of a text in the chart's tick font. */
  mesurer: (t: string) => number;
  /**
   * Longest name shown whole, whatever the room, for an axis that cannot measure its room (the
   * full names are in the data table). None by default: a measured room is the only limit, so a
   * wide chart shows long names whole (ch 9 at 1366 px cut them at 24 letters with room to spare).
   */
  maxLettres?: number;
}): string {
  const lettres = Array.from(texte); // code points: never cut an emoji or a surrogate pair in two
  if (lettres.length <= maxLettres && mesurer(texte) <= largeur) return texte;
  const debut = (n: number) => lettres.slice(0, n).join('').trimEnd() + POINTS;
  // Largest n in [0, maxLettres − 1] whose start fits; n = 0 (« … » alone) when none does.
  let bas = 0,
    haut = Math.min(lettres.length, maxLettres) - 1;
  while (bas < haut) {
    const milieu = Math.ceil((bas + haut) / 2);
    if (mesurer(debut(milieu)) <= largeur) bas = milieu;
    else haut = milieu - 1;
  }
  return debut(bas);
}
