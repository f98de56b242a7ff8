/**
 * Simulating a campaign whose stage rates are uncertain (course chapters 7 and 10; seed 003: a
 * return rate « between 0,5 and 3 % » is a range, not a number). Each stage rate is given as
 * (min, most likely, max) and drawn from a triangular law in every run; the campaign is replayed
 * `runs` times and the spread of outcomes is read as P10 / P50 / P90 (« 9 fois sur 10, au moins… »).
 * Conventions:
 * - `tirage: 'binomial'` (default): each person passes each stage by chance, so clients are whole
 *   and a small campaign shows luck as well as rate uncertainty; `'esperance'`: clients =
 *   contacts × Π rates, a real number, showing the rate uncertainty alone;
 * - percentiles by linear interpolation between ordered runs, except clients drawn person by
 *   person, whose percentiles are taken by nearest rank so that they stay whole; a run with no client has no cost
 *   per client (shown as null, never Infinity), and counts as the worst case in its percentiles;
 * - cost = fixed costs + contacts × cost per contact; ROI on the margin (rentabilite.ts);
 * - same seed, same inputs → same result, in Node and in the browser (aleatoire.ts).
 */
import { binomiale, creerAleatoire, triangulaire } from '../commun/aleatoire.ts';
import { roi } from '../marges/rentabilite.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';

export type { EtapeIncertaine } from './etapes-incertaines.ts';
import { verifierEtapes, type EtapeIncertaine } from './etapes-incertaines.ts';
export { verifierEtapes };
/** P10, P50 (median) and P90 of a simulated quantity; null where runs give no value. */
export interface Percentiles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}
/** A histogram bar: values in [debut, fin) (the last bar includes `fin`) and how many runs. */
export interface BarreHistogramme {
  debut: number;
  fin: number;
  effectif: number;
}

const fini = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Value at fraction `q` of sorted values (linear interpolation); null if it falls on a missing value. */
function percentile(tries: Float64Array, q: number): number | null {
  const pos = q * (tries.length - 1),
    i = Math.floor(pos),
    f = pos - i;
  const a = tries[i],
    b = tries[Math.min(i + 1, tries.length - 1)];
  if (!Number.isFinite(a) || (f > 0 && !Number.isFinite(b))) return null;
  return f > 0 ? a + (b - a) * f : a;
}
/** Value at fraction `q` of sorted values by nearest rank: one of the values, so whole when they are. */
function rangLePlusProche(tries: Float64Array, q: number): number | null {
  const v = tries[Math.round(q * (tries.length - 1))];
  return Number.isFinite(v) ? v : null;
}
/** P10 / P50 / P90; `entiers`: whole values (people) keep whole percentiles, by nearest rank. */
const trois = (valeurs: Float64Array, entiers = false): Percentiles => {
  const t = valeurs.slice().sort();
  const p = entiers ? rangLePlusProche : percentile;
  return { p10: p(t, 0.1), p50: p(t, 0.5), p90: p(t, 0.9) };
};

/** Histogram of values in about `classes` bars (whole-number bars when values are whole and few). */
function histogramme(valeurs: Float64Array, classes: number, entiers: boolean): BarreHistogramme[] {
  if (valeurs.length === 0) return [];
  const { min, max } = etendue(valeurs);
  if (max === min) return [{ debut: min, fin: max, effectif: valeurs.length }];
  const largeur = largeurDeBarre((max - min) / classes || 1, entiers);
  const n = entiers ? Math.floor((max - min) / largeur) + 1 : classes;
  const barres = Array.from({ length: n }, (_, i) => ({
    debut: min + i * largeur,
    fin: min + (i + 1) * largeur,
    effectif: 0,
  }));
  for (const v of valeurs) barres[Math.min(n - 1, Math.floor((v - min) / largeur))].effectif++;
  if (!entiers) barres[n - 1].fin = max;
  return barres;
}

/** Whole values get whole-number bars, at least 1 wide, so that no bar straddles two counts. */
const largeurDeBarre = (largeur: number, entiers: boolean): number =>
  entiers ? Math.max(1, Math.ceil(largeur)) : largeur;

function etendue(valeurs: Float64Array): { min: number; max: number } {
  let min = Infinity,
    max = -Infinity;
  for (const v of valeurs) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { min, max };
}

/** Result of a Monte Carlo campaign simulation. */
export interface SimulationCampagne {
  runs: number;
  coutTotal: number;
  /** Expected clients, exact: contacts × Π (min + probable + max) ÷ 3 (the mean of each triangular law). */
  clientsAttendus: number;
  clients: Percentiles & { moyenne: number; min: number; max: number };
  coutParClient: Percentiles;
  roi: Percentiles;
  /** Share of runs whose margin covers the cost (ROI ≥ 0). */ probabiliteRentable: number;
  /** Share of runs that won no client. */ partSansClient: number;
  histogramme: BarreHistogramme[];
  /** Mean of clients over the first k runs (about 200 points), to watch it settle. */ moyenneCumulee: {
    run: number;
    moyenne: number;
  }[];
}

