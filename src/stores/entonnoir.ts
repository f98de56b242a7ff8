/**
 * The funnel of chapter 10 « Mesurer l’efficacité »: the mode (forward from contacts, or backward
 * from an objective), the contacts, the objective and the four stage rates, as the learner typed
 * them (text, so « 62,5 » comes back as « 62,5 » after a reload), persisted per company under
 * `atelier:v1:entonnoirs` (par-entreprise.ts), and their evaluation through src/lib/entonnoir.ts.
 *
 * HOW THE STORED VALUE CAN GO STALE: a stage added or removed from the course's funnel changes
 * the number of rates; the validator then refuses the value, which is set aside and reported
 * (persistance.ts), and the lesson's example comes back. Bump v1 rather than reading it anyway.
 */
import { computed } from 'nanostores';
import { parseNombre, parsePourcentage, formatNombre, formatPourcentage } from '../lib/nombres.ts';
import { entonnoir, effectifsNecessaires, etapeLaPlusFaible, tauxDEtapes, type EcartEtape } from '../lib/entonnoir.ts';
import { saisieParEntreprise } from './par-entreprise.ts';
import { retenirPlan } from './campagne.ts';

/** The five stages of the course's funnel, from the file to orders (keys of campagne.json `etapes`). */
export const ETAPES = [
  { id: 'fichier', nom: 'Contacts appelés' },
  { id: 'contactsJoints', nom: 'Contacts joints' },
  { id: 'rdv', nom: 'Rendez-vous' },
  { id: 'propositions', nom: 'Propositions' },
  { id: 'commandes', nom: 'Commandes' },
] as const;

/** The four stage rates, named as the lesson's ratio table names them. */
export const TAUX = [
  { libelle: 'Taux de joignabilité', article: 'le taux de joignabilité', court: 'la joignabilité' },
  { libelle: 'Taux de prise de RDV', article: 'le taux de prise de RDV', court: 'la prise de RDV' },
  { libelle: 'Taux de proposition', article: 'le taux de proposition', court: 'la proposition' },
  { libelle: 'Taux de transformation', article: 'le taux de transformation', court: 'la transformation' },
] as const;

/** What the learner typed in the funnel simulator. */
export interface SaisieEntonnoir {
  /** « avant »: from a number of contacts; « rebours »: from an objective in orders. */
  mode: 'avant' | 'rebours';
  contacts: string;
  objectif: string;
  /** One typed percentage per stage rate, in the order of `TAUX`. */
  taux: string[];
  /** Monte Carlo: how far each rate may stray, in percentage points either side (« 5 » = ± 5 points). */
  ecart: string;
  /** Monte Carlo seed, shown, so that a trainer can replay the same band. */
  graine: string;
}

/** The lesson's worked example: 800 calls, 60 %, 20 %, 62,5 %, 25 %; 24 orders for the backward case. */
export const ENTONNOIR_PAR_DEFAUT: SaisieEntonnoir = { mode: 'avant', contacts: '800', objectif: '24', taux: ['60', '20', '62,5', '25'], ecart: '5', graine: '1' };

const estTexte = (v: unknown): v is string => typeof v === 'string' && v.length <= 200;

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieEntonnoir(brut: unknown): SaisieEntonnoir | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const b = brut as Record<string, unknown>;
  if (b.mode !== 'avant' && b.mode !== 'rebours') return undefined;
  if (!estTexte(b.contacts) || !estTexte(b.objectif)) return undefined;
  if (!Array.isArray(b.taux) || b.taux.length !== TAUX.length || !b.taux.every(estTexte)) return undefined;
  if (!estTexte(b.ecart) || !estTexte(b.graine)) return undefined;
  return { mode: b.mode, contacts: b.contacts, objectif: b.objectif, taux: [...b.taux], ecart: b.ecart, graine: b.graine };
}

const parEntreprise = saisieParEntreprise<SaisieEntonnoir>({ nom: 'entonnoirs', defaut: () => ENTONNOIR_PAR_DEFAUT, valider: validerSaisieEntonnoir, ancienne: 'entonnoir' });
/** The learner's funnel for the company studied, persisted per company under `atelier:v1:entonnoirs`. */
export const $saisieEntonnoir = parEntreprise.$saisie;
const definir = parEntreprise.definir;

