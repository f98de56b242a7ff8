/**
 * The « Tableau de bord » of chapter 11: objectives and results of a prospecting operation as the
 * learner typed them (text, persisted), and their evaluation through src/lib: gap and taux de
 * réalisation per line, unit costs, margin, result, ROI on the margin, CA minimum of chapter 9.
 *
 * Stored per company under `atelier:v1:tableaux-de-bord` (par-entreprise.ts), each as `{ objectif, realise, tauxDeMarque, devise }`
 * (two records of seven strings, a string, 'EUR' | 'MAD'). Another shape is set aside and
 * reported by `atomePersistant`, and the lesson's example comes back. The margin is not typed:
 * it is CA × taux de marque on both sides, as in the lesson, so the two cannot disagree.
 */
import { computed } from 'nanostores';
import { formatMontant, formatNombre, formatPourcentage, nombreSaisissable, parseNombre, parsePourcentage } from '../lib/nombres.ts';
import { tauxDeRealisation } from '../lib/valeur-client.ts';
import { clientsPourRentabiliser, coutAcquisitionClient, coutUnitaire, resultatOperation, roi } from '../lib/rentabilite.ts';
import { caMinimum } from '../lib/budget.ts';
import type { Resultat } from '../lib/resultat.ts';
import type { Campagne } from '../schemas/entreprise.ts';
import type { PlanCampagne } from './travail.ts';
import { saisieParEntreprise } from './par-entreprise.ts';

/** The typed lines, in the order of the table (the margin row is computed, not typed). */
export const LIGNES = ['contacts', 'joints', 'rdv', 'propositions', 'commandes', 'chiffreAffaires', 'cout'] as const;
/** One typed line. */
export type Ligne = (typeof LIGNES)[number];
/** A line of the table, typed or computed. */
export type LigneTableau = Ligne | 'marge';

/** Labels of the table rows, and the name of each line inside error messages. */
export const NOMS: Record<LigneTableau, { nom: string; libelle: string; montant: boolean }> = {
  contacts: { nom: 'Contacts appelés', libelle: 'le nombre de contacts appelés', montant: false },
  joints: { nom: 'Contacts joints', libelle: 'le nombre de contacts joints', montant: false },
  rdv: { nom: 'Rendez-vous', libelle: 'le nombre de rendez-vous', montant: false },
  propositions: { nom: 'Propositions', libelle: 'le nombre de propositions', montant: false },
  commandes: { nom: 'Commandes (nouveaux clients)', libelle: 'le nombre de commandes', montant: false },
  chiffreAffaires: { nom: 'Chiffre d’affaires HT', libelle: 'le chiffre d’affaires', montant: true },
  marge: { nom: 'Marge générée', libelle: 'la marge', montant: true },
  cout: { nom: 'Coût de l’opération', libelle: 'le coût de l’opération', montant: true },
};

type Valeurs = Record<Ligne, string>;
/** What the learner typed. */
export interface SaisieTableauDeBord { objectif: Valeurs; realise: Valeurs; tauxDeMarque: string; devise: 'EUR' | 'MAD' }

/** The lesson's dashboard (the PME lyonnaise): 120/96 RDV, 72 000/63 000 €, 25 %, 17 200/16 400 €. */
export const TABLEAU_PAR_DEFAUT: SaisieTableauDeBord = {
  objectif: { contacts: '800', joints: '480', rdv: '120', propositions: '72', commandes: '18', chiffreAffaires: '72 000', cout: '17 200' },
  realise: { contacts: '800', joints: '480', rdv: '96', propositions: '60', commandes: '15', chiffreAffaires: '63 000', cout: '16 400' },
  tauxDeMarque: '25',
  devise: 'EUR',
};

const valeursValides = (v: unknown): v is Valeurs =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === LIGNES.length &&
  LIGNES.every((l) => typeof (v as Record<string, unknown>)[l] === 'string' && ((v as Record<string, string>)[l]).length <= 60);

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieTableauDeBord(brut: unknown): SaisieTableauDeBord | undefined {
  if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
  const b = brut as Record<string, unknown>;
  if (!valeursValides(b.objectif) || !valeursValides(b.realise)) return undefined;
  if (typeof b.tauxDeMarque !== 'string' || b.tauxDeMarque.length > 60 || (b.devise !== 'EUR' && b.devise !== 'MAD')) return undefined;
  return { objectif: { ...b.objectif }, realise: { ...b.realise }, tauxDeMarque: b.tauxDeMarque, devise: b.devise };
}

