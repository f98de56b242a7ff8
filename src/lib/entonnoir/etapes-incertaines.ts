/**
 * Uncertain stage rates (course chapters 7 and 10): each rate of the funnel as (min, most likely,
 * max). Apart from monte-carlo.ts so that the method comparison (methodes.ts) checks its ranges
 * without shipping the simulation to pages that only read the chosen method.
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';

/** An uncertain stage rate: lowest, most likely and highest values, fractions. */
export interface EtapeIncertaine {
  nom: string;
  min: number;
  probable: number;
  max: number;
}

const fini = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Checks stage ranges: 0 ≤ min ≤ probable ≤ max ≤ 1. */
export function verifierEtapes({
  etapes,
}: {
  etapes: readonly EtapeIncertaine[];
}): Resultat<readonly EtapeIncertaine[]> {
  if (!Array.isArray(etapes) || etapes.length === 0)
    return echec('Il faut au moins une étape.', 'etapes');
  for (let i = 0; i < etapes.length; i++) {
    const e = etapes[i] ?? ({} as EtapeIncertaine),
      nom = e.nom ? `«\u00a0${e.nom}\u00a0»` : `n°\u00a0${i + 1}`;
    if (![e.min, e.probable, e.max].every((x) => fini(x) && x >= 0 && x <= 1))
      return echec(
        `Les taux de l’étape ${nom} doivent être compris entre 0 et 100\u202f%.`,
        'etapes',
      );
    if (!(e.min <= e.probable && e.probable <= e.max))
      return echec(`Pour l’étape ${nom}, il faut minimum ≤ probable ≤ maximum.`, 'etapes');
  }
  return ok(etapes);
}
