/**
 * The dashboard of chapter 11 as the learner typed it (objectives and results, text), its check
 * on read, its evaluation (gap and taux de réalisation per line, unit costs, margin, result, ROI on
 * the margin, CA minimum) and its conclusion, moved here from the store (a store holds no
 * formula). The conclusion names the weakest step with the campaign's one diagnosis
 * (diagnostic.ts), on RATES, so chapter 10 and this dashboard cannot disagree.
 * « Reprendre mon plan » fills the objectives from the plan (plan.ts), brought to the past
 * campaign's size when the two differ, and says so: a count is never set against a count of
 * another scale.
 */
import { majuscule, pasNegatif } from '../commun/majuscule.ts';
import {
  formatMontant,
  formatPourcentage,
  nombreSaisissable,
  parseNombre,
  parsePourcentage,
} from '../commun/nombres.ts';
import { montantDuCours } from '../commun/devise-du-cours.ts';
import { tauxDeRealisation } from '../portefeuille/valeur-client.ts';
import {
  clientsPourRentabiliser,
  coutAcquisitionClient,
  coutUnitaire,
  resultatOperation,
  roi,
} from '../marges/rentabilite.ts';
import { caMinimum } from '../budget/budget.ts';
import { margeSurChiffreAffaires } from '../marges/marge-operation.ts';
import { echec, type Resultat, type ResultatChamps } from '../commun/resultat.ts';
import type { ContexteEntreprise } from './contexte.ts';
import { ETAPES_ENTONNOIR, IDS_ETAPES, type EffectifsParEtape, type IdEtape } from './etapes.ts';

/**
 * The dashboard's key for each stage of the funnel (etapes.ts). The keys are those of saves made
 * since chapter 11 exists (`contacts`, `joints`…), so they stay; the list, its order and the
 * labels come from etapes.ts, and every join with the funnel goes through this table, by id.
 */
export const LIGNE_D_ETAPE = {
  fichier: 'contacts',
  contactsJoints: 'joints',
  rdv: 'rdv',
  propositions: 'propositions',
  commandes: 'commandes',
} as const satisfies Record<IdEtape, string>;
/** A count line of the table (one stage of the funnel). */
export type Compte = (typeof LIGNE_D_ETAPE)[IdEtape];
/** The stage of each count line. */
export const ETAPE_DE_LIGNE = Object.fromEntries(
  IDS_ETAPES.map((id) => [LIGNE_D_ETAPE[id], id]),
) as Record<Compte, IdEtape>;
/** The count lines, in funnel order. */
export const COMPTES: readonly Compte[] = IDS_ETAPES.map((id) => LIGNE_D_ETAPE[id]);

/** The typed lines, in the order of the table (the margin row is computed, not typed). */
export const LIGNES = [...COMPTES, 'chiffreAffaires', 'cout'] as const;
/** One typed line. */
export type Ligne = Compte | 'chiffreAffaires' | 'cout';
/** A line of the table, typed or computed. */
export type LigneTableau = Ligne | 'marge';

type Nom = { nom: string; libelle: string; montant: boolean };
const nomDeCompte = (c: Compte): Nom => {
  const e = ETAPES_ENTONNOIR.find((x) => x.id === ETAPE_DE_LIGNE[c])!;
  // The orders ARE the new clients: the row says so.
  const nom = c === 'commandes' ? `${e.nom} (nouveaux clients)` : e.nom;
  return { nom, libelle: `le nombre de ${e.pluriel}`, montant: false };
};

/** Labels of the table rows, and the name of each line inside error messages. */
export const NOMS: Record<LigneTableau, Nom> = {
  ...(Object.fromEntries(COMPTES.map((c) => [c, nomDeCompte(c)])) as Record<Compte, Nom>),
  chiffreAffaires: {
    nom: 'Chiffre d’affaires HT',
    libelle: 'le chiffre d’affaires',
    montant: true,
  },
  marge: { nom: 'Marge générée', libelle: 'la marge', montant: true },
  cout: { nom: 'Coût de l’opération', libelle: 'le coût de l’opération', montant: true },
};

