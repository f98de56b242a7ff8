/**
 * What every simulator island does with its store, once: hydrate on the server's render (the
 * lesson's example), then show what this browser stored; keep the last valid result on screen
 * while a field is in error (ARCHITECTURE rule 3); say so in one shared sentence.
 */
import { useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useMonte } from './hydratation.ts';

/** An evaluation as the stores produce it: French errors by field, a result when all is valid. */
export interface EvaluationSimulateur<R> { erreurs: Record<string, string>; resultat?: R }

/**
 * Reads a simulator's input and evaluation stores. `defaut` and `evaluationDefaut` are what the
 * server rendered; until mounted they are returned, so hydration sees the same tree.
 */
export function useSimulateur<S, E extends EvaluationSimulateur<unknown>>(
  $saisie: ReadableAtom<S>, $evaluation: ReadableAtom<E>, defaut: S, evaluationDefaut: E,
) {
  const monte = useMonte();
  const saisieStockee = useStore($saisie);
  const evaluationStockee = useStore($evaluation);
  const saisie = monte ? saisieStockee : defaut;
  const evaluation = monte ? evaluationStockee : evaluationDefaut;
  const dernier = useRef<NonNullable<E['resultat']>>();
  if (evaluation.resultat != null) dernier.current = evaluation.resultat as NonNullable<E['resultat']>;
  return { monte, saisie, evaluation, resultat: dernier.current, enErreur: Object.keys(evaluation.erreurs).length > 0 };
}

/** The sentence shown while a field is in error. */
export function AvertissementErreur({ visible }: { visible: boolean }) {
  return visible ? <p class="labo-avertissement" role="status">Corrigez le champ signalé&#8239;: le dernier résultat valide reste affiché.</p> : null;
}
