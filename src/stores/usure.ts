/**
 * The « Usure du portefeuille » simulator of chapter 1: the three figures as the learner typed
 * them (text, so « 1 250 » comes back as « 1 250 » after a reload, and nothing typed is lost
 * while invalid), persisted, and their evaluation through src/lib/portefeuille/usure.ts.
 *
 * Stored under `atelier:v1:usure` as `{ clients, tauxAttrition, tauxCroissance }`, three strings.
 * A stored value of another shape (older format, hand edit) is set aside and reported by
 * `atomePersistant`, and the lesson's example comes back. Adding a field later: bump the key or
 * accept its absence in `validerSaisieUsure`, never read old data with the new shape.
 */
import { computed } from 'nanostores';
import {
  formatNombre,
  formatPourcentage,
  parseNombre,
  parsePourcentage,
} from '../lib/commun/nombres.ts';
import {
  besoinEnNouveauxClients,
  projectionPortefeuille,
  type AnneeProjection,
  type BesoinUsure,
} from '../lib/portefeuille/usure.ts';
import type { ErreurDeSaisie } from '../lib/commun/resultat.ts';
import { atomePersistant } from './persistance.ts';

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

/** The same example as numbers (rates as fractions). */
const EXEMPLE = { clients: 200, tauxAttrition: 0.15, tauxCroissance: 0.05 };

const CHAMPS = ['clients', 'tauxAttrition', 'tauxCroissance'] as const;

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieUsure(brut: unknown): SaisieUsure | undefined {
  if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
  const b = brut as Record<string, unknown>;
  if (!CHAMPS.every((c) => typeof b[c] === 'string' && (b[c] as string).length <= 60))
    return undefined;
  return {
    clients: b.clients as string,
    tauxAttrition: b.tauxAttrition as string,
    tauxCroissance: b.tauxCroissance as string,
  };
}

/** The learner's figures, persisted under `atelier:v1:usure`. */
export const $saisieUsure = atomePersistant<SaisieUsure>(
  'usure',
  USURE_PAR_DEFAUT,
  validerSaisieUsure,
);

/** A valid evaluation: the figures read, the first-year need and the 5-year projection. */
export interface ResultatUsure extends BesoinUsure {
  clients: number;
  tauxAttrition: number;
  tauxCroissance: number;
  projection: AnneeProjection[];
}

/** Per-field French errors, and the result when every field is valid. */
export interface EvaluationUsure {
  erreurs: Partial<Record<keyof SaisieUsure, string>>;
  resultat?: ResultatUsure;
}

/** Parses what was typed and runs src/lib/portefeuille/usure.ts; pure, unit-tested. */
export function evaluerUsure(s: SaisieUsure): EvaluationUsure {
  const erreurs: EvaluationUsure['erreurs'] = {};
  const clients = parseNombre(s.clients, {
    champ: 'clients',
    libelle: 'le nombre de clients',
    entier: true,
  });
  const tauxAttrition = parsePourcentage(s.tauxAttrition, {
    champ: 'tauxAttrition',
    libelle: 'le taux d’attrition',
  });
  const tauxCroissance = parsePourcentage(s.tauxCroissance, {
    champ: 'tauxCroissance',
    libelle: 'l’objectif de croissance',
  });
  if (!clients.ok) erreurs.clients = clients.erreur.message;
  if (!tauxAttrition.ok) erreurs.tauxAttrition = tauxAttrition.erreur.message;
  if (!tauxCroissance.ok) erreurs.tauxCroissance = tauxCroissance.erreur.message;
  if (!clients.ok || !tauxAttrition.ok || !tauxCroissance.ok) {
    // Still check the figures that were read, the lesson's standing in for the unreadable ones, so
    // that « 150 % » is flagged at once; an error that may come from a stand-in is not shown.
    const essai = besoinEnNouveauxClients({
      clients: clients.ok ? clients.valeur : EXEMPLE.clients,
      tauxAttrition: tauxAttrition.ok ? tauxAttrition.valeur : EXEMPLE.tauxAttrition,
      tauxCroissance: tauxCroissance.ok ? tauxCroissance.valeur : EXEMPLE.tauxCroissance,
    });
    const champ = essai.ok ? undefined : CHAMPS.find((c) => c === essai.erreur.champ);
    if (!essai.ok && champ && !erreurs[champ] && (champ !== 'tauxCroissance' || tauxAttrition.ok))
      erreurs[champ] = essai.erreur.message;
    return { erreurs };
  }
  const parametres = {
    clients: clients.valeur,
    tauxAttrition: tauxAttrition.valeur,
    tauxCroissance: tauxCroissance.valeur,
  };
  const besoin = besoinEnNouveauxClients(parametres);
  if (!besoin.ok) return enErreur(besoin.erreur);
  const projection = projectionPortefeuille(parametres);
  if (!projection.ok) return enErreur(projection.erreur);
  return { erreurs, resultat: { ...parametres, ...besoin.valeur, projection: projection.valeur } };
}