type Valeurs = Record<Ligne, string>;
/** What the learner typed. */
export interface SaisieTableauDeBord {
  objectif: Valeurs;
  realise: Valeurs;
  tauxDeMarque: string;
  devise: 'EUR' | 'MAD';
  /**
   * « Reprendre mon plan »: the objectives follow the plan (chapters 9 and 10), DERIVED from it
   * each time it is read (tableau-plan.ts `saisieSuivantLePlan`), never copied; `objectif` then
   * holds only what the plan does not give. Dropped when the learner types an objective the plan
   * gives. Absent (older saves) reads as false.
   */
  depuisPlan?: boolean;
}

/** The lesson's dashboard (the PME lyonnaise): 120/96 RDV, 72 000/63 000 €, 25 %, 17 200/16 400 €. */
export const TABLEAU_PAR_DEFAUT: SaisieTableauDeBord = {
  objectif: {
    contacts: '800',
    joints: '480',
    rdv: '120',
    propositions: '72',
    commandes: '18',
    chiffreAffaires: '72 000',
    cout: '17 200',
  },
  realise: {
    contacts: '800',
    joints: '480',
    rdv: '96',
    propositions: '60',
    commandes: '15',
    chiffreAffaires: '63 000',
    cout: '16 400',
  },
  tauxDeMarque: '25',
  devise: 'EUR',
  depuisPlan: false,
};

/**
 * « Exemple du cours »: the lesson's dashboard in the company's currency — its euros as the lesson
 * writes them, or its amounts converted at DH_PAR_EURO for a company in dirhams (the counts and the
 * rate stay), never the euro amounts relabelled « DH ».
 */
export function tableauExempleDuCours({ devise }: { devise: 'EUR' | 'MAD' }): SaisieTableauDeBord {
  const enDevise = (v: Valeurs): Valeurs => ({
    ...v,
    chiffreAffaires: montantDuCours(v.chiffreAffaires, devise),
    cout: montantDuCours(v.cout, devise),
  });
  const e = TABLEAU_PAR_DEFAUT;
  return { ...e, objectif: enDevise(e.objectif), realise: enDevise(e.realise), devise };
}

/** Whether a dashboard is the lesson's example in its currency (every figure and the rate): the panel then says so. */
export function estTableauExemple(s: SaisieTableauDeBord): boolean {
  const e = tableauExempleDuCours({ devise: s.devise });
  return (
    s.tauxDeMarque === e.tauxDeMarque &&
    LIGNES.every((l) => s.objectif[l] === e.objectif[l] && s.realise[l] === e.realise[l])
  );
}

const valeursValides = (v: unknown): v is Valeurs =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length === LIGNES.length &&
  LIGNES.every(
    (l) =>
      typeof (v as Record<string, unknown>)[l] === 'string' &&
      (v as Record<string, string>)[l].length <= 60,
  );

/** The plan's four stage rates, each between 0 and 1; `null` for anything else. */
const tauxPrevusValides = (t: unknown): number[] | null =>
  Array.isArray(t) &&
  t.length === 4 &&
  t.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1)
    ? ([...t] as number[])
    : null;

const enteteValide = (b: Record<string, unknown>) =>
  valeursValides(b.objectif) &&
  valeursValides(b.realise) &&
  typeof b.tauxDeMarque === 'string' &&
  b.tauxDeMarque.length <= 60 &&
  (b.devise === 'EUR' || b.devise === 'MAD');

/**
 * Accepts a stored value only if it has exactly the expected shape. Saves of session 10 hold
 * `tauxPrevus` (the plan's rates copied by « Reprendre mon plan »): four rates mean the dashboard
 * followed the plan, so they read as `depuisPlan: true` and the rates themselves are dropped (the
 * current plan's are derived); null or absent reads as false. Nothing typed is lost.
 */
