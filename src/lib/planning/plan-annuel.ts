/**
 * The annual plan month by month (course chapter 8; seed 000 « Préparer la prospection »: the
 * year's actions, tasks put in order to avoid errors and delays): each action's workload spread
 * over its months in proportion to their working days (planning.ts's conventions), against the
 * team's capacity, with overload, overlap, order and out-of-year warnings. In named steps:
 * check the frame, the empty months, each action's days, the load, then the warnings.
 */
import {
  composantes,
  isoDepuisDate,
  isoDepuisJour,
  jourDepuisISO,
  jourDeSemaine,
  NOMS_DES_MOIS,
} from '../commun/dates.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { estFini, formatNombre } from '../commun/nombres.ts';
import { ensembleFeries, type Feries } from './planning.ts';

/** An action of the annual plan (« premier mailing », « salon », « mission de prospection »…). */
export interface ActionPlanifiee {
  id: string;
  libelle: string;
  /** First and last day (ISO, included). */ debut: string;
  fin: string;
  /** Workload in person-days. */ charge: number;
  /** Who carries it out: two actions of the same resource must not overlap. */ ressource?: string;
  /** Ids of the actions that must be finished before this one starts (« hiérarchiser les tâches »). */ apres?: readonly string[];
}
/** A month of the plan: working days, capacity and load in person-days, actions running. */
export interface MoisDuPlan {
  mois: number;
  libelle: string;
  joursOuvres: number;
  capacite: number;
  charge: number;
  tauxDeCharge: number | null;
  actions: string[];
}
/** A warning on the plan. */
export interface AlertePlan {
  type: 'surcharge' | 'chevauchement' | 'ordre' | 'hors-annee';
  mois?: number;
  actions: string[];
  message: string;
}

const g = (t: string) => `«\u00a0${t}\u00a0»`;

/** The year and the team of an annual plan, checked; the first French error otherwise. */
function verifierCadre({
  annee,
  effectif,
  partProspection,
  actions,
}: {
  annee: number;
  effectif: number;
  partProspection: number;
  actions: readonly ActionPlanifiee[];
}): Resultat<true> {
  if (!Number.isInteger(annee) || annee < 1900 || annee > 2200)
    return echec('L’année doit être un entier entre 1900 et 2200.', 'annee');
  if (!estFini(effectif) || effectif < 0)
    return echec('L’effectif doit être un nombre positif ou nul.', 'effectif');
  if (!estFini(partProspection) || partProspection < 0 || partProspection > 1)
    return echec(
      'La part du temps consacrée à la prospection doit être comprise entre 0 et 100\u202f%.',
      'partProspection',
    );
  if (!Array.isArray(actions)) return echec('La liste des actions est absente.', 'actions');
  return ok(true);
}

/** The twelve months of the year with their working days and capacity, no load yet. */
function moisVides({
  annee,
  ouvre,
  effectif,
  partProspection,
}: {
  annee: number;
  ouvre: (jour: number) => boolean;
  effectif: number;
  partProspection: number;
}): MoisDuPlan[] {
  return NOMS_DES_MOIS.map((libelle, i) => {
    const d = jourDepuisISO(isoDepuisDate(annee, i + 1, 1)) as number,
      f = jourDepuisISO(isoDepuisDate(annee, i + 2, 0)) as number;
    let n = 0;
    for (let j = d; j <= f; j++) if (ouvre(j)) n++;
    return {
      mois: i + 1,
      libelle,
      joursOuvres: n,
      capacite: n * effectif * partProspection,
      charge: 0,
      tauxDeCharge: null,
      actions: [],
    };
  });
}

/** An action with its first and last day as day numbers. */
interface ActionBornee {
  d: number;
  f: number;
  a: ActionPlanifiee;
}

