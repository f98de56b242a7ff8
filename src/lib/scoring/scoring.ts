/**
 * Selecting prospects by scoring (course chapter 6, seed 000 « La sélection des prospects »):
 * each prospect gets a note from chosen criteria, prospects are ranked by their chance of
 * success, and the best are worked first.
 * - Note pondérée = Σ (note × coefficient) ÷ Σ coefficients. The classic error is the plain
 *   average of the notes, which forgets that a criterion weighted 3 counts three times.
 * - Grille à points: points × occurrences per criterion. « Profil » (fit) criteria describe who
 *   the prospect is (sector, size); « engagement » criteria count what they did (opens, clicks,
 *   quote request). A criterion whose nature is not given counts as profil. Points may be
 *   negative (a competitor, a student e-mail address).
 * - Température: chaud if score ≥ seuil chaud, tiède if score ≥ seuil tiède, froid otherwise.
 * - Ranks: competition ranking (equal scores share a rank: 1, 2, 2, 4); ties keep the file order.
 */
import type { ClasseABC } from '../portefeuille/portefeuille.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { normaliserTexte } from '../commun/texte.ts';

const fini = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A note with its weight. */
export interface NotePonderee {
  note: number;
  coefficient: number;
}

/** Weighted score Σ note × coefficient ÷ Σ coefficients. */
export function scorePondere({ notes }: { notes: readonly NotePonderee[] }): Resultat<number> {
  if (!Array.isArray(notes) || notes.length === 0)
    return echec('Il faut au moins une note.', 'notes');
  let somme = 0,
    coefficients = 0;
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i]?.note,
      coefficient = notes[i]?.coefficient;
    if (!fini(note)) return echec(`La note du critère ${i + 1} n’est pas un nombre.`, 'notes');
    if (!fini(coefficient) || coefficient < 0)
      return echec(
        `Le coefficient du critère ${i + 1} doit être un nombre positif ou nul.`,
        'notes',
      );
    somme += note * coefficient;
    coefficients += coefficient;
  }
  if (coefficients === 0)
    return echec('La somme des coefficients est nulle\u202f: aucun critère ne compte.', 'notes');
  return ok(somme / coefficients);
}

/** Kind of criterion: who the prospect is (profil) or what they did (engagement). */
export type NatureCritere = 'profil' | 'engagement';
/** A points grid: points per occurrence of each criterion, with its nature when known. */
export type GrillePoints = Readonly<
  Record<string, number | { points: number; nature?: NatureCritere }>
>;
/** Detail of one criterion in a points score. */
export interface LignePoints {
  critere: string;
  nature: NatureCritere;
  points: number;
  occurrences: number;
  sousTotal: number;
}

/** The points and nature of a grid entry (a bare number is a profil criterion). */
function entreeDeGrille(def: GrillePoints[string] | undefined): {
  points: unknown;
  nature: NatureCritere;
} {
  if (typeof def === 'number') return { points: def, nature: 'profil' };
  return { points: def?.points, nature: def?.nature ?? 'profil' };
}

/** Occurrences of a fact: absent is none, a true yes/no is one. */
const occurrencesDe = (brut: number | boolean | undefined): number =>
  brut === undefined ? 0 : typeof brut === 'boolean' ? Number(brut) : brut;

/** Both inputs are objects, and every fact names a criterion of the grid. */
function verifierGrilleEtFaits(
  grille: GrillePoints,
  faits: Readonly<Record<string, number | boolean>>,
): Resultat<true> {
  if (!grille || typeof grille !== 'object')
    return echec('La grille de scoring est absente.', 'grille');
  if (!faits || typeof faits !== 'object')
    return echec('Les faits du prospect sont absents.', 'faits');
  for (const cle of Object.keys(faits))
    if (!(cle in grille))
      return echec(`Le critère «\u00a0${cle}\u00a0» n’est pas dans la grille.`, 'faits');
  return ok(true);
}

