/**
 * The course's figures are written in euros; shown to a company in dirhams they are converted at
 * one rate, an order of magnitude (chapter 7's default costs, the lesson's examples of chapters 9
 * and 11). Apart from nombres.ts, which every page loads: only the simulators that convert pay.
 */
import { nombreSaisissable, parseNombre } from './nombres.ts';

/** Dirhams for one euro when the course's figures, written in euros, are shown to a company in dirhams (an order of magnitude). */
export const DH_PAR_EURO = 10;

/**
 * An amount of the course, typed in euros as the lesson writes it (« 17 200 »), as it is typed for a
 * company in `devise`: unchanged in euros, × DH_PAR_EURO in dirhams, as chapter 7 converts the
 * course's default figures (text that does not read as a number is left as it is).
 */
export function montantDuCours(texte: string, devise: 'EUR' | 'MAD'): string {
  if (devise === 'EUR') return texte;
  const n = parseNombre(texte);
  return n.ok ? nombreSaisissable(n.valeur * DH_PAR_EURO, 2) : texte;
}
