/**
 * The retention rule of a prospect file (course chapter 5; CNIL): a prospect's data is kept at most
 * 3 years after the last contact coming from them, or after collection when there was none.
 * Conventions: the day of the anniversary is still within the limit; a row whose dates cannot be
 * read is never called « périmé » here (the quality report lists it as « date illisible »).
 * Kept apart from fichier.ts so that pages needing only this rule (the RGPD check, the exercises)
 * do not load the duplicate search.
 */
import { ajouterAns, jourDepuisISO } from '../commun/dates.ts';
import type { Prospect } from '../commun/prospect.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { estVide } from '../commun/texte.ts';

/** Day number the 3-year clock starts from: the last contact, else the collection; null when neither reads as a date. */
export function jourDeReference(
  p: Pick<Prospect, 'dateDernierContact' | 'dateCollecte'>,
): number | null {
  return (
    (!estVide(p.dateDernierContact) ? jourDepuisISO(p.dateDernierContact) : null) ??
    (!estVide(p.dateCollecte) ? jourDepuisISO(p.dateCollecte) : null)
  );
}

/** Ids of the rows whose last contact (or collection) is more than `ans` years before `aujourdhui`. */
export function contactsPerimes({
  prospects,
  aujourdhui,
  ans = 3,
}: {
  prospects: readonly Pick<Prospect, 'id' | 'dateDernierContact' | 'dateCollecte'>[];
  aujourdhui: string;
  ans?: number;
}): Resultat<string[]> {
  const jour = jourDepuisISO(aujourdhui);
  if (jour === null)
    return echec('La date du jour n’est pas une date valide (aaaa-mm-jj).', 'aujourdhui');
  if (!Number.isInteger(ans) || ans < 1)
    return echec(
      'La durée de conservation doit être un nombre entier d’années, au moins 1.',
      'ans',
    );
  return ok(
    prospects
      .filter((p) => {
        const d = jourDeReference(p);
        return d !== null && ajouterAns(d, ans) < jour;
      })
      .map((p) => p.id),
  );
}