/** Points score: Σ points × occurrences, split into its profil and engagement parts. */
export function scorePoints({
  grille,
  faits,
}: {
  grille: GrillePoints;
  faits: Readonly<Record<string, number | boolean>>;
}): Resultat<{ total: number; profil: number; engagement: number; details: LignePoints[] }> {
  const entrees = verifierGrilleEtFaits(grille, faits);
  if (!entrees.ok) return entrees;
  const details: LignePoints[] = [];
  let profil = 0,
    engagement = 0;
  for (const [critere, def] of Object.entries(grille)) {
    const { points, nature } = entreeDeGrille(def);
    if (!fini(points))
      return echec(
        `Les points du critère «\u00a0${critere}\u00a0» ne sont pas un nombre.`,
        'grille',
      );
    const occurrences = occurrencesDe(faits[critere]);
    if (!fini(occurrences) || occurrences < 0)
      return echec(
        `Le nombre d’occurrences du critère «\u00a0${critere}\u00a0» doit être positif ou nul.`,
        'faits',
      );
    const sousTotal = points * occurrences;
    if (nature === 'engagement') engagement += sousTotal;
    else profil += sousTotal;
    details.push({ critere, nature, points, occurrences, sousTotal });
  }
  return ok({ total: profil + engagement, profil, engagement, details });
}

/** Temperature of a scored prospect. */
export type TemperatureScore = 'chaud' | 'tiede' | 'froid';
/** Score thresholds: chaud from `chaud`, tiède from `tiede` (both included). */
export interface SeuilsTemperature {
  chaud: number;
  tiede: number;
}

function verifierSeuils(seuils: SeuilsTemperature): Resultat<SeuilsTemperature> {
  if (!seuils || !fini(seuils.chaud))
    return echec('Le seuil «\u00a0chaud\u00a0» doit être un nombre.', 'seuils.chaud');
  if (!fini(seuils.tiede))
    return echec('Le seuil «\u00a0tiède\u00a0» doit être un nombre.', 'seuils.tiede');
  if (seuils.tiede > seuils.chaud)
    return echec(
      'Le seuil «\u00a0tiède\u00a0» ne peut pas dépasser le seuil «\u00a0chaud\u00a0».',
      'seuils.tiede',
    );
  return ok(seuils);
}

/** Chaud / tiède / froid from a score, with ≥ at each threshold. */
export function temperature({
  score,
  seuils,
}: {
  score: number;
  seuils: SeuilsTemperature;
}): Resultat<TemperatureScore> {
  if (!fini(score)) return echec('Le score doit être un nombre.', 'score');
  const s = verifierSeuils(seuils);
  if (!s.ok) return s;
  return ok(score >= seuils.chaud ? 'chaud' : score >= seuils.tiede ? 'tiede' : 'froid');
}

/** A scoring criterion read from a prospect's field. */
export type CritereDeScoring =
  /** Fit: points per value of a text field (« secteur = agroalimentaire → 20 »), case- and accent-insensitive; booleans match « oui » / « non ». */
  | { id: string; nature: 'profil'; champ: string; valeurs: Readonly<Record<string, number>> }
  /** Fit: points per band of a numeric field; `min` included, `max` excluded; the first matching band counts. */
  | {
      id: string;
      nature: 'profil';
      champ: string;
      tranches: readonly { min?: number; max?: number; points: number }[];
    }
  /** Engagement: points per occurrence of a signal (« ouvertures × 2 »), a true boolean counting once, capped at `plafond` points. */
  | {
      id: string;
      nature: 'engagement';
      champ: string;
      pointsParOccurrence: number;
      plafond?: number;
    };

/** A scored prospect, best first. */
export interface ProspectScore {
  id: string;
  score: number;
  profil: number;
  engagement: number;
  rang: number;
  temperature?: TemperatureScore;
  classe?: ClasseABC;
}

type Evaluateur = (p: Readonly<Record<string, unknown>>) => number;

/** How a typed value and a file value are compared (case, accents and spaces aside; oui/non for booleans). */
export const cleTexte = (v: unknown): string => {
  const t = typeof v === 'boolean' ? (v ? 'oui' : 'non') : normaliserTexte(v);
  return t === 'true' || t === 'vrai' ? 'oui' : t === 'false' || t === 'faux' ? 'non' : t;
};

type Critere<N extends string> = Extract<CritereDeScoring, { nature: N }>;
type CritereTranches = Extract<CritereDeScoring, { tranches: unknown }>;
type CritereValeurs = Extract<CritereDeScoring, { valeurs: unknown }>;

/** A cell as a count of occurrences: an empty or unreadable cell counts as none, never as NaN. */
function occurrencesDeCellule(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return Number(v);
  return typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.')) : 0;
}

