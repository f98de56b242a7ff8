/**
 * Amounts of « Mon dossier » and their currency (session 11): an amount typed in the other
 * currency is refused rather than taken as the dossier's (« 3 000 € » in a DH dossier became
 * 3 000 DH without a word), and an amount kept to the cent shows its cents, so that what is shown
 * adds up (25 000 + 12 000,50 + 3 000 showed « 40 001 », and 90 000 − that « 50 000 »).
 */

const EURO = /€|\beur(o|os)?\b/i;
const DIRHAM = /\b(dh|dhs|mad|dirhams?)\b/i;

/** The French message when `texte` names the other currency than the dossier's, else undefined. */
export function autreDevise({
  texte,
  devise,
}: {
  texte: string;
  devise: 'EUR' | 'MAD';
}): string | undefined {
  if (devise === 'MAD' && EURO.test(texte))
    return 'Ce dossier compte en DH\u202f: tapez le montant en dirhams, sans «\u00a0€\u00a0» (la devise se change à l’étape 1).';
  if (devise === 'EUR' && DIRHAM.test(texte))
    return 'Ce dossier compte en euros\u202f: tapez le montant en euros, sans «\u00a0DH\u00a0» (la devise se change à l’étape 1).';
  return undefined;
}

/**
 * Decimals to show for an amount: 2 below 100 (as before) and for an amount kept to the cent
 * (typed with cents, or a sum or difference of such amounts); 0 for a whole amount or a computed
 * average (1 718,146… DH shows « 1 718 DH »).
 */
export function decimalesMontant(valeur: number): 0 | 2 {
  if (Math.abs(valeur) < 100) return 2;
  const centimes = valeur * 100;
  const auCentime =
    Math.abs(centimes - Math.round(centimes)) < 1e-6 * Math.max(1, Math.abs(valeur));
  return auCentime && !Number.isInteger(Math.round(centimes) / 100) ? 2 : 0;
}
