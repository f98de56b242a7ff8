/**
 * Cleaning decisions of chapter 5 (« Nettoyer le fichier »): which field fixes a problem of the
 * quality report, whether a typed correction is acceptable, and what is left of a file once the
 * duplicates, dead contacts and oppositions are out (the lesson's « 800 fiches » example).
 * Conventions:
 * - a correction is checked with the same rules as the report (coordonnees.ts), so a fixed row
 *   leaves the report; an empty correction is refused (emptying is not fixing);
 * - a group of n duplicates costs n − 1 rows: the kept row stays in the file;
 * - the usable share is taken on the file BEFORE cleaning (what the purchased list was worth).
 */
import { codePostalValide, emailValide, telephoneValide } from './coordonnees.ts';
import { jourDepuisISO } from '../commun/dates.ts';
import type { TypeProbleme } from './problemes.ts';
import type { ChampProspect, Pays, Prospect } from '../commun/prospect.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { estVide } from '../commun/texte.ts';

/** Which field fixes each kind of problem; `null`: the fix is not an edit (merge, delete). */
const CHAMP_A_CORRIGER: Readonly<
  Record<TypeProbleme, ChampProspect | null | ((p: Partial<Prospect>) => ChampProspect)>
> = {
  'doublon-exact': null,
  'doublon-probable': null,
  'identite-manquante': (p) => (p.type === 'B2B' ? 'raisonSociale' : 'nom'),
  'telephone-manquant': 'telephone',
  'telephone-invalide': 'telephone',
  'email-manquant': 'email',
  'email-invalide': 'email',
  'adresse-incomplete': (p) => (estVide(p.ville) ? 'ville' : 'codePostal'),
  'code-postal-invalide': 'codePostal',
  'ville-code-postal': 'codePostal',
  // The last contact date when it is the unreadable one, else the collection date.
  'date-invalide': (p) =>
    estVide(p.dateDernierContact) || jourDepuisISO(p.dateDernierContact ?? '') === null
      ? 'dateDernierContact'
      : 'dateCollecte',
  'contact-perime': null,
  bloctel: null,
  opposition: null,
};

/** The field to correct for a problem of one row, or null when the fix is not an edit (merge, delete). */
export function champACorriger({
  type,
  prospect,
}: {
  type: TypeProbleme;
  prospect: Partial<Prospect>;
}): ChampProspect | null {
  const champ = CHAMP_A_CORRIGER[type] ?? null;
  return typeof champ === 'function' ? champ(prospect) : champ;
}

/** What a field's correction must look like, checked by the quality report's own rules; the message when it does not. */
const FORMES_ATTENDUES: Partial<
  Record<ChampProspect, (t: string, pays: Pays) => string | undefined>
> = {
  email: (t) =>
    emailValide({ email: t })
      ? undefined
      : 'Cet e-mail est mal formé\u202f: il faut un seul @ suivi d’un domaine (nom@exemple.fr).',
  telephone: (t, pays) => {
    if (telephoneValide({ telephone: t, pays })) return undefined;
    return pays === 'MA'
      ? 'Ce téléphone est mal formé\u202f: 10 chiffres commençant par 05, 06 ou 07, ou +212 suivi de 9 chiffres.'
      : 'Ce téléphone est mal formé\u202f: 10 chiffres commençant par 0, ou +33 suivi de 9 chiffres.';
  },
  codePostal: (t, pays) =>
    codePostalValide({ codePostal: t, pays })
      ? undefined
      : 'Ce code postal est mal formé\u202f: il faut 5 chiffres.',
  dateDernierContact: (t) => dateLisible(t),
  dateCollecte: (t) => dateLisible(t),
};
const dateLisible = (t: string) =>
  jourDepuisISO(t) === null ? 'Cette date est illisible\u202f: écrivez-la aaaa-mm-jj.' : undefined;

/** Checks a typed correction of a field: the value to write, or a French error naming the field. */
export function validerCorrection({
  champ,
  texte,
  prospect,
}: {
  champ: ChampProspect;
  texte: string;
  prospect: Pick<Prospect, 'pays'>;
}): Resultat<string> {
  const t = typeof texte === 'string' ? texte.trim() : '';
  const pays = prospect?.pays === 'MA' ? 'MA' : 'FR';
  if (t === '') return echec('La correction est vide\u202f: saisissez la bonne valeur.', champ);
  const malFormee = FORMES_ATTENDUES[champ]?.(t, pays);
  if (malFormee) return echec(malFormee, champ);
  if (t.length > 200) return echec('Cette valeur est trop longue (200 caractères au plus).', champ);
  return ok(t);
}

/** Rows a set of duplicate groups costs: each group of n rows keeps one and drops n − 1. */
export function fichesEnDouble({
  groupes,
}: {
  groupes: readonly { ids: readonly string[] }[];
}): number {
  return groupes.reduce((s, g) => s + Math.max(0, new Set(g.ids).size - 1), 0);
}

/** What remains of a file after removing rows (duplicates, dead contacts, oppositions) and the usable share of the original. */
export function bilanNettoyage({
  total,
  retraits,
}: {
  total: number;
  retraits: Readonly<Record<string, number>>;
}): Resultat<{
  retirees: number;
  restantes: number;
  partExploitable: number;
  partInutilisable: number;
}> {
  if (!Number.isInteger(total) || total <= 0)
    return echec('Le nombre de fiches du fichier doit être un entier positif.', 'total');
  let retirees = 0;
  for (const [cle, n] of Object.entries(retraits)) {
    if (!Number.isInteger(n) || n < 0)
      return echec(
        `Le nombre de fiches retirées (${cle}) doit être un entier positif ou nul.`,
        cle,
      );
    retirees += n;
  }
  if (retirees > total)
    return echec('On ne peut pas retirer plus de fiches que le fichier n’en contient.', 'retraits');
  const restantes = total - retirees;
  return ok({
    retirees,
    restantes,
    partExploitable: restantes / total,
    partInutilisable: retirees / total,
  });
}

/** Share of a file's rows that are redundant copies (duplicates rate), from its duplicate groups. */
export function tauxDeDoublons({
  total,
  groupes,
}: {
  total: number;
  groupes: readonly { ids: readonly string[] }[];
}): Resultat<number> {
  if (!Number.isInteger(total) || total <= 0)
    return echec('Le nombre de fiches du fichier doit être un entier positif.', 'total');
  const n = fichesEnDouble({ groupes });
  if (n > total)
    return echec('Les groupes de doublons comptent plus de fiches que le fichier.', 'groupes');
  return ok(n / total);
}
