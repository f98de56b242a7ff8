/**
 * The Monte Carlo band of chapter 10's funnel: the orders P10 / P50 / P90 when each stage rate is
 * only known within ± a few points (issue 14: moved from stores/entonnoir-bande.ts, which now only
 * wires the learner's inputs to it). Conventions: the spread is typed in points (« 5 » = ± 5 %),
 * 0 to 50; each rate is drawn in [taux − ecart, taux + ecart] clamped to 0–100 %, with the typed
 * rate as the most likely value (triangular law, monte-carlo.ts); people pass each stage by
 * chance (binomial draw), so a small file shows luck as well as rate uncertainty.
 */
import { parseNombre } from '../commun/nombres.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { TAUX_ENTONNOIR } from '../campagne/etapes.ts';
import { simulerCampagne, type Percentiles } from './monte-carlo.ts';

/** Campaigns replayed for the band: enough for stable P10 / P90, cheap enough for every keystroke. */
export const RUNS_ENTONNOIR = 1000;

/** The Monte Carlo band: orders P10 / P50 / P90 when each rate strays up to ± `ecart` points. */
export interface BandeEntonnoir {
  contacts: number;
  ecart: number;
  graine: string;
  commandes: Percentiles & { moyenne: number };
}

/** Replays the funnel `RUNS_ENTONNOIR` times from `contacts`, each rate drawn in [taux − ecart, taux + ecart] (triangular, clamped to 0–100 %). */
export function simulerEntonnoir({
  contacts,
  taux,
  ecartTexte,
  graine,
}: {
  contacts: number;
  /** The four stage rates, fractions, in the funnel's order (TAUX_ENTONNOIR). */
  taux: readonly number[];
  /** The spread as typed, in points. */
  ecartTexte: string;
  graine: string;
}): Resultat<BandeEntonnoir> {
  const e = parseNombre(ecartTexte, { champ: 'ecart', libelle: 'l’écart sur les taux' });
  if (!e.ok) return e;
  if (e.valeur < 0 || e.valeur > 50)
    return echec('L’écart sur les taux doit être compris entre 0 et 50 points.', 'ecart');
  const ecart = e.valeur / 100;
  const entiers = Math.round(contacts);
  const r = simulerCampagne({
    contacts: entiers,
    etapes: taux.map((t, i) => ({
      nom: TAUX_ENTONNOIR[i]?.libelle ?? `Étape ${i + 1}`,
      min: Math.max(0, t - ecart),
      probable: t,
      max: Math.min(1, t + ecart),
    })),
    coutParContact: 0,
    margeParClient: 0,
    runs: RUNS_ENTONNOIR,
    // Its own stream, so that the funnel's band and chapter 7's methods never share draws.
    graine: `entonnoir-${graine}`,
  });
  if (!r.ok) return r;
  const { p10, p50, p90, moyenne } = r.valeur.clients;
  return ok({ contacts: entiers, ecart: e.valeur, graine, commandes: { p10, p50, p90, moyenne } });
}
