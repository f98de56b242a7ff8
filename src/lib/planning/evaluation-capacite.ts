/**
 * The evaluation of chapter 8's « Capacité » simulator: the figures as the learner typed them
 * (text, as stores/capacite.ts keeps them), read the French way and run through planning.ts and
 * capacite.ts; each error is a French sentence placed next to the field to change.
 * Conventions: the working day is typed in hours, every other duration in minutes; second
 * visits are whole visits, so prospects × rate is rounded up (as the lesson's 300 × 40 % = 120).
 */
import {
  formatNombre,
  nombreSaisissable,
  parseNombre,
  parsePourcentage,
} from '../commun/nombres.ts';
import { arrondiSuperieur } from '../commun/champs.ts';
import { accorder } from '../commun/accord.ts';
import {
  echec,
  type ErreurDeSaisie,
  type Resultat,
  type ResultatChamps,
} from '../commun/resultat.ts';
import { bilanDeCapacite, capaciteDeVisites } from './planning.ts';
import { visitesParCommercial } from './capacite.ts';
// The same eight figures a company's card starts from (a type only: nothing of that module ships).
import type { CapaciteDeDepart } from './capacite-depart.ts';

/** What the learner typed. */
export interface SaisieCapacite {
  semaines: string;
  joursParSemaine: string;
  heuresParJour: string;
  tempsAdministratif: string;
  dureeVisite: string;
  dureeTrajet: string;
  prospects: string;
  tauxSecondeVisite: string;
}

/** The worked example of the lesson: 46 weeks, 2 days a week, 8 h − 1 h, 60 + 40 min, 300 prospects, 40 % seen twice. */
export const CAPACITE_PAR_DEFAUT: SaisieCapacite = {
  semaines: '46',
  joursParSemaine: '2',
  heuresParJour: '8',
  tempsAdministratif: '60',
  dureeVisite: '60',
  dureeTrajet: '40',
  prospects: '300',
  tauxSecondeVisite: '40',
};

/** The typed fields, in the order of the form. */
export const CHAMPS_CAPACITE = Object.keys(CAPACITE_PAR_DEFAUT) as (keyof SaisieCapacite)[];

/**
 * Where a company starts (issue 14: moved from stores/capacite.ts): its own figures written as the
 * learner would type them (« 1,5 », « 1 250 »), the share seen twice in points (0,35 → « 35 », as
 * the field reads it back through `parsePourcentage`); the lesson's example without a card.
 */
export function capaciteParDefaut({ capacite }: { capacite?: CapaciteDeDepart }): SaisieCapacite {
  if (!capacite) return CAPACITE_PAR_DEFAUT;
  const chiffres = { ...capacite, tauxSecondeVisite: capacite.tauxSecondeVisite * 100 };
  return Object.fromEntries(
    CHAMPS_CAPACITE.map((c) => [c, nombreSaisissable(chiffres[c], 2)]),
  ) as unknown as SaisieCapacite;
}

/** A valid evaluation: the figures read and the capacity of one salesperson against the need. */
export interface ResultatCapacite extends CapaciteDeDepart {
  /** Prospecting days a year. */ jours: number;
  minutesParJour: number;
  /** Minutes left for visits once the admin time is taken. */ minutesDisponibles: number;
  minutesParVisite: number;
  /** Before rounding down (4,2 in the lesson). */ visitesParJourExact: number;
  visitesParJour: number;
  /** Visits one salesperson can make in a year. */ visitesPossibles: number;
  secondesVisites: number;
  visitesNecessaires: number;
  /** Possible − needed for one salesperson: negative when visits are left undone. */ ecart: number;
  commerciauxNecessaires: number;
}

/**
 * The visits needed, split, under chapter 8's figures: « 300 premières + 120 secondes »,
 * « 1 première + aucune seconde ». (The reading, interpretation-capacite.ts, says it in a sentence;
 * it does not import this module, which would split it out of the page's first chunk.)
 */
export function premieresEtSecondes({
  prospects,
  secondesVisites,
}: Pick<ResultatCapacite, 'prospects' | 'secondesVisites'>): string {
  return `${accorder(prospects, 'première', 'premières', { feminin: true })} + ${accorder(secondesVisites, 'seconde', 'secondes', { feminin: true })}`;
}

/** The evaluation: the result when every field is valid, else a French error by field. */
export type EvaluationCapacite = ResultatChamps<ResultatCapacite, keyof SaisieCapacite>;
type Erreurs = Partial<Record<keyof SaisieCapacite, string>>;
type Valeurs = Record<keyof SaisieCapacite, number>;

const LIBELLES: Record<keyof SaisieCapacite, string> = {
  semaines: 'le nombre de semaines travaillées',
  joursParSemaine: 'le nombre de jours de prospection par semaine',
  heuresParJour: 'la durée de la journée',
  tempsAdministratif: 'le temps administratif',
  dureeVisite: 'la durée d’une visite',
  dureeTrajet: 'le temps de trajet',
  prospects: 'le nombre de prospects',
  tauxSecondeVisite: 'la part de prospects revus',
};

/** Lib parameter names that are not field keys, mapped to the field the learner types. */
const CHAMP_DU_PARAMETRE: Record<string, keyof SaisieCapacite> = {
  minutesParJour: 'heuresParJour',
  jours: 'joursParSemaine',
};

