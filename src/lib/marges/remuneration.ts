/**
 * The words of what a company keeps of a sale, from its card's `offre.remuneration` (issue 14:
 * « the Rabat insurance agency earns commissions, not a reseller's margin »). A maker or a
 * reseller (« marge ») keeps a margin, read as a taux de marque on its turnover; an agent
 * (« commission ») is paid by the insurer a commission on each premium it places. The arithmetic
 * is the same (price − what goes to others = what is kept, kept ÷ price = the rate): only the
 * words change, written here once for chapters 7, 9 and 11 and the dossier.
 */
import { formatMontant, formatPourcentage } from '../commun/nombres.ts';

/** How the company earns (entreprise.json, `offre.remuneration`); absent is « marge ». */
export type Remuneration = 'marge' | 'commission';

/** The words, in lower case (capitalise with `majuscule`). */
export interface MotsRemuneration {
  /** « taux de marque » / « taux de commission ». */
  taux: string;
  /** What is kept overall: « marge » / « commissions ». */
  gain: string;
  /** The same with its article: « la marge » / « les commissions » (« ROI sur les commissions »). */
  leGain: string;
  /** What it is a share of: « du CA » / « des primes ». */
  base: string;
  /** What the rate divides by, in the dashboard's words: « CA HT des ventes obtenues » / « primes HT des contrats placés ». */
  assiette: string;
  /** What is kept per customer won, as a field label: « marge par client gagné » / « commission par client gagné ». */
  gainParClient: string;
}

const MOTS: Record<Remuneration, MotsRemuneration> = {
  marge: {
    taux: 'taux de marque',
    gain: 'marge',
    leGain: 'la marge',
    base: 'du CA',
    assiette: 'CA HT des ventes obtenues',
    gainParClient: 'marge par client gagné',
  },
  commission: {
    taux: 'taux de commission',
    gain: 'commissions',
    leGain: 'les commissions',
    base: 'des primes',
    assiette: 'primes HT des contrats placés',
    gainParClient: 'commission par client gagné',
  },
};

/** The words for a company that earns this way (« marge » when the card does not say). */
export function motsRemuneration(remuneration: Remuneration | undefined): MotsRemuneration {
  return MOTS[remuneration ?? 'marge'];
}

/**
 * What one average sale leaves the company, with its arithmetic: « la marge moyenne par commande
 * de Vénimob : 10 000 € − 6 000 € = 4 000 € », « la commission moyenne par contrat de Hilal
 * Conseil Assurances : 4 800 DH de prime − 4 018 DH reversés à la compagnie = 782 DH ».
 */
export function gainParVente({
  remuneration,
  unite,
  nom,
  prix,
  cout,
  devise,
}: {
  remuneration: Remuneration | undefined;
  unite: string;
  nom: string;
  prix: number;
  cout: number;
  devise: 'EUR' | 'MAD';
}): string {
  const m = (n: number) => formatMontant(n, devise, 0);
  const qui = `de ${nom}\u202f: `;
  return remuneration === 'commission'
    ? `la commission moyenne par ${unite} ${qui}${m(prix)} de prime − ${m(cout)} reversés à la compagnie = ${m(prix - cout)} (${formatPourcentage((prix - cout) / prix, 1)} de la prime)`
    : `la marge moyenne par ${unite} ${qui}${m(prix)} − ${m(cout)} = ${m(prix - cout)}`;
}
