/**
 * The public face of src/lib/fichier. The prospect file (chapter 5): CSV in and out, the import
 * and its column mapping, the quality report, contact details, duplicates, cleaning and its log,
 * queries, and what replacing a file would erase.
 */
export * from './codes-postaux.ts';
export * from './coordonnees.ts';
export * from './correspondance.ts';
export * from './csv-export.ts';
export * from './csv-limites.ts';
export * from './csv-simple.ts';
export * from './csv.ts';
export * from './doublons.ts';
export * from './import-prospects.ts';
export * from './journal.ts';
export * from './nettoyage.ts';
export * from './pays-probable.ts';
export * from './problemes.ts';
export * from './qualite.ts';
export * from './requetes-saisie.ts';
export * from './rejets.ts';
export * from './requetes.ts';
export * from './travail-parties.ts';
