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

const CHIFFRE = /^([\u2212-]?)(\d{1,3}(?:[\u202f\u00a0 ]\d{3})*)(?:,(\d+))?(.*)$/u;

/**
 * A figure as the site writes it in full (« 14 000 000 DH », « 400 000 € », « 2 500 ») made short
 * for a value axis too narrow for it: Chart.js clips a long label from the left, and on a phone ch
 * 2's Pareto axis read « 4000 000 DH » for 14 000 000 (session 11). Millions become « M »,
 * thousands « k », to two decimals at most (« 12,5 M DH », « 400 k€ »); the unit is kept. A figure
 * under 1 000, a percentage or a text that is not a figure is returned unchanged.
 */
export function compacterChiffre(texte: string): string {
  const m = CHIFFRE.exec(texte);
  if (!m) return texte;
  const [, signe, entier, decimales = '', reste] = m;
  const unite = reste.trim();
  const valeur = Number(`${entier.replace(/\D/g, '')}.${decimales || '0'}`);
  if (valeur < 1000 || unite.includes('%')) return texte;
  const [diviseur, lettre] = valeur >= 1e6 ? [1e6, 'M'] : [1e3, 'k'];
  const arrondi = Math.round((valeur / diviseur) * 100) / 100;
  const nombre = String(arrondi).replace('.', ',');
  const suffixe = unite === '' ? lettre : unite === '€' ? `${lettre}€` : `${lettre}\u00a0${unite}`;
  return `${signe}${nombre}\u00a0${suffixe}`;
}
