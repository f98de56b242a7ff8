/**
 * The order in which the sample companies are presented (PRODUCT.md's order); the first one is
 * the default company. Shared by the build-time loader (header, /donnees/) and the browser
 * catalogue, so that the header, the switcher and the store agree on the default.
 */
const ORDRE = ['emballages-casablanca', 'assurances-rabat', 'mobilier-lyon'];

/** Compares two company ids: known samples in ORDRE's order, any other after them, alphabetically. */
export function comparerExemples(a: string, b: string): number {
  const rang = (id: string) => ORDRE.indexOf(id) + 1 || ORDRE.length + 1;
  return rang(a) - rang(b) || a.localeCompare(b);
}
