import { expect } from 'vitest';
import { formule } from '@lib/formules/catalogue.ts';
import { effectifsNecessaires, entonnoir, tauxDEtapes } from '@lib/entonnoir/entonnoir.ts';
import { taux } from '@lib/portefeuille/valeur-client.ts';
import { exercicesNumeriques } from '@exercises/mesurer-l-efficacite/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

const tauxDe = (d: Record<string, number>) => [d.t1, d.t2, d.t3, d.t4];

/** Per exercise: recompute the expected answers from the statement's numbers with src/lib (and the catalogue). */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'mesurer-l-efficacite/taux-etape': (version) => {
    const { appeles, joints, rdv, propositions, commandes } = version.donnees;
    const observe = v(tauxDEtapes({ effectifs: [appeles, joints, rdv, propositions, commandes] }));
    expect(attendu(version, 'tauxRdv')).toBe(observe.taux[1]);
    expect(attendu(version, 'tauxTransformation')).toBe(observe.taux[3]);
    expect(attendu(version, 'tauxRdv')).toBe(v(taux({ sortants: rdv, entrants: joints })));
    expect(v(formule('taux')!.calculer({ sortants: commandes, entrants: propositions }))).toBe(
      attendu(version, 'tauxTransformation'),
    );
    for (const x of [appeles, joints, rdv, propositions, commandes])
      expect(Number.isInteger(x)).toBe(true);
  },
  'mesurer-l-efficacite/taux-global': (version) => {
    const t = tauxDe(version.donnees);
    const avant = v(entonnoir({ entree: version.donnees.appeles, taux: t }));
    expect(attendu(version, 'tauxGlobal')).toBeCloseTo(t[0] * t[1] * t[2] * t[3], 12);
    expect(attendu(version, 'tauxGlobal')).toBeCloseTo(avant.tauxGlobal, 12);
    expect(attendu(version, 'commandes')).toBeCloseTo(avant.effectifs[4], 9);
    for (const x of t) expect(Math.round(x * 100) % 5).toBe(0);
  },
  'mesurer-l-efficacite/contacts-a-rebours': (version) => {
    const t = tauxDe(version.donnees);
    const { objectif } = version.donnees;
    const besoin = v(effectifsNecessaires({ objectif, taux: t }));
    expect(attendu(version, 'appeles')).toBe(besoin[0]);
    expect(attendu(version, 'rdv')).toBe(besoin[2]);
    // Rounding up at each stage is enough: going forward from the answer reaches the objective.
    const avant = v(entonnoir({ entree: besoin[0], taux: t }));
    expect(avant.effectifs[4]).toBeGreaterThanOrEqual(objectif - 1e-9);
    for (const x of besoin) expect(Number.isInteger(x)).toBe(true);
  },
};

testerSerieNumerique({
  chapitre: 'mesurer-l-efficacite',
  exercicesNumeriques,
  recalcul: RECALCUL,
  maxNombre: 5000,
});