const parEntreprise = saisieParEntreprise<SaisieTableauDeBord>({ nom: 'tableaux-de-bord', defaut: () => TABLEAU_PAR_DEFAUT, valider: validerSaisieTableauDeBord, ancienne: 'tableau-de-bord' });
/** The learner's dashboard for the company studied, persisted per company under `atelier:v1:tableaux-de-bord`. */
export const $saisieTableauDeBord = parEntreprise.$saisie;
const definir = parEntreprise.definir;

/** A row of the table: the gap and, when the objective is above 0, the taux de réalisation. */
export interface LigneEvaluee { ligne: LigneTableau; objectif: number; realise: number; ecart: number; taux?: number }
/** Unit costs, margin per client and result; `undefined` where a count is 0 (nothing to divide by). */
export interface Indicateurs { coutParContact?: number; coutParRdv?: number; coutParClient?: number; margeParClient?: number; resultat: number; roi?: number }

/** A valid evaluation. */
export interface ResultatTableauDeBord {
  lignes: LigneEvaluee[];
  tauxDeMarque: number;
  devise: 'EUR' | 'MAD';
  realise: Indicateurs;
  objectif: Indicateurs;
  caMinimum: number;
  /** CA minimum − CA réalisé: above 0, the turnover missing to break even. */
  manqueCa: number;
  clientsPourRentabiliser?: number;
}

/** Error keys: `objectif.rdv`, `realise.cout`, `tauxDeMarque`. */
export type CleErreur = `${'objectif' | 'realise'}.${Ligne}` | 'tauxDeMarque';
/** Per-field French errors, and the result when every field is valid. */
export interface EvaluationTableauDeBord { erreurs: Partial<Record<CleErreur, string>>; resultat?: ResultatTableauDeBord }

const COMPTES: readonly Ligne[] = ['contacts', 'joints', 'rdv', 'propositions', 'commandes'];
const facultatif = (r: Resultat<number>) => (r.ok ? r.valeur : undefined);

function lire(s: SaisieTableauDeBord, cote: 'objectif' | 'realise', l: Ligne, erreurs: EvaluationTableauDeBord['erreurs']): number | undefined {
  const quoi = `${NOMS[l].libelle} ${cote === 'realise' ? 'réalisé' : l === 'cout' ? 'prévu' : 'visé'}`;
  const n = parseNombre(s[cote][l], { champ: `${cote}.${l}`, libelle: quoi });
  const Quoi = quoi.charAt(0).toUpperCase() + quoi.slice(1);
  let message = n.ok ? undefined : n.erreur.message;
  if (n.ok && n.valeur < 0) message = `${Quoi} ne peut pas être négatif.`;
  else if (n.ok && COMPTES.includes(l) && !Number.isInteger(n.valeur)) message = `${Quoi} doit être un nombre entier.`;
  else if (n.ok && cote === 'objectif' && n.valeur === 0) message = `${Quoi} doit être supérieur à 0 pour calculer un taux de réalisation.`;
  if (message) erreurs[`${cote}.${l}`] = message;
  return message || !n.ok ? undefined : n.valeur;
}

function indicateurs(v: Record<Ligne, number>, marge: number): Indicateurs {
  const cout = v.cout;
  const margeParClient = v.commandes > 0 ? marge / v.commandes : undefined;
  const resultat = resultatOperation({ margeGeneree: marge, cout });
  return {
    coutParContact: facultatif(coutUnitaire({ coutTotal: cout, nombre: v.contacts })),
    coutParRdv: facultatif(coutUnitaire({ coutTotal: cout, nombre: v.rdv })),
    coutParClient: facultatif(coutAcquisitionClient({ coutTotal: cout, nouveauxClients: v.commandes })),
    margeParClient,
    resultat: resultat.ok ? resultat.valeur : marge - cout,
    roi: facultatif(roi({ margeGeneree: marge, cout })),
  };
}

