/**
 * The « Capacité » simulator of chapter 8: the working time and visit figures as the learner
 * typed them (text, so « 7,5 » comes back as « 7,5 » after a reload, and nothing typed is lost
 * while invalid), persisted, and their evaluation through src/lib/planning/planning.ts and capacite.ts.
 *
 * Stored under `atelier:v1:capacite` as eight strings (see `SaisieCapacite`). A stored value of
 * another shape is set aside and reported by `atomePersistant`, and the lesson's example comes
 * back. Adding a field later: bump the key or accept its absence in `validerSaisieCapacite`.
 * Conventions: the working day is typed in hours, every other duration in minutes; second
 * visits are whole visits, so prospects × rate is rounded up (as the lesson's 300 × 40 % = 120).
 */
import { computed } from 'nanostores';
import {
  formatNombre,
  formatPourcentage,
  parseNombre,
  parsePourcentage,
} from '../lib/commun/nombres.ts';
import { arrondiSuperieur } from '../lib/commun/champs.ts';
import { bilanDeCapacite, capaciteDeVisites } from '../lib/planning/planning.ts';
import { visitesParCommercial } from '../lib/planning/capacite.ts';
import type { ErreurDeSaisie } from '../lib/commun/resultat.ts';
import { atomePersistant } from './persistance.ts';

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

const CHAMPS = Object.keys(CAPACITE_PAR_DEFAUT) as (keyof SaisieCapacite)[];

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieCapacite(brut: unknown): SaisieCapacite | undefined {
  if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
  const b = brut as Record<string, unknown>;
  if (!CHAMPS.every((c) => typeof b[c] === 'string' && (b[c] as string).length <= 60))
    return undefined;
  return Object.fromEntries(CHAMPS.map((c) => [c, b[c]])) as unknown as SaisieCapacite;
}

/** The learner's figures, persisted under `atelier:v1:capacite`. */
export const $saisieCapacite = atomePersistant<SaisieCapacite>(
  'capacite',
  CAPACITE_PAR_DEFAUT,
  validerSaisieCapacite,
);

