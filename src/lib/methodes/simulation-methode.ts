/**
 * The Monte Carlo view of chapter 7's comparator: a method's campaign replayed with each stage
 * rate drawn in its range (issue 14: moved from stores/methodes-simulation.ts) and each person
 * drawn through each stage (`tirage: 'binomial'`), so a simulated campaign wins whole clients,
 * as in chapter 10. The cost per client of a percentile campaign is the campaign's cost ÷ its
 * clients: the prudent case in clients (P10) is the dearest per client; with no client there is
 * no cost per client (null, never Infinity).
 */
import { ok, type Resultat } from '../commun/resultat.ts';
import { simulerCampagne, type SimulationCampagne } from '../entonnoir/monte-carlo.ts';
import type { ComparaisonMethode, Methode } from './methodes.ts';

/** Campaigns replayed per seed, as the button says: enough to see the spread, few enough to see luck. */
export const RUNS_METHODES = 100;

/** The Monte Carlo view of one method: the simulation, and the cost per client of the P10 / P50 / P90 campaigns. */
export interface SimulationMethode {
  id: string;
  nom: string;
  graine: string;
  contacts: number;
  sim: SimulationCampagne;
  coutParClient: { p10: number | null; p50: number | null; p90: number | null };
}

/** Coût par client = coût de la campagne ÷ clients gagnés; null without a client, or when a tiny expected count of clients would give Infinity. */
export function coutParClientGagne({
  coutTotal,
  clients,
}: {
  coutTotal: number;
  clients: number | null;
}): number | null {
  const c = clients !== null && clients > 0 ? coutTotal / clients : NaN;
  return Number.isFinite(c) ? c : null;
}

/** Replays the studied method's campaign `RUNS_METHODES` times, each stage rate drawn in its range (rates only: clients are expected values). */
export function simulerMethode({
  ligne,
  methode,
  margeParClient,
  graine,
}: {
  ligne: ComparaisonMethode;
  methode: Methode;
  margeParClient: number;
  graine: string;
}): Resultat<SimulationMethode> {
  const r = simulerCampagne({
    contacts: ligne.contacts,
    etapes: methode.etapes,
    coutParContact: methode.coutParContact,
    // A campaign that contacts nobody is not run: it costs nothing, set-up included.
    coutsFixes: ligne.contacts > 0 ? methode.coutsFixes : 0,
    margeParClient,
    runs: RUNS_METHODES,
    graine,
    // Each person passes each stage by chance: a campaign wins whole clients, as in chapter 10.
    tirage: 'binomial',
    classes: 10,
  });
  if (!r.ok) return r;
  const { coutTotal } = r.valeur;
  const { p10, p50, p90 } = r.valeur.clients;
  return ok({
    id: methode.id,
    nom: methode.nom,
    graine,
    contacts: ligne.contacts,
    sim: r.valeur,
    coutParClient: {
      p10: coutParClientGagne({ coutTotal, clients: p10 }),
      p50: coutParClientGagne({ coutTotal, clients: p50 }),
      p90: coutParClientGagne({ coutTotal, clients: p90 }),
    },
  });
}
