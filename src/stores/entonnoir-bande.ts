/**
 * The Monte Carlo band of chapter 10's funnel, for the funnel studied. Apart from entonnoir.ts
 * because the band's view loads when it nears the screen (like a chart): the simulation
 * (src/lib/entonnoir/bande.ts) ships with it, not with the funnel.
 */
import { computed } from 'nanostores';
import type { Resultat } from '../lib/commun/resultat.ts';
import { simulerEntonnoir, type BandeEntonnoir } from '../lib/entonnoir/bande.ts';
import { $evaluationEntonnoir, $saisieEntonnoir } from './entonnoir.ts';

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