/** A valid evaluation: the figures read and the capacity of one salesperson against the need. */
export interface ResultatCapacite {
  semaines: number;
  joursParSemaine: number;
  heuresParJour: number;
  tempsAdministratif: number;
  dureeVisite: number;
  dureeTrajet: number;
  prospects: number;
  tauxSecondeVisite: number;
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

/** Per-field French errors, and the result when every field is valid. */
export interface EvaluationCapacite {
  erreurs: Partial<Record<keyof SaisieCapacite, string>>;
  resultat?: ResultatCapacite;
}

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

/** Parses what was typed and runs src/lib/planning/planning.ts and capacite.ts; pure, unit-tested. */
export function evaluerCapacite(s: SaisieCapacite): EvaluationCapacite {
  const erreurs: EvaluationCapacite['erreurs'] = {};
  const n: Partial<Record<keyof SaisieCapacite, number>> = {};
  for (const c of CHAMPS) {
    const lu = (c === 'tauxSecondeVisite' ? parsePourcentage : parseNombre)(s[c], {
      champ: c,
      libelle: LIBELLES[c],
    });
    if (lu.ok) n[c] = lu.valeur;
    else erreurs[c] = lu.erreur.message;
  }
  if (n.prospects !== undefined && (n.prospects < 0 || !Number.isInteger(n.prospects)))
    erreurs.prospects = 'Le nombre de prospects doit être un entier positif ou nul.';
  if (n.tauxSecondeVisite !== undefined && (n.tauxSecondeVisite < 0 || n.tauxSecondeVisite > 1))
    erreurs.tauxSecondeVisite =
      'La part de prospects revus doit être comprise entre 0\u202f% et 100\u202f%.';
  if (n.semaines !== undefined && n.joursParSemaine !== undefined) {
    // Checks weeks (0–53) and days (0–7) only; the visits per day come later.
    const bornes = visitesParCommercial({
      semaines: n.semaines,
      joursParSemaine: n.joursParSemaine,
      visitesParJour: 0,
    });
    if (!bornes.ok) signaler(erreurs, bornes.erreur);
  }
  if (Object.keys(erreurs).length > 0) return { erreurs };
  const v = n as Record<keyof SaisieCapacite, number>;
  const jours = v.semaines * v.joursParSemaine;
  const capacite = capaciteDeVisites({
    minutesParJour: v.heuresParJour * 60,
    dureeVisite: v.dureeVisite,
    dureeTrajet: v.dureeTrajet,
    tempsAdministratif: v.tempsAdministratif,
    jours,
  });
  if (!capacite.ok) return { erreurs: signaler({}, capacite.erreur) };
  const c = capacite.valeur;
  const minutesDisponibles = c.visitesParJour * c.minutesParVisite + c.minutesInutilisees;
  // Without any possible visit, no number of salespeople is enough: say which figure to change.
  if (c.visitesParJour === 0) {
    return minutesDisponibles === 0
      ? {
          erreurs: {
            tempsAdministratif:
              'Le temps administratif occupe toute la journée\u202f: il ne reste aucune minute pour les visites.',
          },
        }
      : {
          erreurs: {
            dureeVisite: `Une visite et son trajet (${formatNombre(c.minutesParVisite, 0)}\u00a0min) ne tiennent pas dans les ${formatNombre(minutesDisponibles, 0)}\u00a0min disponibles par jour.`,
          },
        };
  }
  if (jours === 0)
    return {
      erreurs: {
        joursParSemaine:
          'Sans aucun jour de prospection, aucune visite n’est possible\u202f: saisissez au moins une semaine et un jour.',
      },
    };
  const parCommercial = visitesParCommercial({
    semaines: v.semaines,
    joursParSemaine: v.joursParSemaine,
    visitesParJour: c.visitesParJour,
  });
  if (!parCommercial.ok) return { erreurs: signaler({}, parCommercial.erreur) };
  const secondesVisites = arrondiSuperieur(v.prospects * v.tauxSecondeVisite);
  const visitesNecessaires = v.prospects + secondesVisites;
  const bilan = bilanDeCapacite({
    visitesNecessaires,
    visitesPossiblesParCommercial: parCommercial.valeur,
  });
  if (!bilan.ok) return { erreurs: signaler({}, bilan.erreur) };
  return {
    erreurs,
    resultat: {
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

/** Puts a lib error next to the field it names (a field key, or a parameter mapped to one). */
function signaler(
  erreurs: EvaluationCapacite['erreurs'],
  e: ErreurDeSaisie,
): EvaluationCapacite['erreurs'] {
  const champ =
    CHAMPS.find((c) => c === e.champ) ??
    (e.champ ? CHAMP_DU_PARAMETRE[e.champ] : undefined) ??
    'prospects';
  if (!erreurs[champ]) erreurs[champ] = e.message;
  return erreurs;
}

/** The evaluation of the current figures. */
export const $evaluationCapacite = computed($saisieCapacite, evaluerCapacite);

/** A count with its noun agreed (French: singular below 2). */
const compte = (n: number, nom: string, decimales = 0) =>
  `${formatNombre(n, decimales)}\u00a0${nom}${Math.abs(n) >= 2 ? 's' : ''}`;

/** The plain-French reading of a result, shown under the figures. */
export function interpreterCapacite(r: ResultatCapacite): string {
  const arrondi =
    r.visitesParJourExact === r.visitesParJour
      ? ''
      : ` (${formatNombre(r.visitesParJourExact, 1)} arrondi vers le bas)`;
  const capacite = `Avec ${formatNombre(r.minutesDisponibles, 0)}\u00a0min par jour pour le terrain et ${formatNombre(r.minutesParVisite, 0)}\u00a0min par visite trajet compris, un commercial fait ${compte(r.visitesParJour, 'visite')} par jour${arrondi}, soit ${compte(r.visitesPossibles, 'visite')} sur ses ${compte(r.jours, 'jour', 1)} de prospection.`;
  if (r.visitesNecessaires === 0)
    return `${capacite} Aucune visite n’est à faire\u202f: saisissez le nombre de prospects retenus.`;
  const besoin = `Il en faut ${formatNombre(r.visitesNecessaires, 0)}\u202f: ${formatNombre(r.prospects, 0)} premières visites et ${formatNombre(r.secondesVisites, 0)} secondes (${formatPourcentage(r.tauxSecondeVisite, 1)} des prospects).`;
  if (r.ecart >= 0) {
    const marge =
      r.ecart === 0 ? 'sans aucune marge' : `avec une marge de ${compte(r.ecart, 'visite')}`;
    return `${capacite} ${besoin} Un seul commercial suffit, ${marge}.`;
  }
  return `${capacite} ${besoin} Un seul commercial laisserait ${compte(-r.ecart, 'visite')} non faite${-r.ecart >= 2 ? 's' : ''}\u202f: il en faut ${r.commerciauxNecessaires}, à moins de gagner du temps (trajets plus courts, plus de jours de prospection, prospects qualifiés par téléphone).`;
}

/** Changes one or more typed figures. */
export function modifierCapacite(changement: Partial<SaisieCapacite>): void {
  $saisieCapacite.set({ ...$saisieCapacite.get(), ...changement });
}

/** Restores the lesson's example. */
export function reinitialiserCapacite(): void {
  $saisieCapacite.set(CAPACITE_PAR_DEFAUT);
}
