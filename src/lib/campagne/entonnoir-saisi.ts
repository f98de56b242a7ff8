/**
 * The funnel of chapter 10 as the learner typed it (mode, contacts or objective, four stage rates,
 * Monte Carlo spread and seed, all as text so « 62,5 » comes back as « 62,5 »), its check on read
 * and its evaluation through src/lib/entonnoir/entonnoir.ts (moved here from the store: a store holds no
 * formula). Stages and rates come from the funnel's one vocabulary (etapes.ts).
 */
import { majuscule, pasNegatif } from '../commun/majuscule.ts';
import { parseNombre, parsePourcentage, formatNombre } from '../commun/nombres.ts';
import { echec, type Resultat, type ResultatChamps } from '../commun/resultat.ts';
import { entonnoir, effectifsNecessaires } from '../entonnoir/entonnoir.ts';
import { effectifsEntiers } from './plan.ts';
import { ETAPES_ENTONNOIR, TAUX_ENTONNOIR } from './etapes.ts';

const TAUX = TAUX_ENTONNOIR;

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
  /**
   * « selection » when the contacts were taken from the selection of chapter 6 (« Partir de ma
   * sélection »); absent once they are typed. Lets « Ma campagne » say the funnel is to be reviewed
   * when the selection changes afterwards. Optional: a value stored before it reads as typed.
   */
  origine?: 'selection';
}

/** The lesson's worked example: 800 calls, 60 %, 20 %, 62,5 %, 25 %; 24 orders for the backward case. */
export const ENTONNOIR_PAR_DEFAUT: SaisieEntonnoir = {
  mode: 'avant',
  contacts: '800',
  objectif: '24',
  taux: ['60', '20', '62,5', '25'],
  ecart: '5',
  graine: '1',
};

const estTexte = (v: unknown): v is string => typeof v === 'string' && v.length <= 200;

const textesValides = (b: Record<string, unknown>) =>
  estTexte(b.contacts) && estTexte(b.objectif) && estTexte(b.ecart) && estTexte(b.graine);
const tauxValides = (t: unknown): t is string[] =>
  Array.isArray(t) && t.length === TAUX.length && t.every(estTexte);

/** Accepts a stored value only if it has exactly the expected shape. */
export function validerSaisieEntonnoir(brut: unknown): SaisieEntonnoir | undefined {
  if (typeof brut !== 'object' || brut === null) return undefined;
  const b = brut as Record<string, unknown>;
  if (b.mode !== 'avant' && b.mode !== 'rebours') return undefined;
  if (!textesValides(b) || !tauxValides(b.taux)) return undefined;
  return {
    mode: b.mode,
    contacts: b.contacts as string,
    objectif: b.objectif as string,
    taux: [...b.taux],
    ecart: b.ecart as string,
    graine: b.graine as string,
    ...(b.origine === 'selection' ? { origine: 'selection' as const } : {}),
  };
}

/** One stage as computed: its count, the rate from the stage above and the rate from the top. */
/** `effectif` is whole people (forward: rounded to the nearest unit stage after stage; backward: rounded up); `moyenne` the exact expected value. */
export interface EtapeCalculee {
  id: string;
  nom: string;
  effectif: number;
  moyenne: number;
  tauxEtape: number | null;
  tauxCumule: number | null;
}

/** The funnel computed. */
export interface EntonnoirCalcule {
  mode: 'avant' | 'rebours';
  taux: number[];
  etapes: EtapeCalculee[];
  tauxGlobal: number;
  /** Backward only: objective ÷ global rate, the « direct » figure that forgets whole people. */
  calculDirect?: number;
}
/** Error keys: the contacts, the objective, one stage rate, or the rates as a whole (backward). */
export type ChampEntonnoir = 'contacts' | 'objectif' | `taux-${number}` | 'taux';
/** The funnel when every field used is valid, else a French error by field (`ChampEntonnoir`). */
export type EvaluationEntonnoir = ResultatChamps<EntonnoirCalcule, ChampEntonnoir>;

/** Reads a whole, non-negative number of people (contacts) or of orders (the objective). */
function lireEffectif(
  texte: string,
  champ: string,
  libelle: string,
  quoi: string,
): Resultat<number> {
  const r = parseNombre(texte, { champ, libelle, entier: true });
  if (!r.ok) return r;
  if (r.valeur < 0) return echec(pasNegatif(quoi), champ);
  if (r.valeur > 1e9)
    return echec(`${quoi} dépasse un milliard\u202f: saisissez un nombre plus petit.`, champ);
  if (!Number.isInteger(r.valeur))
    return echec(
      champ === 'objectif'
        ? `${quoi} est un nombre entier\u202f: on ne signe pas une fraction de commande. Saisissez par exemple 12.`
        : `${quoi} compte des personnes\u202f: saisissez un nombre entier, par exemple 12.`,
      champ,
    );
  return r;
}

