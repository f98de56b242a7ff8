/**
 * Durations measured by end-to-end tests are recorded, never asserted: on a machine shared with
 * other work, a time limit fails by chance and teaches everyone to ignore red. Each measurement is
 * logged, attached to the test (annotation « mesure »), and collected by tests/rapport-mesures.ts
 * into test-results/mesures.json. The targets (one frame, 16 ms…) are held by `npm run bench`,
 * on the computation alone, in the bench file named here.
 */
import type { TestInfo } from '@playwright/test';

export interface Mesure {
  /** What was timed, in French (« Budget : recalcul et rendu »). */
  nom: string;
  /** The durations, in milliseconds, in the order measured. */
  ms: number[];
  /** The aim, in milliseconds (16 = one frame). */
  cible: number;
  /** The benchmark that holds the computation to its aim (tests/bench/…). */
  banc: string;
}

/** The median of the durations. */
export const mediane = (ms: readonly number[]): number => {
  const t = [...ms].sort((a, b) => a - b);
  return t.length % 2 ? t[(t.length - 1) / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
};

/** Records a measurement on the running test: log, annotation and JSON attachment. */
export async function consignerMesure(info: TestInfo, mesure: Mesure): Promise<void> {
  const ms = mesure.ms.map((d) => Math.round(d * 10) / 10);
  const texte = `${mesure.nom} : ${ms.join(' / ')} ms (médiane ${mediane(ms)} ms ; cible ${mesure.cible} ms, tenue par ${mesure.banc})`;
  console.log(texte);
  info.annotations.push({ type: 'mesure', description: texte });
  await info.attach('mesure', {
    contentType: 'application/json',
    body: JSON.stringify({ ...mesure, ms, mediane: mediane(ms) }),
  });
}
