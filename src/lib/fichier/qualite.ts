/**
 * The quality of a prospect file (course chapter 5, seed 000 « Exploitation aux fichiers »): a good
 * file is qualifié (data checked, gaps filled), mis à jour (new prospects in, dead ones out) and
 * exportable (queries: requetes.ts). This module gathers every check into one report.
 * Conventions:
 * - a contact is « périmé » when more than `ans` years (3 by default, CNIL recommendation for
 *   prospects) have passed since the last contact, or since collection when no contact is dated;
 *   the day of the anniversary is still within the limit;
 * - each problem has a stable kind id (problemes.ts, the one list of kinds) and the ids of the rows concerned: one problem per
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
import { LIBELLES_PROBLEME, TYPES_PROBLEME, type TypeProbleme } from './problemes.ts';

export * from './coordonnees.ts';
export { contactsPerimes } from '../droit/conservation.ts';
export * from './doublons.ts';
export * from './problemes.ts';

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

/** The problems of one row: missing, malformed or inconsistent details, then stale contact and legal flags. */
function problemesDeLaFiche(p: Prospect, perime: boolean): [TypeProbleme, string?][] {
  const manquants = new Set(champsManquants({ prospect: p }));
  const trouves: [TypeProbleme, string?][] = [];
  const si = (vrai: boolean, type: TypeProbleme, detail?: string) => {
    if (vrai) trouves.push(detail === undefined ? [type] : [type, detail]);
  };
  si(manquants.has('raisonSociale') || manquants.has('nom'), 'identite-manquante');
  si(manquants.has('telephone'), 'telephone-manquant');
  si(manquants.has('email'), 'email-manquant');
  si(manquants.has('ville') || manquants.has('codePostal'), 'adresse-incomplete');
  si(emailMalForme(p), 'email-invalide', p.email);
  si(telephoneMalForme(p), 'telephone-invalide', p.telephone);
  si(codePostalMalForme(p), 'code-postal-invalide', p.codePostal);
  si(villeIncoherente(p), 'ville-code-postal', `${p.codePostal} ${p.ville}`);
  si(dateIllisible(p), 'date-invalide');
  si(perime, 'contact-perime');
  si(p.bloctel === true, 'bloctel');
  si(p.opposition === true, 'opposition');
  return trouves;
}

// Each check below looks only at a field that is filled in: an empty one is « manquant » above.
const emailMalForme = (p: Prospect) => !estVide(p.email) && !emailValide({ email: p.email });
const telephoneMalForme = (p: Prospect) =>
  !estVide(p.telephone) && !telephoneValide({ telephone: p.telephone, pays: p.pays });
const codePostalMalForme = (p: Prospect) =>
  !estVide(p.codePostal) && !codePostalValide({ codePostal: p.codePostal, pays: p.pays });
/** A well-formed postal code that is not the city's (a malformed one is reported as such only). */
const villeIncoherente = (p: Prospect) =>
  !estVide(p.codePostal) &&
  !codePostalMalForme(p) &&
  villeCorrespondAuCodePostal({ ville: p.ville, codePostal: p.codePostal, pays: p.pays }) === false;
const dateIllisible = (p: Prospect) =>
  jourDeReference(p) === null ||
  (!estVide(p.dateDernierContact) && jourDepuisISO(p.dateDernierContact) === null);

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
  for (const p of prospects)
    for (const [type, detail] of problemesDeLaFiche(p, perime.has(p.id)))
      ajouter(type, [p.id], detail);
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
