/**
 * Simulating a campaign whose stage rates are uncertain (course chapters 7 and 10; seed 003: a
 * return rate « between 0,5 and 3 % » is a range, not a number). Each stage rate is given as
 * (min, most likely, max) and drawn from a triangular law in every run; the campaign is replayed
 * `runs` times and the spread of outcomes is read as P10 / P50 / P90 (« 9 fois sur 10, au moins… »).
 * Conventions:
 * - `tirage: 'binomial'` (default): each person passes each stage by chance, so clients are whole
 *   and a small campaign shows luck as well as rate uncertainty; `'esperance'`: clients =
 *   contacts × Π rates, a real number, showing the rate uncertainty alone;
 * - percentiles by linear interpolation between ordered runs; a run with no client has no cost
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
const trois = (valeurs: Float64Array): Percentiles => {
  const t = valeurs.slice().sort();
  return { p10: percentile(t, 0.1), p50: percentile(t, 0.5), p90: percentile(t, 0.9) };
};

/** Histogram of values in about `classes` bars (whole-number bars when values are whole and few). */
function histogramme(valeurs: Float64Array, classes: number, entiers: boolean): BarreHistogramme[] {
  let min = Infinity,
    max = -Infinity;
  for (const v of valeurs) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (valeurs.length === 0) return [];
  if (max === min) return [{ debut: min, fin: max, effectif: valeurs.length }];
  let largeur = (max - min) / classes || 1;
  if (entiers) largeur = Math.max(1, Math.ceil(largeur));
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
  if (!Number.isInteger(contacts) || contacts < 0 || contacts > 1e9)
    return echec('Le nombre de contacts doit être un entier positif ou nul.', 'contacts');
  const v = verifierEtapes({ etapes });
  if (!v.ok) return v;
  if (!fini(coutParContact) || coutParContact < 0)
    return echec('Le coût par contact doit être un nombre positif ou nul.', 'coutParContact');
  if (!fini(coutsFixes) || coutsFixes < 0)
    return echec('Les coûts fixes doivent être un nombre positif ou nul.', 'coutsFixes');
  if (!fini(margeParClient) || margeParClient < 0)
    return echec('La marge par client doit être un nombre positif ou nul.', 'margeParClient');
  if (!Number.isInteger(runs) || runs < 1 || runs > 200_000)
    return echec(
      'Le nombre de campagnes simulées doit être un entier de 1 à 200\u202f000.',
      'runs',
    );
  if (typeof graine !== 'string' && !fini(graine))
    return echec('La graine doit être un texte ou un nombre.', 'graine');
  if (!Number.isInteger(classes) || classes < 1 || classes > 200)
    return echec('Le nombre de barres de l’histogramme doit être un entier de 1 à 200.', 'classes');

  const alea = creerAleatoire(graine);
  const coutTotal = coutsFixes + contacts * coutParContact;
  const clients = new Float64Array(runs),
    cpc = new Float64Array(runs),
    rois = new Float64Array(runs);
  const moyenneCumulee: { run: number; moyenne: number }[] = [];
  const pas = Math.max(1, Math.floor(runs / 200));
  let somme = 0,
    rentables = 0,
    sansClient = 0,
    min = Infinity,
    max = -Infinity;
  for (let r = 0; r < runs; r++) {
    let n = contacts;
    for (const e of etapes) {
      const t = triangulaire(alea, e.min, e.probable, e.max);
      n = tirage === 'binomial' ? binomiale(alea, n, t) : n * t;
    }
    clients[r] = n;
    somme += n;
    if (n < min) min = n;
    if (n > max) max = n;
    if (n === 0) sansClient++;
    cpc[r] = n > 0 ? coutTotal / n : Infinity; // sorted last: the worst case, reported as null
    const retour = roi({ margeGeneree: n * margeParClient, cout: coutTotal });
    rois[r] = retour.ok ? retour.valeur : NaN;
    if (n * margeParClient >= coutTotal) rentables++;
    if ((r + 1) % pas === 0 || r === runs - 1)
      moyenneCumulee.push({ run: r + 1, moyenne: somme / (r + 1) });
  }
  const moyennes = etapes.reduce((p, e) => p * ((e.min + e.probable + e.max) / 3), 1);
  return ok({
    runs,
    coutTotal,
    clientsAttendus: contacts * moyennes,
    clients: { ...trois(clients), moyenne: somme / runs, min, max },
    coutParClient: coutTotal > 0 ? trois(cpc) : { p10: null, p50: null, p90: null },
    roi: coutTotal > 0 ? trois(rois) : { p10: null, p50: null, p90: null },
    probabiliteRentable: rentables / runs,
    partSansClient: sansClient / runs,
    histogramme: histogramme(clients, classes, tirage === 'binomial'),
    moyenneCumulee,
  });
}