export function validerSaisieTableauDeBord(brut: unknown): SaisieTableauDeBord | undefined {
  if (typeof brut !== 'object' || brut === null || Array.isArray(brut)) return undefined;
  const b = brut as Record<string, unknown>;
  if (!enteteValide(b)) return undefined;
  const depuisPlan = lireDepuisPlan(b);
  if (depuisPlan === undefined) return undefined;
  const v = b as unknown as SaisieTableauDeBord;
  return {
    objectif: { ...v.objectif },
    realise: { ...v.realise },
    tauxDeMarque: v.tauxDeMarque,
    devise: v.devise,
    depuisPlan,
  };
}

/** `depuisPlan`, or session 10's `tauxPrevus` (four rates: it followed the plan); undefined for another shape. */
function lireDepuisPlan(b: Record<string, unknown>): boolean | undefined {
  const t = b.tauxPrevus;
  const anciens = t === undefined || t === null ? null : tauxPrevusValides(t);
  if (t !== undefined && t !== null && anciens === null) return undefined;
  if (b.depuisPlan !== undefined && typeof b.depuisPlan !== 'boolean') return undefined;
  return b.depuisPlan === true || anciens !== null;
}

/** A row of the table: the gap and, when the objective is above 0, the taux de réalisation. */
export interface LigneEvaluee {
  ligne: LigneTableau;
  objectif: number;
  realise: number;
  ecart: number;
  taux?: number;
}
/** Unit costs, margin per client and result; `undefined` where a count is 0 (nothing to divide by). */
export interface Indicateurs {
  coutParContact?: number;
  coutParRdv?: number;
  coutParClient?: number;
  margeParClient?: number;
  resultat: number;
  roi?: number;
}

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
  /** The plan's stage rates the objectives came from, if any (for the diagnosis). */
  tauxPrevus: number[] | null;
}

/** Error keys: `objectif.rdv`, `realise.cout`, `tauxDeMarque`. */
export type CleErreur = `${'objectif' | 'realise'}.${Ligne}` | 'tauxDeMarque';
/** The result when every field is valid, else a French error by field (`CleErreur`). */
export type EvaluationTableauDeBord = ResultatChamps<ResultatTableauDeBord, CleErreur>;
type Erreurs = Partial<Record<CleErreur, string>>;
type Cote = 'objectif' | 'realise';

const estCompte = (l: Ligne): l is Compte => (COMPTES as readonly string[]).includes(l);
const facultatif = (r: Resultat<number>) => (r.ok ? r.valeur : undefined);

/** What is wrong with a figure that was read, if anything (`Quoi`: its name, capitalised). */
function horsBornes(n: number, cote: Cote, l: Ligne, Quoi: string): string | undefined {
  if (n < 0) return pasNegatif(Quoi);
  if (estCompte(l) && !Number.isInteger(n))
    return `${Quoi} doit être un nombre entier, par exemple 12.`;
  if (cote === 'objectif' && n === 0)
    return `${Quoi} doit être supérieur à 0 pour calculer un taux de réalisation.`;
  return undefined;
}

/** Reads one cell of the table: a number, never negative, whole for a count, above 0 as an objective. */
function lire(s: SaisieTableauDeBord, cote: Cote, l: Ligne): Resultat<number> {
  const quoi = `${NOMS[l].libelle} ${cote === 'realise' ? 'réalisé' : l === 'cout' ? 'prévu' : 'visé'}`;
  const champ = `${cote}.${l}` as const;
  const n = parseNombre(s[cote][l], { champ, libelle: quoi, entier: estCompte(l) });
  const faute = n.ok ? horsBornes(n.valeur, cote, l, majuscule(quoi)) : undefined;
  return faute ? echec(faute, champ) : n;
}

