/**
 * The annual plan of a prospecting campaign, month by month (chapter 8 « Planifier »; seed 000:
 * the year's actions spread over twelve months in their logical order; seed 002 §4.1.4–4.1.5:
 * time needed versus time available).
 * Conventions:
 * - the campaign year is twelve consecutive months from any first month, so it may straddle two
 *   calendar years; an action covers whole months: its first month (rank 0–11) and a length;
 * - loads are typed in days, except visits, typed as a number of visits and turned into days
 *   with the visits per day of the Capacité simulator; an action's load is spread over its
 *   months in proportion to their working days (as `planAnnuel` in plan-annuel.ts);
 * - jours ouvrés = Monday to Friday minus the country's public holidays (France: planning.ts;
 *   Morocco: feries-maroc.ts, lunar holidays estimated);
 * - jours disponibles = jours ouvrés × salespeople × prospecting days per week ÷ 5 (the rest of
 *   the week goes to existing customers); without a Capacité result, every working day counts;
 * - warnings: two « lourdes » actions in the same month; a month whose load exceeds its days
 *   available; more visits in the year than the Capacité simulator allows (visits possible per
 *   salesperson × salespeople).
 */
import { joursFeries, type JourFerie } from './planning.ts';
import { joursFeriesMaroc } from './feries-maroc.ts';
import { composantes, jourDepuisISO, jourDeSemaine, NOMS_DES_MOIS } from '../commun/dates.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { estFini, formatNombre } from '../commun/nombres.ts';

/** The kinds of action of a plan, in the order a campaign usually runs them. */
export const TYPES_D_ACTION = {
  fichier: 'Préparation du fichier',
  phoning: 'Téléprospection',
  'e-mailing': 'E-mailing',
  mailing: 'Mailing',
  salon: 'Salon',
  visites: 'Visites',
  relances: 'Relances',
  bilan: 'Bilan',
} as const;
/** A kind of action. */
export type TypeAction = keyof typeof TYPES_D_ACTION;

/** An action of the plan. */
export interface ActionDuPlan {
  id: string;
  type: TypeAction;
  libelle: string;
  /** Rank of its first month in the campaign (0 = first month). */ debut: number;
  /** Length in months (1–12). */ duree: number;
  /** Load: days, or visits for `visites`. */ charge: number;
  /** A heavy action: it should not share a month with another heavy one. */ lourde: boolean;
}
/** What the Capacité simulator says of one salesperson. */
export interface CapaciteCommerciale {
  visitesParJour: number;
  visitesPossibles: number;
  joursParSemaine: number;
}
/** A month of the campaign. */
export interface MoisDeCampagne {
  rang: number;
  annee: number;
  mois: number;
  libelle: string;
  joursOuvres: number;
  feries: string[];
  joursDisponibles: number;
  charge: number;
  visites: number;
  actions: string[];
  lourdes: string[];
}
/** A warning on the plan. */
export interface AlerteCampagne {
  type: 'collision' | 'surcharge' | 'capacite';
  rang?: number;
  actions: string[];
  message: string;
}
/** The countries whose holidays are known. */
export type Pays = 'FR' | 'MA';

const g = (t: string) => `«\u00a0${t}\u00a0»`;
const nombre = (x: number) => formatNombre(x, 1);
const et = (l: string[]) =>
  l.length < 2 ? l.join('') : `${l.slice(0, -1).join(', ')} et ${l[l.length - 1]}`;

/** The public holidays of the campaign's two calendar years, by day number. */
function feriesDeCampagne(anneeDebut: number, pays: Pays): Map<number, string> {
  const feries = new Map<number, string>();
  for (const annee of [anneeDebut, anneeDebut + 1]) {
    const l: Resultat<JourFerie[]> =
      pays === 'MA' ? joursFeriesMaroc({ annee }) : joursFeries({ annee });
    if (l.ok) for (const f of l.valeur) feries.set(jourDepuisISO(f.date) as number, f.nom);
  }
  return feries;
}

/** A month of the calendar. */
type MoisDuCalendrier = Pick<
  MoisDeCampagne,
  'rang' | 'annee' | 'mois' | 'libelle' | 'joursOuvres' | 'feries'
>;

/** The month of a given rank: its working days, and the holidays that fall on a weekday. */
function moisDuCalendrier(
  anneeDebut: number,
  moisDebut: number,
  rang: number,
  feries: Map<number, string>,
): MoisDuCalendrier {
  const debut = Math.round(Date.UTC(anneeDebut, moisDebut - 1 + rang, 1) / 86_400_000);
  const fin = Math.round(Date.UTC(anneeDebut, moisDebut + rang, 1) / 86_400_000);
  const { annee, mois } = composantes(debut);
  let joursOuvres = 0;
  const noms: string[] = [];
  for (let j = debut; j < fin; j++) {
    if (jourDeSemaine(j) >= 5) continue;
    const nom = feries.get(j);
    if (nom === undefined) joursOuvres++;
    else if (!noms.includes(nom)) noms.push(nom);
  }
  return {
    rang,
    annee,
    mois,
    libelle: `${NOMS_DES_MOIS[mois - 1]} ${annee}`,
    joursOuvres,
    feries: noms,
  };
}