/** Replays a campaign `runs` times with triangular stage rates and returns P10 / P50 / P90 of clients, cost per client and ROI. */
export function simulerCampagne({
  contacts,
  etapes,
  coutParContact,
  coutsFixes = 0,
  margeParClient,
  runs = 1000,
  graine,
  tirage = 'binomial',
  classes = 20,
}: {
  contacts: number;
  etapes: readonly EtapeIncertaine[];
  coutParContact: number;
  coutsFixes?: number;
  margeParClient: number;
  runs?: number;
  graine: string | number;
  tirage?: 'binomial' | 'esperance';
  classes?: number;
}): Resultat<SimulationCampagne> {
  const faute =
    premiereFaute([
      [
        entierEntre(contacts, 0, 1e9),
        'Le nombre de contacts doit être un entier positif ou nul.',
        'contacts',
      ],
    ]) ??
    fauteDe(verifierEtapes({ etapes })) ??
    premiereFaute([
      [
        positifOuNul(coutParContact),
        'Le coût par contact doit être un nombre positif ou nul.',
        'coutParContact',
      ],
      [
        positifOuNul(coutsFixes),
        'Les coûts fixes doivent être un nombre positif ou nul.',
        'coutsFixes',
      ],
      [
        positifOuNul(margeParClient),
        'La marge par client doit être un nombre positif ou nul.',
        'margeParClient',
      ],
      [
        entierEntre(runs, 1, 200_000),
        'Le nombre de campagnes simulées doit être un entier de 1 à 200\u202f000.',
        'runs',
      ],
      [graineValide(graine), 'La graine doit être un texte ou un nombre.', 'graine'],
      [
        entierEntre(classes, 1, 200),
        'Le nombre de barres de l’histogramme doit être un entier de 1 à 200.',
        'classes',
      ],
    ]);
  if (faute) return faute;

  const coutTotal = coutsFixes + contacts * coutParContact;
  const t = rejouer({ graine, contacts, etapes, tirage, runs, coutTotal, margeParClient });
  const moyennes = etapes.reduce((p, e) => p * ((e.min + e.probable + e.max) / 3), 1);
  return ok({
    runs,
    coutTotal,
    clientsAttendus: contacts * moyennes,
    // A simulated campaign wins whole clients (binomial): its percentiles are whole too (D5).
    clients: {
      ...trois(t.clients, tirage === 'binomial'),
      moyenne: t.somme / runs,
      min: t.min,
      max: t.max,
    },
    coutParClient: siCout(coutTotal, t.cpc),
    roi: siCout(coutTotal, t.rois),
    probabiliteRentable: t.rentables / runs,
    partSansClient: t.sansClient / runs,
    histogramme: histogramme(t.clients, classes, tirage === 'binomial'),
    moyenneCumulee: t.moyenneCumulee,
  });
}

/** A free campaign has no cost per client and no ROI to speak of. */
const siCout = (coutTotal: number, valeurs: Float64Array): Percentiles =>
  coutTotal > 0 ? trois(valeurs) : { p10: null, p50: null, p90: null };

type Regle = readonly [respectee: boolean, message: string, champ: string];

/** The first rule broken, in the order given: the first fault is the one reported. */
function premiereFaute(regles: readonly Regle[]): Resultat<never> | undefined {
  const brisee = regles.find(([respectee]) => !respectee);
  return brisee && echec(brisee[1], brisee[2]);
}
const fauteDe = (r: Resultat<unknown>): Resultat<never> | undefined => (r.ok ? undefined : r);
const entierEntre = (x: number, min: number, max: number): boolean =>
  Number.isInteger(x) && x >= min && x <= max;
const positifOuNul = (x: number): boolean => fini(x) && x >= 0;
const graineValide = (graine: unknown): boolean => typeof graine === 'string' || fini(graine);

/** Every run's outcome, and the running totals read from them. */
interface Tirages {
  clients: Float64Array;
  cpc: Float64Array;
  rois: Float64Array;
  somme: number;
  rentables: number;
  sansClient: number;
  min: number;
  max: number;
  moyenneCumulee: { run: number; moyenne: number }[];
}

/** Replays the campaign `runs` times from the seed. */
function rejouer({
  graine,
  contacts,
  etapes,
  tirage,
  runs,
  coutTotal,
  margeParClient,
}: {
  graine: string | number;
  contacts: number;
  etapes: readonly EtapeIncertaine[];
  tirage: 'binomial' | 'esperance';
  runs: number;
  coutTotal: number;
  margeParClient: number;
}): Tirages {
  const alea = creerAleatoire(graine);
  const t: Tirages = {
    clients: new Float64Array(runs),
    cpc: new Float64Array(runs),
    rois: new Float64Array(runs),
    somme: 0,
    rentables: 0,
    sansClient: 0,
    min: Infinity,
    max: -Infinity,
    moyenneCumulee: [],
  };
  const pas = Math.max(1, Math.floor(runs / 200));
  for (let r = 0; r < runs; r++) {
    const n = clientsDUneCampagne(alea, contacts, etapes, tirage);
    t.clients[r] = n;
    t.somme += n;
    t.min = Math.min(t.min, n);
    t.max = Math.max(t.max, n);
    if (n === 0) t.sansClient++;
    t.cpc[r] = n > 0 ? coutTotal / n : Infinity; // sorted last: the worst case, reported as null
    const retour = roi({ margeGeneree: n * margeParClient, cout: coutTotal });
    t.rois[r] = retour.ok ? retour.valeur : NaN;
    if (n * margeParClient >= coutTotal) t.rentables++;
    if ((r + 1) % pas === 0 || r === runs - 1)
      t.moyenneCumulee.push({ run: r + 1, moyenne: t.somme / (r + 1) });
  }
  return t;
}

/** One run: each stage's rate drawn from its triangular law, then applied to who is left. */
function clientsDUneCampagne(
  alea: ReturnType<typeof creerAleatoire>,
  contacts: number,
  etapes: readonly EtapeIncertaine[],
  tirage: 'binomial' | 'esperance',
): number {
  let n = contacts;
  for (const e of etapes) {
    const t = triangulaire(alea, e.min, e.probable, e.max);
    n = tirage === 'binomial' ? binomiale(alea, n, t) : n * t;
  }
  return n;
}