/** Parses what was typed and runs src/lib; pure, unit-tested. */
export function evaluerTableauDeBord(s: SaisieTableauDeBord): EvaluationTableauDeBord {
  const erreurs: EvaluationTableauDeBord['erreurs'] = {};
  const objectif = {} as Record<Ligne, number>, realise = {} as Record<Ligne, number>;
  for (const l of LIGNES) {
    const o = lire(s, 'objectif', l, erreurs), r = lire(s, 'realise', l, erreurs);
    if (o !== undefined) objectif[l] = o;
    if (r !== undefined) realise[l] = r;
  }
  const t = parsePourcentage(s.tauxDeMarque, { champ: 'tauxDeMarque', libelle: 'le taux de marque' });
  // The CA minimum checks the taux de marque (above 0, below 100 %) the way chapter 9 does.
  const min = t.ok ? caMinimum({ depenses: realise.cout ?? 0, tauxDeMarque: t.valeur }) : t;
  if (!min.ok) erreurs.tauxDeMarque = min.erreur.message;
  if (Object.keys(erreurs).length > 0 || !t.ok || !min.ok) return { erreurs };

  const marge = { objectif: objectif.chiffreAffaires * t.valeur, realise: realise.chiffreAffaires * t.valeur };
  const ligne = (l: LigneTableau, o: number, r: number): LigneEvaluee => ({ ligne: l, objectif: o, realise: r, ecart: r - o, taux: facultatif(tauxDeRealisation({ realise: r, objectif: o })) });
  const lignes = LIGNES.map((l) => ligne(l, objectif[l], realise[l]));
  lignes.splice(LIGNES.indexOf('cout'), 0, ligne('marge', marge.objectif, marge.realise));
  const ind = indicateurs(realise, marge.realise);
  return {
    erreurs,
    resultat: {
      lignes,
      tauxDeMarque: t.valeur,
      devise: s.devise,
      realise: ind,
      objectif: indicateurs(objectif, marge.objectif),
      caMinimum: min.valeur,
      manqueCa: min.valeur - realise.chiffreAffaires,
      clientsPourRentabiliser: ind.margeParClient === undefined ? undefined : facultatif(clientsPourRentabiliser({ cout: realise.cout, margeParClient: ind.margeParClient })),
    },
  };
}

/** The evaluation of the current figures. */
export const $evaluationTableauDeBord = computed($saisieTableauDeBord, evaluerTableauDeBord);

/** An amount in the dashboard's currency, rounded to the euro (or dirham). */
export const montant = (n: number, devise: 'EUR' | 'MAD') => formatMontant(n, devise, 0);

/** A rate always with one decimal (« -4,0 % », as the lesson writes it), so rates line up. */
export const tauxAffiche = (n: number) => formatPourcentage(n, 1).replace(/^(-?\d+)(\u202f%)$/, '$1,0$2');

/** The plain-French conclusion under the table: result, CA minimum, then strongest and weakest lines. */
export function conclureTableauDeBord(r: ResultatTableauDeBord): string[] {
  const m = (n: number) => montant(n, r.devise);
  const marge = r.lignes.find((l) => l.ligne === 'marge')!, cout = r.lignes.find((l) => l.ligne === 'cout')!;
  const roiTexte = r.realise.roi === undefined ? '' : `, soit un ROI de ${tauxAffiche(r.realise.roi)} sur la marge`;
  const phrases: string[] = [];
  if (r.realise.resultat < 0) phrases.push(`L’opération perd ${m(-r.realise.resultat)}\u202f: la marge générée (${m(marge.realise)}) ne paie pas son coût (${m(cout.realise)})${roiTexte}.`);
  else if (r.realise.resultat === 0) phrases.push(`L’opération est tout juste à l’équilibre\u202f: sa marge (${m(marge.realise)}) paie exactement son coût.`);
  else phrases.push(`L’opération est rentable\u202f: elle dégage ${m(r.realise.resultat)} une fois son coût (${m(cout.realise)}) payé par la marge (${m(marge.realise)})${roiTexte}.`);

  const manqueClients = r.clientsPourRentabiliser === undefined ? '' : ` Il aurait fallu ${formatNombre(r.clientsPourRentabiliser, 0)}\u00a0client${r.clientsPourRentabiliser >= 2 ? 's' : ''} au lieu de ${formatNombre(r.lignes[4].realise, 0)} pour rentrer dans ses frais.`;
  phrases.push(r.manqueCa > 0
    ? `Le CA minimum de ${m(r.caMinimum)} n’est pas atteint\u202f: il manque ${m(r.manqueCa)} de chiffre d’affaires.${r.clientsPourRentabiliser !== undefined && r.clientsPourRentabiliser > r.lignes[4].realise ? manqueClients : ''}`
    : `Le CA minimum de ${m(r.caMinimum)} est atteint, avec ${m(-r.manqueCa)} d’avance.`);

  const comptes = r.lignes.filter((l) => l.taux !== undefined && COMPTES.includes(l.ligne as Ligne));
  const faible = comptes.reduce((a, b) => (b.taux! < a.taux! ? b : a));
  const atteints = comptes.filter((l) => l.taux! >= 1).map((l) => NOMS[l.ligne].nom.toLowerCase());
  if (faible.taux! < 1) {
    const points = atteints.length > 0 ? `Objectifs tenus\u202f: ${atteints.join(', ')}. ` : '';
    phrases.push(`${points}Le plus gros retard porte sur la ligne «\u00a0${NOMS[faible.ligne].nom}\u00a0» (${tauxAffiche(faible.taux!)} de l’objectif, écart de ${formatNombre(faible.ecart, 0)})\u202f: c’est l’étape à retravailler d’abord.`);
  } else phrases.push('Chaque étape de l’entonnoir atteint ou dépasse son objectif.');
  if (cout.ecart < 0) phrases.push(`Les dépenses restent ${m(-cout.ecart)} sous le budget prévu.`);
  else if (cout.ecart > 0) phrases.push(`Les dépenses dépassent le budget prévu de ${m(cout.ecart)}.`);
  return phrases;
}

