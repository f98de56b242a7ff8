/**
 * The « Capacité » simulator of chapter 8: the working time and visit figures as the learner
 * typed them (text, so « 7,5 » comes back as « 7,5 » after a reload, and nothing typed is lost
 * while invalid), one set per company, and their evaluation through src/lib/planning/planning.ts and
 * capacite.ts.
 *
 * Stored under `atelier:v1:capacites` as { [company id]: eight strings } (see `SaisieCapacite`),
 * like the plan of planning.ts: the company comes from planning-contexte.ts, which this chapter
 * already loads, not from campagne.ts and its prospect file. A company never edited shows its own
 * figures (`capaciteDeDepart`: its salesperson's week, the visits its last campaign planned), the
 * learner's own file the lesson's example; it is stored on the first edit only.
 * HOW THE STORED VALUE CAN GO STALE:
 * - the single value of `atelier:v1:capacite` (before issue 14, one for every company) is adopted
 *   once for the company studied at that moment, then removed: nothing typed is lost;
 * - a value of another shape fails `validerSaisieCapacite`: the record is set aside and reported
 *   by `atomePersistant`, and each company's own figures come back. Adding a field later: bump
 *   the key or accept its absence in the validator.
 * Conventions: the working day is typed in hours, every other duration in minutes; second
 * visits are whole visits, so prospects × rate is rounded up (as the lesson's 300 × 40 % = 120).
 */
import { computed } from 'nanostores';
import { formatNombre, parseNombre, parsePourcentage } from '../lib/commun/nombres.ts';
import { arrondiSuperieur } from '../lib/commun/champs.ts';
import { bilanDeCapacite, capaciteDeVisites } from '../lib/planning/planning.ts';
import { visitesParCommercial } from '../lib/planning/capacite.ts';
import type { ErreurDeSaisie } from '../lib/commun/resultat.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $contextePlan, contexteCourant, type ContextePlan } from './planning-contexte.ts';

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

/** Where a company starts: its own figures typed French style (« 1,5 », « 65 » %), or the lesson's example. */
export function capaciteParDefaut(c: Pick<ContextePlan, 'capacite'>): SaisieCapacite {
  const d = c.capacite;
  return d
    ? (Object.fromEntries(
        Object.entries({ ...d, tauxSecondeVisite: d.tauxSecondeVisite * 100 }).map(([k, v]) => [
          k,
          String(Math.round(v * 100) / 100).replace('.', ','),
        ]),
      ) as unknown as SaisieCapacite)
    : CAPACITE_PAR_DEFAUT;
}

/** Every company's figures as typed, by company id, persisted under `atelier:v1:capacites`. */
export const $capacites = atomePersistant<Record<string, SaisieCapacite>>(
  'capacites',
  {},
  validerParEntreprise(validerSaisieCapacite),
);

// The single value kept before issue 14 goes to the company studied then, once.
const $ancienne = atomePersistant<SaisieCapacite | undefined>(
  'capacite',
  undefined,
  validerSaisieCapacite,
);
const ancienne = $ancienne.get();
if (ancienne !== undefined) {
  const id = contexteCourant().id;
  if (!$capacites.get()[id]) $capacites.set({ ...$capacites.get(), [id]: ancienne });
  $ancienne.set(undefined);
}

/** The figures of the company studied. */
export const $saisieCapacite = computed(
  [$capacites, $contextePlan],
  (toutes, c) => toutes[c.id] ?? capaciteParDefaut(c),
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

/** Changes one or more typed figures of the company studied. */
export function modifierCapacite(changement: Partial<SaisieCapacite>): void {
  const id = $contextePlan.get().id;
  $capacites.set({ ...$capacites.get(), [id]: { ...$saisieCapacite.get(), ...changement } });
}

/** Back to the company's own figures (the other companies keep theirs). */
export function reinitialiserCapacite(): void {
  const { [$contextePlan.get().id]: _, ...autres } = $capacites.get();
  $capacites.set(autres);
}
