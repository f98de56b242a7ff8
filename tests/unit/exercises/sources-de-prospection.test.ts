import { expect } from 'vitest';
import { formule } from '@lib/formules/catalogue.ts';
import { exercicesNumeriques } from '@exercises/sources-de-prospection/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

const INTERNES = ['force-de-vente', 'marketing', 'comptabilite'];

/** Per exercise: recompute the expected answers by hand from the statement’s numbers (and the catalogue). */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'sources-de-prospection/part-du-fichier': (version) => {
    const d = version.donnees;
    const total = Object.values(d).reduce((s, x) => s + x, 0);
    const interne = Object.entries(d)
      .filter(([k]) => INTERNES.includes(k))
      .reduce((s, [, x]) => s + x, 0);
    expect(attendu(version, 'partInternes')).toBeCloseTo(interne / total, 12);
    const part = attendu(version, 'part');
    expect(
      Object.entries(d).some(
        ([k, x]) => !INTERNES.includes(k) && Math.abs(x / total - part) < 1e-12,
      ),
    ).toBe(true);
    expect(total).toBeLessThan(1000);
  },
  'sources-de-prospection/taux-par-source': (version) => {
    const { fichesA, jointsA, clientsA, fichesB, jointsB, clientsB } = version.donnees;
    expect(jointsA).toBeLessThan(fichesA);
    expect(jointsB).toBeLessThan(fichesB);
    const tA = v(formule('taux')!.calculer({ sortants: clientsA, entrants: jointsA }));
    const tB = v(formule('taux')!.calculer({ sortants: clientsB, entrants: jointsB }));
    expect(attendu(version, 'tauxA')).toBeCloseTo(tA, 12);
    expect(attendu(version, 'tauxB')).toBeCloseTo(tB, 12);
    expect(attendu(version, 'rapport')).toBeCloseTo(tA / tB, 9);
    expect(tA / tB).toBeGreaterThan(1);
  },
  'sources-de-prospection/cout-par-client': (version) => {
    const d = version.donnees;
    for (const [s, cle] of [
      ['salon', 'salon'],
      ['fichier-achete', 'fichierAchete'],
      ['parrainage', 'parrainage'],
    ]) {
      const attenduHorsLib = d[`cout-${s}`] / d[`clients-${s}`];
      expect(attendu(version, cle)).toBeCloseTo(attenduHorsLib, 9);
      expect(
        v(
          formule('cout-acquisition-client')!.calculer({
            coutTotal: d[`cout-${s}`],
            nouveauxClients: d[`clients-${s}`],
          }),
        ),
      ).toBeCloseTo(attenduHorsLib, 9);
      expect(d[`clients-${s}`]).toBeLessThanOrEqual(d[`joints-${s}`]);
      expect(d[`joints-${s}`]).toBeLessThan(d[`fiches-${s}`]);
    }
  },
};

testerSerieNumerique({
  chapitre: 'sources-de-prospection',
  exercicesNumeriques,
  recalcul: RECALCUL,
  maxNombre: 100,
});
