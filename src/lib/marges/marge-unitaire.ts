/**
 * Marge unitaire = prix de vente HT − coût d’achat HT (chapter 2), the subtraction alone, for
 * figures already checked: `margeUnitaire` (marges.ts) checks typed figures, then calls it; a
 * company card's offer (chapter 7's margin per client) is checked by its schema at build time.
 * Apart from marges.ts because that module's checks bring the field labels of commun/champs.ts
 * (+0,65 Ko gzip measured on chapter 7), and bundled with the `nombres` chunk that every page with
 * an island loads (astro.config.mjs): as a chunk of its own it cost 0,2 Ko to each page using it.
 */

/** Marge unitaire = prix de vente HT − coût d’achat HT, negative for a sale at a loss (checked, finite figures). */
export function margeUnitaireHT({
  prixVenteHT,
  coutAchatHT,
}: {
  prixVenteHT: number;
  coutAchatHT: number;
}): number {
  return prixVenteHT - coutAchatHT;
}
