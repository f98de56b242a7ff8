/**
 * The public face of src/lib/dossier. The learner's exam dossier (/mon-dossier): reading and
 * checking a file, its sales, the analyses of each part, the plan and the worked example.
 */
export * from './analyse.ts';
export * from './analyser.ts';
export * from './analyses-clients.ts';
export * from './analyses-mission.ts';
export * from './analyses-portefeuille.ts';
export * from './analyses-preparation.ts';
export * from './analyses-resultats.ts';
export * from './analyses-valeur.ts';
export * from './base-fichier.ts';
export * from './bilan-remplacement.ts';
export * from './champs-modifies.ts';
export * from './contexte.ts';
export * from './devise-saisie.ts';
export * from './exemple.ts';
export * from './lecture.ts';
export * from './lire-ventes.ts';
export * from './modele.ts';
export * from './plan.ts';
export * from './questions.ts';
export * from './ventes.ts';
