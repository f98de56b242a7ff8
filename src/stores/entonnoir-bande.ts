/**
 * The Monte Carlo band of chapter 10's funnel: the orders P10 / P50 / P90 when each stage rate
 * is only known within ± a few points. Apart from entonnoir.ts because the band's view loads when
 * it nears the screen (like a chart): the simulation ships with it, not with the funnel.
 */
import { computed } from 'nanostores';
import { parseNombre } from '../lib/commun/nombres.ts';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';
import { simulerCampagne, type Percentiles } from '../lib/entonnoir/monte-carlo.ts';
import { $evaluationEntonnoir, $saisieEntonnoir, TAUX } from './entonnoir.ts';

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
  taux: readonly number[];
  ecartTexte: string;
  graine: string;
}): Resultat<BandeEntonnoir> {
  const e = parseNombre(ecartTexte, { champ: 'ecart', libelle: 'l’écart sur les taux' });
  if (!e.ok) return e;
  if (e.valeur < 0 || e.valeur > 50)
    return echec('L’écart sur les taux doit être compris entre 0 et 50 points.', 'ecart');
  const ecart = e.valeur / 100;
  const etapes = taux.map((t, i) => ({
    nom: TAUX[i].libelle,
    min: Math.max(0, t - ecart),
    probable: t,
    max: Math.min(1, t + ecart),
  }));
  const r = simulerCampagne({
    contacts: Math.round(contacts),
    etapes,
    coutParContact: 0,
    margeParClient: 0,
    runs: RUNS_ENTONNOIR,
    graine: `entonnoir-${graine}`,
  });
  if (!r.ok) return r;
  const { p10, p50, p90, moyenne } = r.valeur.clients;
  return ok({
    contacts: Math.round(contacts),
    ecart: e.valeur,
    graine,
    commandes: { p10, p50, p90, moyenne },
  });
}

/** The band for the current funnel, from its contacts (typed, or needed for the objective). */
export const $bandeEntonnoir = computed(
  [$saisieEntonnoir, $evaluationEntonnoir],
  (s, ev): Resultat<BandeEntonnoir> | undefined =>
    ev.ok
      ? simulerEntonnoir({
          contacts: ev.valeur.etapes[0].effectif,
          taux: ev.valeur.taux,
          ecartTexte: s.ecart,
          graine: s.graine,
        })
      : undefined,
);
