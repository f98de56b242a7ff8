/**
 * French sentences built from numbers (issue 14, « people are whole »): a noun that agrees with
 * its count (« aucune commande », « 1 commande », « 1,5 commande », « 2 commandes »: in French the
 * plural starts at 2), and the preposition « de » / « à » joined to what follows (« du budget »,
 * « de l’entonnoir », « des taux », never « de le »).
 */
import { formatNombre } from './nombres.ts';

const nombre = (n: number, decimales: number) => formatNombre(n, decimales);

/**
 * « 2 commandes », « 1 commande », « aucune commande » (0 is said in words; `feminin` picks
 * « aucune »). `decimales`: how many decimals to show (0 by default: counts of people).
 */
export function accorder(
  n: number,
  singulier: string,
  pluriel: string,
  { feminin = false, decimales = 0 }: { feminin?: boolean; decimales?: number } = {},
): string {
  if (!Number.isFinite(n)) return pluriel;
  const arrondi = Number(n.toFixed(decimales));
  if (arrondi === 0) return `${feminin ? 'aucune' : 'aucun'}\u00a0${singulier}`;
  return `${nombre(arrondi, decimales)}\u00a0${Math.abs(arrondi) < 2 ? singulier : pluriel}`;
}

const VOYELLE = /^[aeiouyhàâäéèêëîïôöùûü]/i;

/** « de » before a noun group: « du budget », « des taux », « de la marge », « de l’entonnoir », « d’un plan ». */
export function de(groupe: string): string {
  if (/^le /i.test(groupe)) return `du ${groupe.slice(3)}`;
  if (/^les /i.test(groupe)) return `des ${groupe.slice(4)}`;
  if (/^(la |l’|l')/i.test(groupe)) return `de ${groupe}`;
  return VOYELLE.test(groupe) ? `d’${groupe}` : `de ${groupe}`;
}

/** « à » before a noun group: « au chapitre 9 », « aux taux », « à la sélection », « à l’entonnoir ». */
export function a(groupe: string): string {
  if (/^le /i.test(groupe)) return `au ${groupe.slice(3)}`;
  if (/^les /i.test(groupe)) return `aux ${groupe.slice(4)}`;
  return `à ${groupe}`;
}

/** « A », « A et B », « A, B et C ». */
export function enumerer(elements: readonly string[]): string {
  if (elements.length < 2) return elements.join('');
  return `${elements.slice(0, -1).join(', ')} et ${elements[elements.length - 1]}`;
}
