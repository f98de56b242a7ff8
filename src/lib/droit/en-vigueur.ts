/**
 * Which rules are in force for a country at a date, and how a lesson cites them. The « état du
 * droit » of a chapter, the rules shown beside a method and the campaign check all start here.
 */
import { jourDepuisISO, NOMS_DES_MOIS } from '../commun/dates.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { REGLES, type RegleDroit, type Source } from './regles.ts';
import { CANAUX, LIBELLES_CANAL, NOMS_PAYS, type Canal, type Nature, type Pays } from './types.ts';

/** Whether a rule is in force on `date` (ISO): `du` and `au` are both inclusive. */
export function estEnVigueur(regle: Pick<RegleDroit, 'du' | 'au'>, date: string): boolean {
  return (
    (regle.du === undefined || date >= regle.du) && (regle.au === undefined || date <= regle.au)
  );
}

/** The rules of `pays` in force on `date`, optionally for one channel and one target, in table order. */
export function reglesEnVigueur({
  pays,
  date,
  canal,
  nature,
}: {
  pays: Pays;
  date: string;
  canal?: Canal;
  nature?: Nature;
}): Resultat<RegleDroit[]> {
  if (pays !== 'FR' && pays !== 'MA')
    return echec('Le pays doit être la France (FR) ou le Maroc (MA).', 'pays');
  if (typeof date !== 'string' || jourDepuisISO(date) === null)
    return echec('La date doit être une date valide (aaaa-mm-jj).', 'date');
  if (canal !== undefined && !CANAUX.includes(canal))
    return echec(
      'Le canal doit être e-mail, SMS, téléphone, appel automatisé, courrier, visite ou porte-à-porte.',
      'canal',
    );
  return ok(
    REGLES.filter(
      (r) =>
        r.pays === pays &&
        estEnVigueur(r, date) &&
        (canal === undefined || r.canaux.includes(canal)) &&
        (nature === undefined || r.cibles.includes(nature)),
    ),
  );
}

/** A source as a lesson writes it: « Loi n° 09-08, art. 10 ». */
export function citer(source: Source): string {
  return source.article ? `${source.texte}, ${source.article}` : source.texte;
}

/** One line of an « état du droit »: a rule with the channels and targets it covers, and its source in words. */
export interface LigneEtatDuDroit extends RegleDroit {
  canauxTexte: string;
  ciblesTexte: string;
  sourceTexte: string;
}

/** The « état du droit » of a country at a date: its title and every rule in force, with sources. */
export function etatDuDroit({
  pays,
  date,
}: {
  pays: Pays;
  date: string;
}): Resultat<{ titre: string; lignes: LigneEtatDuDroit[] }> {
  const r = reglesEnVigueur({ pays, date });
  if (!r.ok) return r;
  const lignes = r.valeur.map((regle) => ({
    ...regle,
    canauxTexte:
      regle.canaux.length === CANAUX.length
        ? 'tous les canaux'
        : regle.canaux.map((c) => LIBELLES_CANAL[c]).join(', '),
    ciblesTexte:
      regle.cibles.length === 2
        ? 'consommateurs et professionnels'
        : regle.cibles[0] === 'consommateur'
          ? 'consommateurs'
          : 'professionnels',
    sourceTexte: citer(regle.source),
  }));
  return ok({ titre: `État du droit au ${dateLongue(date)} — ${NOMS_PAYS[pays]}`, lignes });
}

/** « 1er septembre 2026 »: the day as a French title writes it. */
export function dateLongue(date: string): string {
  const [a, m, j] = date.split('-').map(Number);
  return `${j === 1 ? '1er' : j}\u00a0${NOMS_DES_MOIS[m - 1]} ${a}`;
}