/** A cell as a number for bands (NaN when it is not one: no band matches). */
function nombreDeCellule(v: unknown): number {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.')) : NaN;
}

/** Engagement: points per occurrence, capped at `plafond` both ways. */
function compilerEngagement(c: Critere<'engagement'>, champ: string): Resultat<Evaluateur> {
  const { pointsParOccurrence: pts, plafond } = c;
  if (!fini(pts))
    return echec(
      `Les points par occurrence du critère «\u00a0${c.id}\u00a0» ne sont pas un nombre.`,
      champ,
    );
  if (plafond !== undefined && (!fini(plafond) || plafond < 0))
    return echec(`Le plafond du critère «\u00a0${c.id}\u00a0» doit être positif ou nul.`, champ);
  const cap = plafond ?? Infinity;
  return ok((p) => {
    const n = occurrencesDeCellule(p[c.champ]);
    const points = Number.isFinite(n) && n > 0 ? n * pts : 0;
    return Math.max(-cap, Math.min(cap, points));
  });
}

/** Why a band cannot be read (a bound or its points not a number, or a band that ends before it starts). */
function defautDeTranche(t: CritereTranches['tranches'][number]): string | undefined {
  const borneLisible = (b: number | undefined) => b === undefined || fini(b);
  if (!fini(t.points) || !borneLisible(t.min) || !borneLisible(t.max)) return 'n’est pas un nombre';
  if (t.min !== undefined && t.max !== undefined && t.max <= t.min)
    return 'finit avant de commencer';
  return undefined;
}

/** Fit by bands: the points of the first band holding the value (`min` included, `max` excluded). */
function compilerTranches(c: CritereTranches, champ: string): Resultat<Evaluateur> {
  const tranches = c.tranches ?? [];
  for (const t of tranches) {
    const defaut = defautDeTranche(t);
    if (defaut) return echec(`Une tranche du critère «\u00a0${c.id}\u00a0» ${defaut}.`, champ);
  }
  return ok((p) => {
    const n = nombreDeCellule(p[c.champ]);
    if (!Number.isFinite(n)) return 0;
    for (const t of tranches)
      if ((t.min === undefined || n >= t.min) && (t.max === undefined || n < t.max))
        return t.points;
    return 0;
  });
}

/** Fit by values: the points of the value met; values seen once are cached (a file repeats its sectors). */
function compilerValeurs(c: CritereValeurs, champ: string): Resultat<Evaluateur> {
  const table = new Map<string, number>();
  for (const [valeur, points] of Object.entries(c.valeurs ?? {})) {
    if (!fini(points))
      return echec(
        `Les points de la valeur «\u00a0${valeur}\u00a0» du critère «\u00a0${c.id}\u00a0» ne sont pas un nombre.`,
        champ,
      );
    table.set(cleTexte(valeur), points);
  }
  const cache = new Map<unknown, number>();
  return ok((p) => {
    const v = p[c.champ];
    let pts = cache.get(v);
    if (pts === undefined) {
      pts = table.get(cleTexte(v)) ?? 0;
      if (cache.size < 10_000) cache.set(v, pts);
    }
    return pts;
  });
}

/** Turns a criterion into a fast function, by its kind. */
function compiler(c: CritereDeScoring, i: number): Resultat<Evaluateur> {
  const champ = `grille[${i}]`;
  if (!c || typeof c.champ !== 'string' || c.champ === '')
    return echec(`Le critère ${i + 1} doit indiquer le champ qu’il lit.`, champ);
  if (c.nature === 'engagement') return compilerEngagement(c, champ);
  if ('tranches' in c) return compilerTranches(c, champ);
  return compilerValeurs(c, champ);
}

/** The thresholds, when given, are numbers in order. */
function verifierLesSeuils(
  seuils: SeuilsTemperature | undefined,
  seuilsClasses: { a: number; b: number } | undefined,
): Resultat<true> {
  if (seuils) {
    const s = verifierSeuils(seuils);
    if (!s.ok) return s;
  }
  if (
    seuilsClasses &&
    (!fini(seuilsClasses.a) || !fini(seuilsClasses.b) || seuilsClasses.b > seuilsClasses.a)
  ) {
    return echec(
      'Les seuils des classes doivent être des nombres, celui de B au plus égal à celui de A.',
      'seuilsClasses',
    );
  }
  return ok(true);
}

