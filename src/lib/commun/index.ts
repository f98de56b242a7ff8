/**
 * The public face of src/lib/commun. What every chapter shares: the `Resultat` every computation
 * answers with, numbers read and written the French way, the named input fields and their guards,
 * ISO dates, the seeded random draws, text comparison, agreement of a noun with its count, the
 * prospect record, the words a search matches, and a sentence's capital letter.
 */
export * from './accord.ts';
export * from './aleatoire.ts';
export * from './champs.ts';
export * from './dates.ts';
export * from './majuscule.ts';
export * from './nombres.ts';
export * from './devise-du-cours.ts';
export * from './prospect.ts';
export * from './recherche-mots.ts';
export * from './resultat.ts';
export * from './table.ts';
export * from './texte.ts';
export * from './export-json.ts';