/** A figure as the learner would type it (« 1 284 », « 62,5 »). */
const texte = (n: number) => nombreSaisissable(n, 2);

/** The figures of a sample's past campaign, as text; the file has no planned cost, so the spent one stands in. */
export function saisieDepuisCampagne({ campagne, devise }: { campagne: Campagne; devise: 'EUR' | 'MAD' }): SaisieTableauDeBord {
  const o = campagne.objectifs, e = campagne.etapes;
  const cout = campagne.lignesDeCout.reduce((s, l) => s + l.montant, 0);
  const taux = campagne.chiffreAffairesGenere > 0 ? (campagne.margeGeneree / campagne.chiffreAffairesGenere) * 100 : (o.marge / o.chiffreAffaires) * 100;
  return {
    objectif: { contacts: texte(o.fichier), joints: texte(o.contactsJoints), rdv: texte(o.rdv), propositions: texte(o.propositions), commandes: texte(o.commandes), chiffreAffaires: texte(o.chiffreAffaires), cout: texte(cout) },
    realise: { contacts: texte(e.fichier), joints: texte(e.contactsJoints), rdv: texte(e.rdv), propositions: texte(e.propositions), commandes: texte(e.commandes), chiffreAffaires: texte(campagne.chiffreAffairesGenere), cout: texte(cout) },
    tauxDeMarque: texte(taux),
    devise,
  };
}

/**
 * The learner's plan as objectives, beside the results of the company's past campaign (or the
 * figures already typed when there is none). Planned counts are expected values: rounded to the
 * nearest unit. The planned turnover is the planned orders × the turnover per order the company
 * really made; the cost and the taux de marque come from the budget of chapter 9.
 * `repris` names what came from the plan, for the message under the button.
 */
export function saisieDepuisPlan({ plan, campagne, actuelle, devise }: { plan: PlanCampagne; campagne?: Campagne; actuelle: SaisieTableauDeBord; devise: 'EUR' | 'MAD' }): { saisie: SaisieTableauDeBord; repris: string[] } {
  const base = campagne ? saisieDepuisCampagne({ campagne, devise }) : { ...actuelle, devise };
  const objectif = { ...base.objectif };
  const repris: string[] = [];
  if (plan.effectifs?.length === COMPTES.length) {
    COMPTES.forEach((l, i) => { objectif[l] = texte(Math.round(plan.effectifs![i])); });
    repris.push('l’entonnoir du chapitre\u00a010');
    const commandes = campagne?.etapes.commandes ?? 0;
    if (campagne && commandes > 0) objectif.chiffreAffaires = texte(Math.round(Math.round(plan.effectifs[COMPTES.length - 1]) * (campagne.chiffreAffairesGenere / commandes)));
  }
  if (plan.cout !== undefined) objectif.cout = texte(plan.cout);
  const tauxDeMarque = plan.tauxDeMarque === undefined ? base.tauxDeMarque : texte(plan.tauxDeMarque * 100);
  if (plan.cout !== undefined || plan.tauxDeMarque !== undefined) repris.push('le budget du chapitre\u00a09');
  return { saisie: { ...base, objectif, tauxDeMarque }, repris };
}

/** Changes one typed figure. */
export function modifierTableauDeBord(cote: 'objectif' | 'realise', ligne: Ligne, texte: string): void {
  const s = $saisieTableauDeBord.get();
  definir({ ...s, [cote]: { ...s[cote], [ligne]: texte } });
}

/** Changes the taux de marque. */
export function modifierTauxDeMarque(texte: string): void {
  definir({ ...$saisieTableauDeBord.get(), tauxDeMarque: texte });
}

/** Replaces every figure (the company's campaign). */
export function remplacerTableauDeBord(s: SaisieTableauDeBord): void {
  definir(s);
}

/** Restores the lesson's example. */
export function reinitialiserTableauDeBord(): void {
  parEntreprise.reinitialiser();
}