/** The twelve months of a campaign with their working days and public holidays. */
export function calendrierDeCampagne({
  anneeDebut,
  moisDebut,
  pays,
}: {
  anneeDebut: number;
  moisDebut: number;
  pays: Pays;
}): Resultat<MoisDuCalendrier[]> {
  if (!Number.isInteger(anneeDebut) || anneeDebut < 1900 || anneeDebut > 2199)
    return echec('L’année de début doit être un entier entre 1900 et 2199.', 'anneeDebut');
  if (!Number.isInteger(moisDebut) || moisDebut < 1 || moisDebut > 12)
    return echec('Le premier mois doit être compris entre 1 et 12.', 'moisDebut');
  const feries = feriesDeCampagne(anneeDebut, pays);
  return ok(
    Array.from({ length: 12 }, (_, rang) => moisDuCalendrier(anneeDebut, moisDebut, rang, feries)),
  );
}

/** A Capacité result the plan can use: visits per day above zero, no negative or infinite figure. */
const capaciteUtilisable = (c: CapaciteCommerciale) =>
  estFini(c.visitesParJour) &&
  c.visitesParJour > 0 &&
  estFini(c.visitesPossibles) &&
  c.visitesPossibles >= 0 &&
  estFini(c.joursParSemaine) &&
  c.joursParSemaine >= 0;

/** The team checked: 1 to 500 salespeople, a usable Capacité result if any; a French error otherwise. */
function verifierEquipe(commerciaux: number, capacite?: CapaciteCommerciale): Resultat<true> {
  if (!Number.isInteger(commerciaux) || commerciaux < 1 || commerciaux > 500)
    return echec('Le nombre de commerciaux doit être un entier entre 1 et 500.', 'commerciaux');
  if (capacite && !capaciteUtilisable(capacite))
    return echec('Le résultat du simulateur Capacité n’est pas utilisable.', 'capacite');
  return ok(true);
}

/** An action checked: whole months within the campaign, a load of zero or more; a French error by its id otherwise. */
function verifierAction(a: ActionDuPlan): Resultat<true> {
  const nom = g(a.libelle.trim() || TYPES_D_ACTION[a.type] || 'sans nom');
  if (
    !Number.isInteger(a.debut) ||
    !Number.isInteger(a.duree) ||
    a.debut < 0 ||
    a.duree < 1 ||
    a.debut + a.duree > 12
  )
    return echec(`L’action ${nom} doit tenir dans les douze mois de la campagne.`, a.id);
  if (!estFini(a.charge) || a.charge < 0)
    return echec(`La charge de l’action ${nom} doit être un nombre positif ou nul.`, a.id);
  return ok(true);
}

/** Adds an action's load to its months, in proportion to their working days (visits turned into days). */
function repartirAction(
  a: ActionDuPlan,
  mois: MoisDeCampagne[],
  capacite?: CapaciteCommerciale,
): void {
  const couverts = mois.slice(a.debut, a.debut + a.duree);
  const total = couverts.reduce((s, m) => s + m.joursOuvres, 0);
  for (const m of couverts) {
    const quote = a.charge * (total > 0 ? m.joursOuvres / total : 1 / a.duree);
    if (a.type === 'visites') {
      m.visites += quote;
      if (capacite) m.charge += quote / capacite.visitesParJour;
    } else m.charge += quote;
    m.actions.push(a.id);
    if (a.lourde) m.lourdes.push(a.id);
  }
}

/** A month's warnings: heavy actions colliding, then a load past the days available. */
function alertesDuMois(m: MoisDeCampagne, libelleDe: Map<string, string>): AlerteCampagne[] {
  const alertes: AlerteCampagne[] = [];
  if (m.lourdes.length >= 2)
    alertes.push({
      type: 'collision',
      rang: m.rang,
      actions: [...m.lourdes],
      message: `En ${m.libelle}, ${m.lourdes.length} actions lourdes se chevauchent (${et(m.lourdes.map((id) => libelleDe.get(id) as string))})\u202f: décalez l’une d’elles.`,
    });
  if (m.charge > m.joursDisponibles + 1e-9)
    alertes.push({
      type: 'surcharge',
      rang: m.rang,
      actions: [...m.actions],
      message: `En ${m.libelle}, la charge (${nombre(m.charge)}\u00a0j) dépasse les jours disponibles (${nombre(m.joursDisponibles)}\u00a0j).`,
    });
  return alertes;
}