/** Every criterion compiled, each marked engagement or profil. */
function compilerGrille(
  grille: readonly CritereDeScoring[],
): Resultat<{ f: Evaluateur; engagement: boolean }[]> {
  const evaluateurs: { f: Evaluateur; engagement: boolean }[] = [];
  for (let i = 0; i < grille.length; i++) {
    const f = compiler(grille[i], i);
    if (!f.ok) return f;
    evaluateurs.push({ f: f.valeur, engagement: grille[i].nature === 'engagement' });
  }
  return ok(evaluateurs);
}

/** Whether a row records an objection to prospecting. */
const opposee = (p: object): boolean => 'opposition' in p && p.opposition === true;

/** The profil, engagement and total score of each row, in file order. */
function calculerScores(
  prospects: readonly { id: string }[],
  evaluateurs: readonly { f: Evaluateur; engagement: boolean }[],
) {
  const n = prospects.length;
  const profils = new Float64Array(n),
    engagements = new Float64Array(n),
    scores = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const p: Readonly<Record<string, unknown>> = prospects[k];
    let pr = 0,
      en = 0;
    for (const e of evaluateurs) {
      if (e.engagement) en += e.f(p);
      else pr += e.f(p);
    }
    profils[k] = pr;
    engagements[k] = en;
    scores[k] = pr + en;
  }
  return { profils, engagements, scores };
}

/**
 * Stable counting sort on the distinct scores (a grid gives few of them): faster than a comparison
 * sort, and each bucket's start is the competition rank of its prospects. For each row: its bucket,
 * and each bucket's first place.
 */
function seauxDeScores(scores: Float64Array) {
  const n = scores.length;
  const distincts = Float64Array.from(new Set(scores)).sort().reverse();
  const seau = new Map<number, number>();
  distincts.forEach((x, i) => seau.set(x, i));
  const debuts = new Uint32Array(distincts.length + 1);
  const seaux = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    seaux[k] = seau.get(scores[k]) ?? 0;
    debuts[seaux[k] + 1]++;
  }
  for (let b = 1; b <= distincts.length; b++) debuts[b] += debuts[b - 1];
  return { seaux, debuts };
}

const temperatureDe = (score: number, seuils: SeuilsTemperature): TemperatureScore =>
  score >= seuils.chaud ? 'chaud' : score >= seuils.tiede ? 'tiede' : 'froid';
const classeDe = (score: number, seuils: { a: number; b: number }): ClasseABC =>
  score >= seuils.a ? 'A' : score >= seuils.b ? 'B' : 'C';

/**
 * Scores and ranks a whole file with a grid; adds a temperature and/or an A/B/C class when thresholds are given.
 * A row with `opposition: true` is left out: a person who objected to prospecting has no score and
 * can never be selected (RGPD art. 21, loi 09-08 art. 9), whatever the grid says.
 */
export function scorerProspects({
  prospects,
  grille,
  seuils,
  seuilsClasses,
}: {
  prospects: readonly { id: string }[];
  grille: readonly CritereDeScoring[];
  /** Score thresholds for chaud / tiède. */
  seuils?: SeuilsTemperature;
  /** Score thresholds for classes A and B (A from `a`, B from `b`, both included). */
  seuilsClasses?: { a: number; b: number };
}): Resultat<ProspectScore[]> {
  if (!Array.isArray(prospects)) return echec('La liste des prospects est absente.', 'prospects');
  if (!Array.isArray(grille)) return echec('La grille de scoring est absente.', 'grille');
  const seuilsLus = verifierLesSeuils(seuils, seuilsClasses);
  if (!seuilsLus.ok) return seuilsLus;
  const evaluateurs = compilerGrille(grille);
  if (!evaluateurs.ok) return evaluateurs;
  if (prospects.some(opposee)) prospects = prospects.filter((p) => !opposee(p));
  const { profils, engagements, scores } = calculerScores(prospects, evaluateurs.valeur);
  const { seaux, debuts } = seauxDeScores(scores);
  const places = debuts.slice();
  const r: ProspectScore[] = new Array(prospects.length);
  for (let k = 0; k < prospects.length; k++) {
    const score = scores[k],
      b = seaux[k];
    const l: ProspectScore = {
      id: prospects[k].id,
      score,
      profil: profils[k],
      engagement: engagements[k],
      rang: debuts[b] + 1,
    };
    if (seuils) l.temperature = temperatureDe(score, seuils);
    if (seuilsClasses) l.classe = classeDe(score, seuilsClasses);
    r[places[b]++] = l;
  }
  return ok(r);
}