/** One action's first and last day, checked (valid dates in order, a load of zero or more). */
function bornerAction(a: ActionPlanifiee, rang: number): Resultat<ActionBornee> {
  const d = jourDepuisISO(a?.debut),
    f = jourDepuisISO(a?.fin);
  const nom = a?.libelle || `n°\u00a0${rang + 1}`;
  if (d === null || f === null)
    return echec(`Les dates de l’action ${g(nom)} ne sont pas valides (aaaa-mm-jj).`, 'actions');
  if (f < d) return echec(`L’action ${g(nom)} finit avant de commencer.`, 'actions');
  if (!estFini(a.charge) || a.charge < 0)
    return echec(
      `La charge de l’action ${g(nom)} doit être un nombre de jours positif ou nul.`,
      'actions',
    );
  return ok({ d, f, a });
}

/** Each action's days by id, in the plan's order; the first French error otherwise (a duplicate id too). */
function bornerActions(actions: readonly ActionPlanifiee[]): Resultat<Map<string, ActionBornee>> {
  const bornes = new Map<string, ActionBornee>();
  for (let k = 0; k < actions.length; k++) {
    const b = bornerAction(actions[k], k);
    if (!b.ok) return b;
    const { id } = b.valeur.a;
    if (bornes.has(id)) return echec(`Deux actions portent l’identifiant ${g(id)}.`, 'actions');
    bornes.set(id, b.valeur);
  }
  return ok(bornes);
}

/**
 * Adds each action's load to the months it runs in, spread over its working days (calendar days
 * if it has none, e.g. a weekend fair); an action outside the year gets a warning instead.
 */
function repartirCharges({
  bornes,
  mois,
  ouvre,
  annee,
}: {
  bornes: Iterable<ActionBornee>;
  mois: MoisDuPlan[];
  ouvre: (jour: number) => boolean;
  annee: number;
}): AlertePlan[] {
  const alertes: AlertePlan[] = [];
  const debutAnnee = jourDepuisISO(isoDepuisDate(annee, 1, 1)) as number,
    finAnnee = jourDepuisISO(isoDepuisDate(annee, 12, 31)) as number;
  let k = 0;
  for (const { d, f, a } of bornes) {
    const nom = a.libelle || `n°\u00a0${k + 1}`;
    k++;
    const d1 = Math.max(d, debutAnnee),
      f1 = Math.min(f, finAnnee);
    if (d1 > f1) {
      alertes.push({
        type: 'hors-annee',
        actions: [a.id],
        message: `L’action ${g(nom)} n’a lieu à aucun moment de ${annee}.`,
      });
      continue;
    }
    const parMois = new Array(12).fill(0);
    let total = 0;
    for (let j = d; j <= f; j++) if (ouvre(j)) total++;
    for (let j = d1; j <= f1; j++) if (total === 0 || ouvre(j)) parMois[composantes(j).mois - 1]++;
    const base = total === 0 ? f - d + 1 : total;
    parMois.forEach((n, i) => {
      if (n > 0) {
        mois[i].charge += (a.charge * n) / base;
        mois[i].actions.push(a.id);
      }
    });
  }
  return alertes;
}

/** Each month's load rate, and a warning for each month whose load passes its capacity. */
function alertesDeSurcharge(mois: MoisDuPlan[]): AlertePlan[] {
  const alertes: AlertePlan[] = [];
  for (const m of mois) {
    m.tauxDeCharge = m.capacite > 0 ? m.charge / m.capacite : null;
    if (m.charge > m.capacite + 1e-9)
      alertes.push({
        type: 'surcharge',
        mois: m.mois,
        actions: [...m.actions],
        message: `En ${m.libelle}, la charge (${formatNombre(m.charge, 1)}\u00a0j) dépasse le temps disponible (${formatNombre(m.capacite, 1)}\u00a0j).`,
      });
  }
  return alertes;
}

/** The warning when an action starts before the end of one it must follow; an error if that one is unknown. */
function alertesDOrdre({
  A,
  bornes,
  debutAnnee,
}: {
  A: ActionBornee;
  bornes: Map<string, ActionBornee>;
  debutAnnee: number;
}): Resultat<AlertePlan[]> {
  const alertes: AlertePlan[] = [];
  for (const prealable of A.a.apres ?? []) {
    const P = bornes.get(prealable);
    if (!P)
      return echec(
        `L’action ${g(A.a.libelle)} dépend d’une action inconnue (${g(prealable)}).`,
        'actions',
      );
    if (A.d <= P.f)
      alertes.push({
        type: 'ordre',
        mois: composantes(Math.max(A.d, debutAnnee)).mois,
        actions: [P.a.id, A.a.id],
        message: `${g(A.a.libelle)} commence avant la fin de ${g(P.a.libelle)}, qui doit la précéder.`,
      });
  }
  return ok(alertes);
}

