/**
 * The quality of a prospect file (course chapter 5, seed 000 « Exploitation aux fichiers »): a good
 * file is qualifié (data checked, gaps filled), mis à jour (new prospects in, dead ones out) and
 * exportable (queries: requetes.ts). This module gathers every check into one report.
 * Conventions:
 * - a contact is « périmé » when more than `ans` years (3 by default, CNIL recommendation for
 *   prospects) have passed since the last contact, or since collection when no contact is dated;
 *   the day of the anniversary is still within the limit;
 * - each problem has a stable kind id (below) and the ids of the rows concerned: one problem per
 *   row, except duplicates, which are one problem per group of rows;
 * - Bloctel and opposition are not errors in the file: the report lists them so the learner sees
 *   them before the campaign check (src/lib/droit) does; an opposition always excludes, Bloctel
 *   only mattered for French consumers until 10 August 2026.
 * Contact details, duplicates and the retention rule live in coordonnees.ts, doublons.ts and
 * conservation.ts, re-exported here.
 */
import {
  codePostalValide,
  emailValide,
  telephoneValide,
  villeCorrespondAuCodePostal,
} from './coordonnees.ts';
import { contactsPerimes, jourDeReference } from '../droit/conservation.ts';
import { jourDepuisISO } from '../commun/dates.ts';
import { doublonsExacts, doublonsProbables } from './doublons.ts';
import type { ChampProspect, Prospect } from '../commun/prospect.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { estVide } from '../commun/texte.ts';

export * from './coordonnees.ts';
export { contactsPerimes } from '../droit/conservation.ts';
export * from './doublons.ts';

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

/** One problem found in the file and the rows concerned. */
export interface ProblemeQualite {
  type: TypeProbleme;
  libelle: string;
  ids: string[];
  detail?: string;
}

/** The fields a row needs to be worked: identity, both contact channels, city and postal code. */
export function champsManquants({ prospect }: { prospect: Partial<Prospect> }): ChampProspect[] {
  const manquants: ChampProspect[] = [];
  if (
    prospect.type === 'B2B'
      ? estVide(prospect.raisonSociale)
      : estVide(prospect.nom) && estVide(prospect.raisonSociale)
  )
    manquants.push(prospect.type === 'B2B' ? 'raisonSociale' : 'nom');
  for (const champ of ['telephone', 'email', 'ville', 'codePostal'] as const)
    if (estVide(prospect[champ])) manquants.push(champ);
  return manquants;
}

/** Summary line of a report: kind, label, number of problems and of distinct rows. */
export interface LigneResume {
  type: TypeProbleme;
  libelle: string;
  problemes: number;
  lignes: number;
}

/** The whole quality report of a file: every problem, a summary per kind, and the number of rows concerned. */
export function rapportQualite({
  prospects,
  aujourdhui,
  ans = 3,
}: {
  prospects: readonly Prospect[];
  aujourdhui: string;
  ans?: number;
}): Resultat<{
  problemes: ProblemeQualite[];
  resume: LigneResume[];
  lignesConcernees: number;
  total: number;
}> {
  if (!Array.isArray(prospects)) return echec('Le fichier de prospects est absent.', 'prospects');
  const perimes = contactsPerimes({ prospects, aujourdhui, ans });
  if (!perimes.ok) return perimes;
  const problemes: ProblemeQualite[] = [];
  const ajouter = (type: TypeProbleme, ids: string[], detail?: string) =>
    problemes.push(
      detail === undefined
        ? { type, libelle: LIBELLES_PROBLEME[type], ids }
        : { type, libelle: LIBELLES_PROBLEME[type], ids, detail },
    );
  for (const g of doublonsExacts({ prospects })) ajouter('doublon-exact', g.ids);
  for (const g of doublonsProbables({ prospects })) ajouter('doublon-probable', g.ids);
  const perime = new Set(perimes.valeur);
  for (const p of prospects) {
    const manquants = champsManquants({ prospect: p });
    if (manquants.includes('raisonSociale') || manquants.includes('nom'))
      ajouter('identite-manquante', [p.id]);
    if (manquants.includes('telephone')) ajouter('telephone-manquant', [p.id]);
    if (manquants.includes('email')) ajouter('email-manquant', [p.id]);
    if (manquants.includes('ville') || manquants.includes('codePostal'))
      ajouter('adresse-incomplete', [p.id]);
    if (!estVide(p.email) && !emailValide({ email: p.email }))
      ajouter('email-invalide', [p.id], p.email);
    if (!estVide(p.telephone) && !telephoneValide({ telephone: p.telephone, pays: p.pays }))
      ajouter('telephone-invalide', [p.id], p.telephone);
    if (!estVide(p.codePostal)) {
      if (!codePostalValide({ codePostal: p.codePostal, pays: p.pays }))
        ajouter('code-postal-invalide', [p.id], p.codePostal);
      else if (
        villeCorrespondAuCodePostal({ ville: p.ville, codePostal: p.codePostal, pays: p.pays }) ===
        false
      )
        ajouter('ville-code-postal', [p.id], `${p.codePostal} ${p.ville}`);
    }
    if (
      jourDeReference(p) === null ||
      (!estVide(p.dateDernierContact) && jourDepuisISO(p.dateDernierContact) === null)
    )
      ajouter('date-invalide', [p.id]);
    if (perime.has(p.id)) ajouter('contact-perime', [p.id]);
    if (p.bloctel === true) ajouter('bloctel', [p.id]);
    if (p.opposition === true) ajouter('opposition', [p.id]);
  }
  const resume = TYPES_PROBLEME.map((type) => {
    const liste = problemes.filter((x) => x.type === type);
    return {
      type,
      libelle: LIBELLES_PROBLEME[type],
      problemes: liste.length,
      lignes: new Set(liste.flatMap((x) => x.ids)).size,
    };
  });
  const concernees = new Set(problemes.flatMap((x) => x.ids));
  return ok({ problemes, resume, lignesConcernees: concernees.size, total: prospects.length });
}
