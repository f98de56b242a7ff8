/**
 * The evaluation of chapter 1's « Usure du portefeuille »: the three figures as the learner typed
 * them (text, as stores/usure.ts keeps them), read the French way and run through usure.ts; each
 * error is a French sentence next to the field to change, and a figure that was read is still
 * checked while another is unreadable (« 150 % » is flagged at once).
 */
import { nombreSaisissable, parseNombre, parsePourcentage } from '../commun/nombres.ts';
import type { ErreurDeSaisie, Resultat, ResultatChamps } from '../commun/resultat.ts';
import {
  besoinEnNouveauxClients,
  projectionPortefeuille,
  type AnneeProjection,
  type BesoinUsure,
} from './usure.ts';

/** What the learner typed; the keys are the parameter names of src/lib/portefeuille/usure.ts. */
export interface SaisieUsure {
  clients: string;
  tauxAttrition: string;
  tauxCroissance: string;
}

/** The worked example of the lesson: 200 clients, 15 % lost a year, 5 % growth wanted. */
export const USURE_PAR_DEFAUT: SaisieUsure = {
  clients: '200',
  tauxAttrition: '15',
  tauxCroissance: '5',
};

/**
 * A sample company's own starting figures (issue 14): its clients of last year and the share of
 * them lost since (its observed attrition, chapter 3's sales), as the learner would type them;
 * the growth objective stays the lesson's, the data saying nothing of it.
 */
export function usureDeDepart({
  clients,
  tauxAttrition,
}: {
  clients: number;
  /** A fraction (0.126 for 12,6 %). */
  tauxAttrition: number;
}): SaisieUsure {
  return {
    clients: nombreSaisissable(clients, 0),
    tauxAttrition: nombreSaisissable(tauxAttrition * 100, 1),
    tauxCroissance: USURE_PAR_DEFAUT.tauxCroissance,
  };
}

/** The same example as numbers (rates as fractions). */
const EXEMPLE = { clients: 200, tauxAttrition: 0.15, tauxCroissance: 0.05 };

/** The typed fields, in the order of the form. */
export const CHAMPS_USURE = ['clients', 'tauxAttrition', 'tauxCroissance'] as const;

/** A valid evaluation: the figures read, the first-year need and the 5-year projection. */
export interface ResultatUsure extends BesoinUsure {
  clients: number;
  tauxAttrition: number;
  tauxCroissance: number;
  projection: AnneeProjection[];
}

/** The evaluation: the result when every field is valid, else a French error by field. */
export type EvaluationUsure = ResultatChamps<ResultatUsure, ChampUsure>;
/** A typed field, and the key of its error. */
export type ChampUsure = keyof SaisieUsure;
type Lecture = Resultat<number>;
type Lectures = Record<ChampUsure, Lecture>;

/** How each field is read: one parser per field. */
const LIRE: Record<ChampUsure, (texte: string) => Lecture> = {
  clients: (t) =>
    parseNombre(t, { champ: 'clients', libelle: 'le nombre de clients', entier: true }),
  tauxAttrition: (t) =>
    parsePourcentage(t, { champ: 'tauxAttrition', libelle: 'le taux d’attrition' }),
  tauxCroissance: (t) =>
    parsePourcentage(t, { champ: 'tauxCroissance', libelle: 'l’objectif de croissance' }),
};

/** Parses what was typed and runs usure.ts. */
export function evaluerUsure(s: SaisieUsure): EvaluationUsure {
  const lu = Object.fromEntries(CHAMPS_USURE.map((c) => [c, LIRE[c](s[c])])) as Lectures;
  const erreurs: Partial<Record<ChampUsure, string>> = {};
  for (const c of CHAMPS_USURE) {
    const l = lu[c];
    if (!l.ok) erreurs[c] = l.erreur.message;
  }
  const { clients, tauxAttrition, tauxCroissance } = lu;
  if (!clients.ok || !tauxAttrition.ok || !tauxCroissance.ok)
    return { ok: false, erreurs: avecBornes(lu, erreurs) };
  const parametres = {
    clients: clients.valeur,
    tauxAttrition: tauxAttrition.valeur,
    tauxCroissance: tauxCroissance.valeur,
  };
  const besoin = besoinEnNouveauxClients(parametres);
  if (!besoin.ok) return enErreur(besoin.erreur);
  const projection = projectionPortefeuille(parametres);
  if (!projection.ok) return enErreur(projection.erreur);
  return { ok: true, valeur: { ...parametres, ...besoin.valeur, projection: projection.valeur } };
}

/**
 * Still checks the figures that were read, the lesson's standing in for the unreadable ones, so
 * that « 150 % » is flagged at once; an error that may come from a stand-in is not shown.
 */
function avecBornes(
  lu: Lectures,
  erreurs: Partial<Record<ChampUsure, string>>,
): Partial<Record<ChampUsure, string>> {
  const lue = (c: ChampUsure) => {
    const l = lu[c];
    return l.ok ? l.valeur : EXEMPLE[c];
  };
  const essai = besoinEnNouveauxClients({
    clients: lue('clients'),
    tauxAttrition: lue('tauxAttrition'),
    tauxCroissance: lue('tauxCroissance'),
  });
  if (essai.ok) return erreurs;
  const champ = CHAMPS_USURE.find((c) => c === essai.erreur.champ);
  // Whether a negative growth is acceptable depends on the attrition: no verdict without it.
  const fiable = champ !== 'tauxCroissance' || lu.tauxAttrition.ok;
  if (champ && !erreurs[champ] && fiable) erreurs[champ] = essai.erreur.message;
  return erreurs;
}

/** A domain error shown next to the field it names (the lib's parameter names are the field keys). */
function enErreur(e: ErreurDeSaisie): EvaluationUsure {
  const champ = CHAMPS_USURE.find((c) => c === e.champ) ?? 'clients';
  return { ok: false, erreurs: { [champ]: e.message } };
}