/** The warning when two actions of the same person overlap within the year, else undefined. */
function chevauchement(
  A: ActionBornee,
  B: ActionBornee,
  { debutAnnee, finAnnee }: { debutAnnee: number; finAnnee: number },
): AlertePlan | undefined {
  if (!A.a.ressource || A.a.ressource !== B.a.ressource || A.f < B.d || B.f < A.d) return undefined;
  const debutCommun = Math.max(A.d, B.d, debutAnnee);
  if (debutCommun > Math.min(A.f, B.f, finAnnee)) return undefined;
  return {
    type: 'chevauchement',
    mois: composantes(debutCommun).mois,
    actions: [A.a.id, B.a.id],
    message: `${g(A.a.libelle)} et ${g(B.a.libelle)} mobilisent ${A.a.ressource} en même temps (à partir du ${isoDepuisJour(debutCommun).split('-').reverse().join('/')}).`,
  };
}

/** Order and overlap warnings, action by action in the plan's order; an error for an unknown predecessor. */
function alertesEntreActions({
  bornes,
  annee,
}: {
  bornes: Map<string, ActionBornee>;
  annee: number;
}): Resultat<AlertePlan[]> {
  const limites = {
    debutAnnee: jourDepuisISO(isoDepuisDate(annee, 1, 1)) as number,
    finAnnee: jourDepuisISO(isoDepuisDate(annee, 12, 31)) as number,
  };
  const liste = [...bornes.values()];
  const alertes: AlertePlan[] = [];
  for (let x = 0; x < liste.length; x++) {
    const ordre = alertesDOrdre({ A: liste[x], bornes, debutAnnee: limites.debutAnnee });
    if (!ordre.ok) return ordre;
    alertes.push(...ordre.valeur);
    for (let y = x + 1; y < liste.length; y++) {
      const alerte = chevauchement(liste[x], liste[y], limites);
      if (alerte) alertes.push(alerte);
    }
  }
  return ok(alertes);
}

/** Month-by-month plan of a year: load per month against capacity, with overload, overlap and order warnings. */
export function planAnnuel({
  annee,
  actions,
  effectif = 1,
  partProspection = 1,
  feries = 'france',
}: {
  annee: number;
  actions: readonly ActionPlanifiee[];
  /** People available. */ effectif?: number;
  /** Share of their working time left for prospecting (the portfolio takes the rest), a fraction. */ partProspection?: number;
  feries?: Feries;
}): Resultat<{ mois: MoisDuPlan[]; alertes: AlertePlan[] }> {
  const cadre = verifierCadre({ annee, effectif, partProspection, actions });
  if (!cadre.ok) return cadre;
  const s = ensembleFeries(
    feries,
    jourDepuisISO(isoDepuisDate(annee, 1, 1)) as number,
    jourDepuisISO(isoDepuisDate(annee, 12, 31)) as number,
  );
  if (!s.ok) return s;
  const ouvre = (j: number) => jourDeSemaine(j) < 5 && !s.valeur.has(j);
  const mois = moisVides({ annee, ouvre, effectif, partProspection });
  const bornes = bornerActions(actions);
  if (!bornes.ok) return bornes;
  const entre = alertesEntreActions({ bornes: bornes.valeur, annee });
  if (!entre.ok) return entre;
  // The load first: the overload warnings read it. Warnings of the same month keep this order.
  const horsAnnee = repartirCharges({ bornes: bornes.valeur.values(), mois, ouvre, annee });
  const alertes = [...horsAnnee, ...alertesDeSurcharge(mois), ...entre.valeur];
  alertes.sort((p, q) => (p.mois ?? 0) - (q.mois ?? 0));
  return ok({ mois, alertes });
}