/** Reads every cell of both columns; the errors go to `erreurs`. */
function lireColonnes(
  s: SaisieTableauDeBord,
  erreurs: Erreurs,
): Record<Cote, Partial<Record<Ligne, number>>> {
  const lu: Record<Cote, Partial<Record<Ligne, number>>> = { objectif: {}, realise: {} };
  for (const l of LIGNES)
    for (const cote of ['objectif', 'realise'] as const) {
      const r = lire(s, cote, l);
      if (r.ok) lu[cote][l] = r.valeur;
      else erreurs[`${cote}.${l}`] = r.erreur.message;
    }
  return lu;
}

function indicateurs(v: Record<Ligne, number>, marge: number): Indicateurs {
  const cout = v.cout;
  const margeParClient = v.commandes > 0 ? marge / v.commandes : undefined;
  const resultat = resultatOperation({ margeGeneree: marge, cout });
  return {
    coutParContact: facultatif(coutUnitaire({ coutTotal: cout, nombre: v.contacts })),
    coutParRdv: facultatif(coutUnitaire({ coutTotal: cout, nombre: v.rdv })),
    coutParClient: facultatif(
      coutAcquisitionClient({ coutTotal: cout, nouveauxClients: v.commandes }),
    ),
    margeParClient,
    resultat: resultat.ok ? resultat.valeur : marge - cout,
    roi: facultatif(roi({ margeGeneree: marge, cout })),
  };
}

/** The rows of the table, the margin row (CA × taux de marque) placed before the cost. */
function lignesEvaluees(
  objectif: Record<Ligne, number>,
  realise: Record<Ligne, number>,
  marge: { objectif: number; realise: number },
): LigneEvaluee[] {
  const ligne = (l: LigneTableau, o: number, r: number): LigneEvaluee => ({
    ligne: l,
    objectif: o,
    realise: r,
    ecart: r - o,
    taux: facultatif(tauxDeRealisation({ realise: r, objectif: o })),
  });
  const lignes = LIGNES.map((l) => ligne(l, objectif[l], realise[l]));
  lignes.splice(LIGNES.indexOf('cout'), 0, ligne('marge', marge.objectif, marge.realise));
  return lignes;
}

/**
 * Parses what was typed and runs src/lib; pure, unit-tested. `tauxPrevus`: the plan's stage rates
 * when the objectives follow it (derived by the caller, never stored), else null.
 */
export function evaluerTableauDeBord(
  s: SaisieTableauDeBord,
  tauxPrevus: readonly number[] | null = null,
): EvaluationTableauDeBord {
  const erreurs: Erreurs = {};
  const lu = lireColonnes(s, erreurs);
  const t = parsePourcentage(s.tauxDeMarque, {
    champ: 'tauxDeMarque',
    libelle: 'le taux de marque',
  });
  // The CA minimum checks the taux de marque (above 0, below 100 %) the way chapter 9 does.
  const min = t.ok ? caMinimum({ depenses: lu.realise.cout ?? 0, tauxDeMarque: t.valeur }) : t;
  if (!min.ok) erreurs.tauxDeMarque = min.erreur.message;
  if (!t.ok || !min.ok || Object.keys(erreurs).length > 0) return { ok: false, erreurs };
  // Every cell was read: no error.
  const objectif = lu.objectif as Record<Ligne, number>,
    realise = lu.realise as Record<Ligne, number>;
  // The margin rule of the sample data (rentabilite.ts): whole money, so the row's gap is the
  // difference of the two figures shown. The taux de marque was checked above (below 100 %).
  const margeDe = (chiffreAffaires: number) => {
    const m = margeSurChiffreAffaires({ chiffreAffaires, tauxDeMarque: t.valeur });
    return m.ok ? m.valeur : chiffreAffaires * t.valeur;
  };
  const marge = {
    objectif: margeDe(objectif.chiffreAffaires),
    realise: margeDe(realise.chiffreAffaires),
  };
  const ind = indicateurs(realise, marge.realise);
  return {
    ok: true,
    valeur: {
      lignes: lignesEvaluees(objectif, realise, marge),
      tauxDeMarque: t.valeur,
      devise: s.devise,
      realise: ind,
      objectif: indicateurs(objectif, marge.objectif),
      caMinimum: min.valeur,
      manqueCa: min.valeur - realise.chiffreAffaires,
      clientsPourRentabiliser:
        ind.margeParClient === undefined
          ? undefined
          : facultatif(
              clientsPourRentabiliser({ cout: realise.cout, margeParClient: ind.margeParClient }),
            ),
      tauxPrevus: tauxPrevus && [...tauxPrevus],
    },
  };
}

