/**
 * The kinds of problem a prospect file can have (course chapter 5): the one list the quality
 * report (qualite.ts), the dossier's base counts (dossier/base-fichier.ts), the cleaning step
 * (nettoyage.ts) and the sample files' schema (schemas/entreprise.ts) all read. A new kind is
 * added here once, with its label, its family and whether the sample files plant it: every
 * other list is derived from this one.
 */

/** Stable ids of the problems a quality report can list, in display order. */
export const TYPES_PROBLEME = [
  'doublon-exact',
  'doublon-probable',
  'identite-manquante',
  'telephone-manquant',
  'email-manquant',
  'adresse-incomplete',
  'email-invalide',
  'telephone-invalide',
  'code-postal-invalide',
  'ville-code-postal',
  'date-invalide',
  'contact-perime',
  'bloctel',
  'opposition',
] as const;
/** Kind of a quality problem. */
export type TypeProbleme = (typeof TYPES_PROBLEME)[number];

/**
 * What a problem says of a row: a copy of another row (`doublon`), a row missing or garbling
 * what a campaign needs (`fiche-incomplete`: identity, phone, e-mail, address, a date), a
 * contact kept too long (`conservation`), a person the law protects (`droit`).
 */
export type FamilleProbleme = 'doublon' | 'fiche-incomplete' | 'conservation' | 'droit';

/** French label of each kind of problem. */
export const LIBELLES_PROBLEME: Readonly<Record<TypeProbleme, string>> = {
  'doublon-exact': 'Doublon exact (même e-mail ou même téléphone)',
  'doublon-probable': 'Doublon probable (nom presque identique, même ville)',
  'identite-manquante': 'Ni raison sociale ni nom',
  'telephone-manquant': 'Téléphone manquant',
  'email-manquant': 'E-mail manquant',
  'adresse-incomplete': 'Ville ou code postal manquant',
  'email-invalide': 'E-mail mal formé',
  'telephone-invalide': 'Téléphone mal formé',
  'code-postal-invalide': 'Code postal mal formé',
  'ville-code-postal': 'Ville et code postal incohérents',
  'date-invalide': 'Date de collecte ou de dernier contact illisible',
  'contact-perime': 'Dernier contact trop ancien (durée de conservation dépassée)',
  bloctel: 'Numéro inscrit sur Bloctel (liste française appliquée jusqu’au 10\u00a0août 2026)',
  opposition: 'Opposition à la prospection enregistrée',
};

/** Each kind's family, and whether the sample files plant it (outils/datasets/problemes.ts). */
export const PROBLEMES: Readonly<
  Record<TypeProbleme, { famille: FamilleProbleme; plante: boolean }>
> = {
  'doublon-exact': { famille: 'doublon', plante: true },
  'doublon-probable': { famille: 'doublon', plante: true },
  'identite-manquante': { famille: 'fiche-incomplete', plante: false },
  'telephone-manquant': { famille: 'fiche-incomplete', plante: true },
  'email-manquant': { famille: 'fiche-incomplete', plante: true },
  'adresse-incomplete': { famille: 'fiche-incomplete', plante: false },
  'email-invalide': { famille: 'fiche-incomplete', plante: true },
  'telephone-invalide': { famille: 'fiche-incomplete', plante: true },
  'code-postal-invalide': { famille: 'fiche-incomplete', plante: false },
  'ville-code-postal': { famille: 'fiche-incomplete', plante: true },
  'date-invalide': { famille: 'fiche-incomplete', plante: false },
  'contact-perime': { famille: 'conservation', plante: true },
  bloctel: { famille: 'droit', plante: true },
  opposition: { famille: 'droit', plante: true },
};

/** The kinds of one family, in display order. */
export function typesDeLaFamille(famille: FamilleProbleme): TypeProbleme[] {
  return TYPES_PROBLEME.filter((t) => PROBLEMES[t].famille === famille);
}

/** The kinds the sample files plant on purpose, in display order. */
export const TYPES_PROBLEME_PLANTES: readonly TypeProbleme[] = TYPES_PROBLEME.filter(
  (t) => PROBLEMES[t].plante,
);