/** How well a ranking found the prospects that really converted. */
export interface Backtest {
  /** Prospects in the top part. */ retenus: number;
  /** Converters among them. */ convertisCaptes: number;
  /** Converters in the whole ranking. */ convertisTotal: number;
  /** Share of the converters found in the top part. */ partCaptee: number;
  /** Conversion rate of the top part ÷ overall conversion rate (1 = no better than chance). */ lift: number;
  /** Probability that a converter is scored above a non-converter (0,5 = chance); null if all converted. */ auc:
    number | null;
  /** Cumulative gains curve by tenths of the ranking, for a chart. */ gains: {
    partProspects: number;
    partConvertis: number;
  }[];
}

/** Why a backtest cannot run on these inputs (an empty ranking, a share out of (0, 1], a score not a number). */
function refusDuBacktest(
  classement: readonly { id: string; score: number }[],
  part: number,
): Resultat<never> | undefined {
  if (!Array.isArray(classement) || classement.length === 0)
    return echec('Le classement est vide.', 'classement');
  if (!fini(part) || part <= 0 || part > 1)
    return echec('La part retenue doit être comprise entre 0 (exclu) et 100\u202f%.', 'part');
  const i = classement.findIndex((l) => !fini(l?.score));
  if (i >= 0) return echec(`Le score de la ligne ${i + 1} n’est pas un nombre.`, 'classement');
  return undefined;
}

/** Rows in the top part: `part` of them, rounded up, at least one (an exact product is not rounded up by float noise). */
function nombreRetenus(part: number, n: number): number {
  const x = part * n;
  return Math.max(1, Math.abs(x - Math.round(x)) < 1e-9 ? Math.round(x) : Math.ceil(x));
}

/** AUC by the Mann–Whitney statistic on the scores, equal scores counting one half; null with no non-converter. */
function aucMannWhitney(
  classement: readonly { score: number }[],
  estConverti: readonly boolean[],
  total: number,
): number | null {
  const n = classement.length;
  const tries = classement
    .map((l, i) => ({ s: l.score, c: estConverti[i] }))
    .sort((a, b) => a.s - b.s);
  let sommeRangs = 0;
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && tries[j].s === tries[i].s) j++;
    const rangMoyen = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (tries[k].c) sommeRangs += rangMoyen;
    i = j;
  }
  const negatifs = n - total;
  return negatifs === 0 ? null : (sommeRangs - (total * (total + 1)) / 2) / (total * negatifs);
}

/** Backtest of a ranking (best first, e.g. `scorerProspects`) against the prospects that converted. */
export function backtest({
  classement,
  convertis,
  part = 0.2,
}: {
  classement: readonly { id: string; score: number }[];
  convertis: readonly string[] | ReadonlySet<string>;
  part?: number;
}): Resultat<Backtest> {
  const refus = refusDuBacktest(classement, part);
  if (refus) return refus;
  const ensemble: ReadonlySet<string> = convertis instanceof Set ? convertis : new Set(convertis);
  const n = classement.length;
  const estConverti = classement.map((l) => ensemble.has(l.id));
  const total = estConverti.filter(Boolean).length;
  if (total === 0)
    return echec(
      'Aucun prospect du classement n’a été converti\u202f: le test rétrospectif n’a rien à mesurer.',
      'convertis',
    );
  const cumul = [0];
  estConverti.forEach((c, i) => cumul.push(cumul[i] + (c ? 1 : 0)));
  const retenus = nombreRetenus(part, n);
  const captes = cumul[retenus];
  const gains = Array.from({ length: 11 }, (_, d) => ({
    partProspects: d / 10,
    partConvertis: cumul[Math.round((d * n) / 10)] / total,
  }));
  return ok({
    retenus,
    convertisCaptes: captes,
    convertisTotal: total,
    partCaptee: captes / total,
    lift: captes / retenus / (total / n),
    auc: aucMannWhitney(classement, estConverti, total),
    gains,
  });
}
