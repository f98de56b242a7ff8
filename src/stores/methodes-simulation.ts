/**
 * The Monte Carlo view of chapter 7's comparator, for the method studied
 * (src/lib/methodes/simulation-methode.ts). Apart from methodes.ts so that the pages reading the
 * chosen method (the budget of chapter 9) do not ship the simulation.
 */
import { computed } from 'nanostores';
import { simulerMethode } from '../lib/methodes/simulation-methode.ts';
import { $evaluationMethodes, $saisieMethodes } from './methodes.ts';

/** The simulation of the method studied, or undefined while the comparison is invalid. */
export const $simulationMethode = computed([$saisieMethodes, $evaluationMethodes], (s, ev) => {
  if (!ev.ok) return undefined;
  const ligne = ev.valeur.comparaison.find((l) => l.id === s.etudiee),
    methode = ev.valeur.methodes.find((m) => m.id === s.etudiee);
  return ligne && methode
    ? simulerMethode({
        ligne,
        methode,
        margeParClient: ev.valeur.margeParClient,
        graine: s.graine,
      })
    : undefined;
});