/** One stage as computed: its count, the rate from the stage above and the rate from the top. */
export interface EtapeCalculee { id: string; nom: string; effectif: number; tauxEtape: number | null; tauxCumule: number | null }

/** The evaluation of a funnel: per-field French errors (`contacts`, `objectif`, `taux-0`…), and the funnel when every field used is valid. */
export interface EvaluationEntonnoir {
  erreurs: Record<string, string>;
  resultat?: {
    mode: 'avant' | 'rebours';
    taux: number[];
    etapes: EtapeCalculee[];
    tauxGlobal: number;
    /** Backward only: objective ÷ global rate, the « direct » figure that forgets whole people. */
    calculDirect?: number;
  };
}

/** Reads a whole, non-negative number of people. */
function lireEffectif(texte: string, champ: string, libelle: string, quoi: string): { valeur?: number; erreur?: string } {
  const r = parseNombre(texte, { champ, libelle });
  if (!r.ok) return { erreur: r.erreur.message };
  if (r.valeur < 0) return { erreur: `${quoi} ne peut pas être négatif.` };
  if (!Number.isInteger(r.valeur)) return { erreur: `${quoi} compte des personnes\u202f: saisissez un nombre entier.` };
  return { valeur: r.valeur };
}

/** Parses what was typed and computes the funnel through src/lib; pure, unit-tested. */
export function evaluerEntonnoir(s: SaisieEntonnoir): EvaluationEntonnoir {
  const erreurs: Record<string, string> = {};
  const taux: number[] = [];
  TAUX.forEach((t, i) => {
    const r = parsePourcentage(s.taux[i] ?? '', { champ: `taux-${i}`, libelle: t.article });
    if (!r.ok) erreurs[`taux-${i}`] = r.erreur.message;
    else if (r.valeur < 0 || r.valeur > 1) erreurs[`taux-${i}`] = `${t.libelle} doit être compris entre 0 et 100\u202f%\u202f: une étape ne peut pas compter plus de personnes que la précédente.`;
    else if (s.mode === 'rebours' && r.valeur === 0) erreurs[`taux-${i}`] = `${t.libelle} est nul\u202f: aucun nombre de contacts ne permet alors d’atteindre l’objectif.`;
    else taux.push(r.valeur);
  });
  const champ = s.mode === 'avant' ? 'contacts' : 'objectif';
  const lu = s.mode === 'avant'
    ? lireEffectif(s.contacts, 'contacts', 'le nombre de contacts', 'Le nombre de contacts')
    : lireEffectif(s.objectif, 'objectif', 'l’objectif de commandes', 'L’objectif de commandes');
  if (lu.erreur) erreurs[champ] = lu.erreur;
  if (Object.keys(erreurs).length > 0 || lu.valeur === undefined) return { erreurs };

  const tauxGlobal = taux.reduce((p, x) => p * x, 1);
  let effectifs: number[];
  if (s.mode === 'avant') {
    const r = entonnoir({ entree: lu.valeur, taux });
    if (!r.ok) return { erreurs: { [champ]: r.erreur.message } };
    effectifs = r.valeur.effectifs;
  } else {
    const r = effectifsNecessaires({ objectif: lu.valeur, taux });
    if (!r.ok) return { erreurs: { [r.erreur.champ === 'objectif' ? 'objectif' : 'taux']: r.erreur.message } };
    effectifs = r.valeur;
  }
  // Shown rates are the planned ones (inputs), not counts ÷ counts: backward counts are rounded up.
  let cumul = 1;
  const etapes = ETAPES.map((e, i) => {
    if (i > 0) cumul *= taux[i - 1];
    return { id: e.id, nom: e.nom, effectif: effectifs[i], tauxEtape: i > 0 ? taux[i - 1] : null, tauxCumule: i > 0 ? cumul : null };
  });
  return {
    erreurs,
    resultat: { mode: s.mode, taux, etapes, tauxGlobal, calculDirect: s.mode === 'rebours' && tauxGlobal > 0 ? lu.valeur / tauxGlobal : undefined },
  };
}