/** Reads the stage rate `i`: between 0 and 100 %, and above 0 backward (nothing reaches the objective). */
function lireTaux(s: SaisieEntonnoir, i: number): Resultat<number> {
  const t = TAUX[i];
  const champ = `taux-${i}`;
  const r = parsePourcentage(s.taux[i] ?? '', { champ, libelle: t.article });
  if (!r.ok) return r;
  if (r.valeur < 0 || r.valeur > 1)
    return echec(
      r.valeur < 0
        ? pasNegatif(t.article)
        : `${majuscule(t.article)} ne peut pas dépasser 100\u202f%\u202f: une étape ne peut pas compter plus de personnes que la précédente.`,
      champ,
    );
  if (s.mode === 'rebours' && r.valeur === 0)
    return echec(
      `${t.libelle} est nul\u202f: aucun nombre de contacts ne permet alors d’atteindre l’objectif.`,
      champ,
    );
  return r;
}

/** Reads the figure the funnel starts from: contacts forward, the objective in orders backward. */
const lireEntree = (s: SaisieEntonnoir) =>
  s.mode === 'avant'
    ? lireEffectif(s.contacts, 'contacts', 'le nombre de contacts', 'Le nombre de contacts')
    : lireEffectif(s.objectif, 'objectif', 'l’objectif de commandes', 'L’objectif de commandes');

/** Whole people at each stage, and the exact expected values, forward or backward. */
function effectifsDe(
  mode: SaisieEntonnoir['mode'],
  entree: number,
  taux: number[],
): ResultatChamps<{ effectifs: number[]; moyennes: number[] }, ChampEntonnoir> {
  if (mode === 'avant') {
    const r = entonnoir({ entree, taux });
    if (!r.ok) return { ok: false, erreurs: { contacts: r.erreur.message } };
    // People are whole: rounded to the nearest unit, stage after stage; the exact values are averages.
    const { effectifs } = effectifsEntiers({ contacts: entree, taux });
    return { ok: true, valeur: { effectifs, moyennes: r.valeur.effectifs } };
  }
  const r = effectifsNecessaires({ objectif: entree, taux });
  if (!r.ok)
    return {
      ok: false,
      erreurs: { [r.erreur.champ === 'objectif' ? 'objectif' : 'taux']: r.erreur.message },
    };
  return { ok: true, valeur: { effectifs: r.valeur, moyennes: r.valeur } };
}

/** Parses what was typed and computes the funnel through src/lib; pure, unit-tested. */
export function evaluerEntonnoir(s: SaisieEntonnoir): EvaluationEntonnoir {
  const erreurs: Partial<Record<ChampEntonnoir, string>> = {};
  const taux: number[] = [];
  TAUX.forEach((_, i) => {
    const r = lireTaux(s, i);
    if (r.ok) taux.push(r.valeur);
    else erreurs[`taux-${i}`] = r.erreur.message;
  });
  const lu = lireEntree(s);
  if (!lu.ok) erreurs[s.mode === 'avant' ? 'contacts' : 'objectif'] = lu.erreur.message;
  if (!lu.ok || Object.keys(erreurs).length > 0) return { ok: false, erreurs };

  const tauxGlobal = taux.reduce((p, x) => p * x, 1);
  const calcul = effectifsDe(s.mode, lu.valeur, taux);
  if (!calcul.ok) return calcul;
  const { effectifs, moyennes } = calcul.valeur;
  // Shown rates are the planned ones (inputs), not counts ÷ counts: backward counts are rounded up.
  let cumul = 1;
  const etapes = ETAPES_ENTONNOIR.map((e, i) => {
    if (i > 0) cumul *= taux[i - 1];
    return {
      id: e.id,
      nom: e.nom,
      effectif: effectifs[i],
      moyenne: moyennes[i],
      tauxEtape: i > 0 ? taux[i - 1] : null,
      tauxCumule: i > 0 ? cumul : null,
    };
  });
  return {
    ok: true,
    valeur: {
      mode: s.mode,
      taux,
      etapes,
      tauxGlobal,
      calculDirect: s.mode === 'rebours' && tauxGlobal > 0 ? lu.valeur / tauxGlobal : undefined,
    },
  };
}

/** Rates typed the French way from a past campaign's counts (« 66,61 »), to plan the next one on them. */
export function tauxEnTexte({ taux }: { taux: readonly (number | null)[] }): string[] {
  // Rounded DOWN to 0,01 point: a plan a hair above the real rate would flag a stage as « weakest ».
  return taux.map((t) => formatNombre(Math.floor((t ?? 0) * 10_000 + 1e-6) / 100, 2));
}
