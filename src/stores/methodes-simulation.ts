/**
 * The Monte Carlo view of chapter 7's comparator: the studied method's campaign replayed with
 * its rates drawn in their ranges. Apart from methodes.ts so that the pages reading the chosen
 * method (the budget of chapter 9) do not ship the simulation.
 */
import { computed } from 'nanostores';
import { simulerCampagne, type SimulationCampagne } from '../lib/entonnoir/monte-carlo.ts';
import { ok, type Resultat } from '../lib/commun/resultat.ts';
import type { ComparaisonMethode, Methode } from '../lib/methodes/methodes.ts';
import { $evaluationMethodes, $saisieMethodes } from './methodes.ts';

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

/** Replays the studied method's campaign `RUNS_METHODES` times, each stage rate drawn in its range and each person drawn through it (whole clients). */
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
    coutsFixes: ligne.contacts > 0 ? methode.coutsFixes : 0,
    margeParClient,
    runs: RUNS_METHODES,
    graine,
    // Each person passes each stage by chance: a campaign wins whole clients, as in chapter 10 (D5).
    tirage: 'binomial',
    classes: 10,
  });
  if (!r.ok) return r;
  // Cost of the campaign ÷ its clients: the prudent case in clients (P10) is the dearest per client.
  const cpc = (c: number | null) => (c !== null && c > 0 ? r.valeur.coutTotal / c : null);
  const { p10, p50, p90 } = r.valeur.clients;
  return ok({
    id: methode.id,
    nom: methode.nom,
    graine,
    contacts: ligne.contacts,
    sim: r.valeur,
    coutParClient: { p10: cpc(p10), p50: cpc(p50), p90: cpc(p90) },
  });
}
/** The simulation of the method studied, or undefined while the comparison is invalid. */
export const $simulationMethode = computed([$saisieMethodes, $evaluationMethodes], (s, ev) => {
  const ligne = ev.resultat?.comparaison.find((l) => l.id === s.etudiee),
    methode = ev.resultat?.methodes.find((m) => m.id === s.etudiee);
  return ligne && methode && ev.resultat
    ? simulerMethode({
        ligne,
        methode,
        margeParClient: ev.resultat.margeParClient,
        graine: s.graine,
      })
    : undefined;
});
