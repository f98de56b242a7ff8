/**
 * Which words of a page answer a searched word, for the search page (src/elements/recherche.ts).
 * Pagefind stems French words, so « AIDA » (stem « aid ») also finds « aide »: its results are
 * checked again here. A word of the text answers the searched word when it begins with it (the
 * learner is still typing: « prosp ») or when both are the same once a plural or a usual verb or
 * noun ending is removed (« scorings » / « scoring », « prospectés » / « prospecter »). Case and
 * accents never matter. `exact` (the word itself) ranks a page first.
 */

/** Lower case, without accents: « Prospectés » → « prospectes ». */
export function normaliser(mot: string): string {
  return mot.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, normalised (letters and digits; apostrophes and hyphens split). */
export function mots(texte: string): string[] {
  return normaliser(texte).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Endings tried longest first; only one is removed.
const FINALES = [
  'ations',
  'ation',
  'ements',
  'ement',
  'ees',
  'ee',
  'es',
  'er',
  'ez',
  'ent',
  'ant',
  's',
  'x',
  'e',
];

function racine(mot: string): string {
  for (const f of FINALES)
    if (mot.length - f.length >= 3 && mot.endsWith(f)) return mot.slice(0, -f.length);
  return mot;
}

/** The word of the text is the searched word, case and accents aside. */
export function exact(motDuTexte: string, cherche: string): boolean {
  return normaliser(motDuTexte) === normaliser(cherche);
}

/** The word of the text answers the searched word (see the module comment). */
export function correspond(motDuTexte: string, cherche: string): boolean {
  const w = normaliser(motDuTexte),
    q = normaliser(cherche);
  if (q === '') return false;
  return w.startsWith(q) || racine(w) === racine(q);
}