/** The checks a field's figure gets once read, beyond being a number (none: any number). */
const BORNES: Partial<Record<keyof SaisieCapacite, (n: number) => string | undefined>> = {
  prospects: (n) =>
    n < 0 || !Number.isInteger(n)
      ? 'Le nombre de prospects doit être un entier positif ou nul.'
      : undefined,
  tauxSecondeVisite: (n) =>
    n < 0 || n > 1
      ? 'La part de prospects revus doit être comprise entre 0\u202f% et 100\u202f%.'
      : undefined,
};

/** Reads one field the French way, then checks its bounds. */
function lireChamp(s: SaisieCapacite, c: keyof SaisieCapacite): Resultat<number> {
  const lu = (c === 'tauxSecondeVisite' ? parsePourcentage : parseNombre)(s[c], {
    champ: c,
    libelle: LIBELLES[c],
  });
  const horsBornes = lu.ok ? BORNES[c]?.(lu.valeur) : undefined;
  return horsBornes ? echec(horsBornes, c) : lu;
}

/** Reads every field; the weeks and days are checked together (0–53, 0–7) once both are read. */
function lireSaisie(s: SaisieCapacite): ResultatChamps<Valeurs, keyof SaisieCapacite> {
  const erreurs: Erreurs = {};
  const n: Partial<Valeurs> = {};
  for (const c of CHAMPS_CAPACITE) {
    const lu = lireChamp(s, c);
    if (lu.ok) n[c] = lu.valeur;
    else erreurs[c] = lu.erreur.message;
  }
  if (n.semaines !== undefined && n.joursParSemaine !== undefined) {
    // The visits per day come later.
    const bornes = visitesParCommercial({
      semaines: n.semaines,
      joursParSemaine: n.joursParSemaine,
      visitesParJour: 0,
    });
    if (!bornes.ok) signaler(erreurs, bornes.erreur);
  }
  return Object.keys(erreurs).length > 0
    ? { ok: false, erreurs }
    : { ok: true, valeur: n as Valeurs };
}

/** Parses what was typed and runs planning.ts and capacite.ts. */
export function evaluerCapacite(s: SaisieCapacite): EvaluationCapacite {
  const lu = lireSaisie(s);
  if (!lu.ok) return lu;
  const v = lu.valeur;
  const jours = v.semaines * v.joursParSemaine;
  const capacite = capaciteDeVisites({
    minutesParJour: v.heuresParJour * 60,
    dureeVisite: v.dureeVisite,
    dureeTrajet: v.dureeTrajet,
    tempsAdministratif: v.tempsAdministratif,
    jours,
  });
  if (!capacite.ok) return enErreur(capacite.erreur);
  const c = capacite.valeur;
  const minutesDisponibles = c.visitesParJour * c.minutesParVisite + c.minutesInutilisees;
  const impossible = sansVisite(c, minutesDisponibles, jours);
  if (impossible) return { ok: false, erreurs: impossible };
  const parCommercial = visitesParCommercial({
    semaines: v.semaines,
    joursParSemaine: v.joursParSemaine,
    visitesParJour: c.visitesParJour,
  });
  if (!parCommercial.ok) return enErreur(parCommercial.erreur);
  const secondesVisites = arrondiSuperieur(v.prospects * v.tauxSecondeVisite);
  const visitesNecessaires = v.prospects + secondesVisites;
  const bilan = bilanDeCapacite({
    visitesNecessaires,
    visitesPossiblesParCommercial: parCommercial.valeur,
  });
  if (!bilan.ok) return enErreur(bilan.erreur);
  return {
    ok: true,
    valeur: {
      ...v,
      jours,
      minutesParJour: v.heuresParJour * 60,
      minutesDisponibles,
      minutesParVisite: c.minutesParVisite,
      visitesParJourExact: minutesDisponibles / c.minutesParVisite,
      visitesParJour: c.visitesParJour,
      visitesPossibles: parCommercial.valeur,
      secondesVisites,
      visitesNecessaires,
      ecart: bilan.valeur.ecart,
      commerciauxNecessaires: bilan.valeur.commerciauxNecessaires,
    },
  };
}

/**
 * Without any possible visit, or without any day, no number of salespeople is enough: says which
 * figure to change (nothing when visits are possible).
 */
function sansVisite(
  { visitesParJour, minutesParVisite }: { visitesParJour: number; minutesParVisite: number },
  minutesDisponibles: number,
  jours: number,
): Erreurs | undefined {
  if (visitesParJour === 0 && minutesDisponibles === 0)
    return {
      tempsAdministratif:
        'Le temps administratif occupe toute la journée\u202f: il ne reste aucune minute pour les visites.',
    };
  if (visitesParJour === 0)
    return {
      dureeVisite: `Une visite et son trajet (${formatNombre(minutesParVisite, 0)}\u00a0min) ne tiennent pas dans les ${formatNombre(minutesDisponibles, 0)}\u00a0min disponibles par jour.`,
    };
  if (jours === 0)
    return {
      joursParSemaine:
        'Sans aucun jour de prospection, aucune visite n’est possible\u202f: saisissez au moins une semaine et un jour.',
    };
  return undefined;
}

/** A lib error alone, next to the field it names. */
const enErreur = (e: ErreurDeSaisie): EvaluationCapacite => ({
  ok: false,
  erreurs: signaler({}, e),
});

/** Puts a lib error next to the field it names (a field key, or a parameter mapped to one). */
function signaler(erreurs: Erreurs, e: ErreurDeSaisie): Erreurs {
  const champ =
    CHAMPS_CAPACITE.find((c) => c === e.champ) ??
    (e.champ ? CHAMP_DU_PARAMETRE[e.champ] : undefined) ??
    'prospects';
  if (!erreurs[champ]) erreurs[champ] = e.message;
  return erreurs;
}