/** The warning when the year's visits pass what the team can make (Capacité simulator), else undefined. */
function alerteDeCapacite(
  actions: readonly ActionDuPlan[],
  visites: number,
  commerciaux: number,
  capacite: CapaciteCommerciale,
): AlerteCampagne | undefined {
  const visitesPossibles = capacite.visitesPossibles * commerciaux;
  if (visites <= visitesPossibles + 1e-9) return undefined;
  return {
    type: 'capacite',
    actions: actions.filter((a) => a.type === 'visites').map((a) => a.id),
    message: `Les ${nombre(visites)}\u00a0visites prévues dépassent la capacité de l’équipe\u202f: ${nombre(visitesPossibles)}\u00a0visites par an (${nombre(capacite.visitesPossibles)} par commercial, simulateur Capacité, × ${commerciaux}).`,
  };
}

const somme = (
  mois: readonly MoisDeCampagne[],
  cle: 'charge' | 'joursOuvres' | 'joursDisponibles',
) => mois.reduce((s, m) => s + m[cle], 0);

/** Month by month: working days, days available, load, visits, with collision, overload and capacity warnings. */
export function planMoisParMois({
  anneeDebut,
  moisDebut,
  pays,
  actions,
  commerciaux,
  capacite,
}: {
  anneeDebut: number;
  moisDebut: number;
  pays: Pays;
  actions: readonly ActionDuPlan[];
  /** Salespeople carrying out the plan. */ commerciaux: number;
  /** The Capacité simulator's result, when it has one. */ capacite?: CapaciteCommerciale;
}): Resultat<{
  mois: MoisDeCampagne[];
  alertes: AlerteCampagne[];
  visites: number;
  visitesPossibles: number | null;
  charge: number;
  joursOuvres: number;
  joursDisponibles: number;
}> {
  const cal = calendrierDeCampagne({ anneeDebut, moisDebut, pays });
  if (!cal.ok) return cal;
  const equipe = verifierEquipe(commerciaux, capacite);
  if (!equipe.ok) return equipe;
  const part = capacite ? capacite.joursParSemaine / 5 : 1;
  const mois: MoisDeCampagne[] = cal.valeur.map((m) => ({
    ...m,
    joursDisponibles: m.joursOuvres * commerciaux * part,
    charge: 0,
    visites: 0,
    actions: [],
    lourdes: [],
  }));
  for (const a of actions) {
    const verifiee = verifierAction(a);
    if (!verifiee.ok) return verifiee;
    repartirAction(a, mois, capacite);
  }
  const libelleDe = new Map(
    actions.map((a) => [a.id, g(a.libelle.trim() || TYPES_D_ACTION[a.type])]),
  );
  const alertes = mois.flatMap((m) => alertesDuMois(m, libelleDe));
  const visites = mois.reduce((s, m) => s + m.visites, 0);
  const depassement = capacite && alerteDeCapacite(actions, visites, commerciaux, capacite);
  if (depassement) alertes.push(depassement);
  return ok({
    mois,
    alertes,
    visites,
    visitesPossibles: capacite ? capacite.visitesPossibles * commerciaux : null,
    charge: somme(mois, 'charge'),
    joursOuvres: somme(mois, 'joursOuvres'),
    joursDisponibles: somme(mois, 'joursDisponibles'),
  });
}

/** [type, label, length in months, load, heavy, the step it waits for] of the default plan (seed 000's order). */
const ETAPES: readonly [TypeAction, string, number, number, boolean, TypeAction | null][] = [
  ['fichier', 'Réunir et qualifier les coordonnées', 1, 6, true, null],
  ['e-mailing', 'E-mailing de présentation', 1, 2, false, 'fichier'],
  ['phoning', 'Téléprospection et prise de rendez-vous', 2, 10, true, 'fichier'],
  ['mailing', 'Publipostage de la documentation', 1, 3, false, 'e-mailing'],
  ['visites', 'Visites de découverte', 3, 90, true, 'phoning'],
  ['salon', 'Salon professionnel', 1, 4, true, 'visites'],
  ['relances', 'Relances des propositions', 2, 5, false, 'salon'],
  ['bilan', 'Bilan de la campagne', 1, 2, false, 'relances'],
];

/** A default plan: each step starts once the one it waits for is over, and August (clients on leave) is skipped. */
export function planParDefaut({ moisDebut }: { moisDebut: number }): ActionDuPlan[] {
  const fins = new Map<TypeAction, number>();
  const couvreAout = (debut: number, duree: number) =>
    Array.from({ length: duree }, (_, k) => ((moisDebut - 1 + debut + k) % 12) + 1).includes(8);
  const plan: ActionDuPlan[] = [];
  for (const [type, libelle, duree, charge, lourde, apres] of ETAPES) {
    let debut = apres ? (fins.get(apres) ?? -1) + 1 : 0;
    while (debut + duree <= 12 && couvreAout(debut, duree)) debut++;
    debut = Math.min(debut, 12 - duree);
    fins.set(type, debut + duree - 1);
    plan.push({ id: type, type, libelle, debut, duree, charge, lourde });
  }
  return plan;
}