/** An amount in the dashboard's currency, rounded to the euro (or dirham). */
export const montant = (n: number, devise: 'EUR' | 'MAD') => formatMontant(n, devise, 0);

/** A rate always with one decimal (« −4,0 % », as the lesson writes it), so rates line up. */
export const tauxAffiche = (n: number) =>
  // The sign is the minus « − » (U+2212) that formatPourcentage writes, and the grouped
  // thousands (« 1 250 % ») take the decimal too.
  formatPourcentage(n, 1).replace(/^(\u2212?[\d\u202f]+)(\u202f%)$/, '$1,0$2');

/** A figure as the learner would type it (« 1 284 », « 62,5 »). */
export const texte = (n: number) => nombreSaisissable(n, 2);

/** What the dashboard needs of a company's past campaign. */
type CampagneTableau = Omit<NonNullable<ContexteEntreprise['campagnePassee']>, 'coutTotal'>;

/** Counts by stage id as the dashboard's count lines, joined by id. */
const comptesEnTexte = (e: EffectifsParEtape) =>
  Object.fromEntries(IDS_ETAPES.map((id) => [LIGNE_D_ETAPE[id], texte(e[id])])) as Record<
    Compte,
    string
  >;

/**
 * The figures of a sample's past campaign, as text; the file has no planned cost, so the spent one
 * stands in. The taux de marque is the company's (`tauxDeMarque`, from its card) when given: the
 * campaign's margins are its turnovers at that rate, so the dashboard recomputes the data's margins.
 */
export function saisieDepuisCampagne({
  campagne,
  devise,
  tauxDeMarque,
}: {
  campagne: CampagneTableau;
  devise: 'EUR' | 'MAD';
  tauxDeMarque?: number;
}): SaisieTableauDeBord {
  const o = campagne.objectifs,
    e = campagne.etapes;
  const cout = campagne.lignesDeCout.reduce((s, l) => s + l.montant, 0);
  const taux =
    tauxDeMarque !== undefined
      ? tauxDeMarque * 100
      : campagne.chiffreAffairesGenere > 0
        ? (campagne.margeGeneree / campagne.chiffreAffairesGenere) * 100
        : (o.marge / o.chiffreAffaires) * 100;
  return {
    objectif: {
      ...comptesEnTexte(o),
      chiffreAffaires: texte(o.chiffreAffaires),
      cout: texte(cout),
    },
    realise: {
      ...comptesEnTexte(e),
      chiffreAffaires: texte(campagne.chiffreAffairesGenere),
      cout: texte(cout),
    },
    tauxDeMarque: texte(taux),
    devise,
    depuisPlan: false,
  };
}

/** Where a company's dashboard starts: its own past campaign in its currency; the lesson's example for a file without one. */
export function tableauDeDepart({
  contexte,
  devise,
}: {
  contexte?: ContexteEntreprise;
  devise: 'EUR' | 'MAD';
}): SaisieTableauDeBord {
  return contexte?.campagnePassee
    ? saisieDepuisCampagne({
        campagne: contexte.campagnePassee,
        devise: contexte.devise,
        tauxDeMarque: contexte.offre.tauxDeMarque,
      })
    : tableauExempleDuCours({ devise });
}