/** The evaluation of the current funnel. */
export const $evaluationEntonnoir = computed($saisieEntonnoir, evaluerEntonnoir);

// The dashboard of chapter 11 compares the results with this plan: its latest valid figures go
// with the company's work (in the browser only: the build renders the lesson's example).
if (typeof window !== 'undefined') {
  $evaluationEntonnoir.subscribe((ev) => { if (ev.resultat) retenirPlan({ effectifs: ev.resultat.etapes.map((e) => e.effectif) }); });
}

/** A past campaign set against the plan: its counts and rates, each stage's gap, the weakest one, said in French. */
export interface ComparaisonRealise { effectifs: number[]; tauxReels: (number | null)[]; etapes: EcartEtape[]; plusFaible: number | null; phrase: string }

/** Compares a past campaign's counts (fichier → commandes) with the planned rates and names its weakest stage. */
export function comparerAuRealise({ effectifsReels, tauxPrevus }: { effectifsReels: readonly number[]; tauxPrevus: readonly number[] }): ComparaisonRealise | { erreur: string } {
  const reel = tauxDEtapes({ effectifs: effectifsReels });
  const c = etapeLaPlusFaible({ effectifsReels, tauxPrevus });
  if (!reel.ok) return { erreur: reel.erreur.message };
  if (!c.ok) return { erreur: c.erreur.message };
  const { etapes, plusFaible } = c.valeur;
  let phrase = 'Chaque étape de la campagne passée atteint ou dépasse le taux prévu\u202f: aucune étape ne décroche.';
  if (plusFaible !== null) {
    const e = etapes[plusFaible - 1], t = TAUX[plusFaible - 1];
    phrase = `L’étape la plus faible est ${t.court}\u202f: ${formatPourcentage(e.tauxReel ?? 0, 1)} réalisés pour ${formatPourcentage(e.tauxPrevu, 1)} prévus, soit ${formatPourcentage(e.indice ?? 0, 1)} de l’objectif. ${(e.indice ?? 0) >= 0.95 ? 'L’écart reste faible\u202f: la campagne a presque tenu le plan.' : 'C’est elle qu’il faut travailler en premier.'}`;
  }
  return { effectifs: [...effectifsReels], tauxReels: reel.valeur.taux, etapes, plusFaible, phrase };
}

/** Rates typed the French way from a past campaign's counts (« 66,61 »), to plan the next one on them. */
export function tauxEnTexte({ taux }: { taux: readonly (number | null)[] }): string[] {
  // Rounded DOWN to 0,01 point: a plan a hair above the real rate would flag a stage as « weakest ».
  return taux.map((t) => formatNombre(Math.floor((t ?? 0) * 10_000 + 1e-6) / 100, 2));
}

/** Changes the spread of the rates. */
export function modifierEcart(ecart: string): void {
  definir({ ...$saisieEntonnoir.get(), ecart });
}
/** Draws another set of campaigns (next seed). */
export function relancerSimulation(): void {
  const s = $saisieEntonnoir.get();
  const n = Number.parseInt(s.graine, 10);
  definir({ ...s, graine: String(Number.isSafeInteger(n) && n > 0 ? n + 1 : 1) });
}

/** Switches between forward and backward. */
export function choisirMode(mode: SaisieEntonnoir['mode']): void {
  definir({ ...$saisieEntonnoir.get(), mode });
}
/** Changes the contacts or the objective. */
export function modifierEntonnoir(changement: Partial<Pick<SaisieEntonnoir, 'contacts' | 'objectif'>>): void {
  definir({ ...$saisieEntonnoir.get(), ...changement });
}
/** Changes one stage rate as typed. */
export function modifierTaux(i: number, texte: string): void {
  const s = $saisieEntonnoir.get();
  definir({ ...s, taux: s.taux.map((t, j) => (j === i ? texte : t)) });
}
/** Replaces the four rates (e.g. with a past campaign's). */
export function remplacerTaux(taux: string[]): void {
  if (taux.length === TAUX.length) definir({ ...$saisieEntonnoir.get(), taux });
}
/** Restores the lesson's example. */
export function reinitialiserEntonnoir(): void {
  parEntreprise.reinitialiser();
}