/** A domain error shown next to the field it names (the lib's parameter names are the field keys). */
function enErreur(e: ErreurDeSaisie): EvaluationUsure {
  const champ = CHAMPS.find((c) => c === e.champ) ?? 'clients';
  return { erreurs: { [champ]: e.message } };
}

/** The evaluation of the current figures. */
export const $evaluationUsure = computed($saisieUsure, evaluerUsure);

/** A count with its noun agreed (French: singular below 2) and at most one decimal. */
const compte = (n: number, nom = 'client') =>
  `${formatNombre(n, 1)}\u00a0${nom}${Math.abs(n) >= 2 ? 's' : ''}`;

/** The plain-French reading of a result, shown under the figures. */
export function interpreterUsure(r: ResultatUsure): string {
  const fin = r.projection[r.projection.length - 1];
  const annees = `${fin.annee}\u00a0ans`;
  if (r.clients === 0) {
    return 'Un portefeuille vide ne perd aucun client, et un pourcentage de zéro reste zéro\u202f: fixez plutôt un nombre de clients à gagner.';
  }
  if (r.nouveauxParAn === 0) {
    return `Sans perte ni croissance visée, aucun nouveau client n’est nécessaire\u202f: le portefeuille reste à ${compte(r.clients)}.`;
  }
  const mois =
    r.nouveauxParMois === r.nouveauxParMoisPlan
      ? `${formatNombre(r.nouveauxParMois, 1)}`
      : `environ ${formatNombre(r.nouveauxParMois, 1)}`;
  const parMois = `soit ${mois} par mois\u202f: prévoyez ${compte(r.nouveauxParMoisPlan, 'signature')} par mois.`;
  const sans = `Sans prospection, il ne resterait qu’environ ${compte(Math.round(fin.sansProspection))} dans ${annees}, contre ${compte(Math.round(fin.avecProspection))} en prospectant ainsi.`;
  let besoin: string;
  if (r.tauxCroissance > 0) {
    besoin = `Pour passer de ${compte(r.clients)} à ${compte(r.projection[1].objectif)} en un an, il faut signer ${compte(r.nouveauxParAn)}\u202f: ${formatNombre(r.clientsPerdus, 1)} pour remplacer ceux qui partent (${formatPourcentage(r.tauxAttrition, 1)}), puis ${formatNombre(r.croissanceVisee, 1)} pour grandir de ${formatPourcentage(r.tauxCroissance, 1)}, ${parMois}`;
  } else if (r.tauxCroissance === 0) {
    besoin = `Pour simplement garder ${compte(r.clients)}, il faut en signer ${formatNombre(r.nouveauxParAn, 1)} par an, autant qu’il en part, ${parMois}`;
  } else {
    besoin = `L’objectif accepte une baisse de ${formatPourcentage(-r.tauxCroissance, 1)}\u202f: sur ${formatNombre(r.clientsPerdus, 1)} clients perdus, il suffit d’en remplacer ${formatNombre(r.nouveauxParAn, 1)} dans l’année, ${parMois}`;
  }
  return `${besoin} ${sans}`;
}

/** Changes one or more typed figures. */
export function modifierUsure(changement: Partial<SaisieUsure>): void {
  $saisieUsure.set({ ...$saisieUsure.get(), ...changement });
}

/** Restores the lesson's example. */
export function reinitialiserUsure(): void {
  $saisieUsure.set(USURE_PAR_DEFAUT);
}
