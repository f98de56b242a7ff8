import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  indiceBase100,
  tauxDEvolution,
  tauxGlobal,
  tauxMoyen,
  tauxReciproque,
  tcam,
} from '@lib/ventes/evolution.ts';
import { erreur, fini, nimporte, v } from '../aide-lib.ts';

describe('taux d’évolution and indice', () => {
  it('worked example: CA from 200 000 € to 230 000 €', () => {
    expect(v(tauxDEvolution({ valeurDepart: 200000, valeurArrivee: 230000 }))).toBeCloseTo(
      0.15,
      12,
    );
    expect(v(indiceBase100({ valeurDepart: 200000, valeurArrivee: 230000 }))).toBeCloseTo(115, 10);
    expect(v(tauxDEvolution({ valeurDepart: 200000, valeurArrivee: 150000 }))).toBeCloseTo(
      -0.25,
      12,
    );
  });

  it('refuses a zero base', () => {
    expect(erreur(tauxDEvolution({ valeurDepart: 0, valeurArrivee: 10 }))).toEqual({
      champ: 'valeurDepart',
      message: 'La valeur de départ doit être supérieure à 0 pour servir de base à un taux.',
    });
    expect(erreur(indiceBase100({ valeurDepart: 10, valeurArrivee: -1 }))?.champ).toBe(
      'valeurArrivee',
    );
  });
});

describe('tauxGlobal', () => {
  it('successive changes multiply: +12 %, +10 %, +8 %, +5 % → +39,71 %, not +35 %', () => {
    const t = v(tauxGlobal({ taux: [0.12, 0.1, 0.08, 0.05] }));
    expect(t).toBeCloseTo(0.397088, 12);
    expect(t).not.toBeCloseTo(0.35, 2);
  });

  it('an empty list changes nothing; a rise then the same fall is a loss', () => {
    expect(v(tauxGlobal({ taux: [] }))).toBe(0);
    expect(v(tauxGlobal({ taux: [0.2, -0.2] }))).toBeCloseTo(-0.04, 12);
  });

  it('names the faulty rate by its rank', () => {
    expect(erreur(tauxGlobal({ taux: [0.1, -1.5] }))).toEqual({
      champ: 'taux',
      message: 'Le taux n°\u00A02 ne peut pas être inférieur à −100\u202F%.',
    });
    expect(erreur(tauxGlobal({ taux: [Number.NaN] }))?.message).toBe(
      'Le taux n°\u00A01 doit être un nombre.',
    );
  });

  it('agrees with the chained evolution of a value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.9, max: 2, noNaN: true }), { maxLength: 12 }),
        (taux) => {
          const final = taux.reduce((valeur, t) => valeur * (1 + t), 1000);
          const global = v(tauxGlobal({ taux }));
          return Math.abs(1000 * (1 + global) - final) <= 1e-9 * Math.max(1, final);
        },
      ),
    );
  });
});

describe('tauxReciproque, tcam, tauxMoyen', () => {
  it('worked examples', () => {
    expect(v(tauxReciproque({ taux: 0.25 }))).toBeCloseTo(-0.2, 12);
    expect(v(tauxReciproque({ taux: -0.2 }))).toBeCloseTo(0.25, 12);
    expect(v(tcam({ valeurDepart: 100, valeurArrivee: 121, periodes: 2 }))).toBeCloseTo(0.1, 12);
    expect(v(tauxMoyen({ taux: [0.1, 0.1] }))).toBeCloseTo(0.1, 12);
  });

  it('the TCAM of the four changes equals their average rate', () => {
    const global = v(tauxGlobal({ taux: [0.12, 0.1, 0.08, 0.05] }));
    const parTcam = v(tcam({ valeurDepart: 100, valeurArrivee: 100 * (1 + global), periodes: 4 }));
    expect(parTcam).toBeCloseTo(v(tauxMoyen({ taux: [0.12, 0.1, 0.08, 0.05] })), 12);
  });

  it('errors', () => {
    expect(erreur(tauxReciproque({ taux: -1 }))?.champ).toBe('taux');
    expect(erreur(tcam({ valeurDepart: 100, valeurArrivee: 121, periodes: 0 }))).toEqual({
      champ: 'periodes',
      message: 'Le nombre de périodes doit être supérieur à 0.',
    });
    expect(erreur(tauxMoyen({ taux: [] }))?.champ).toBe('taux');
  });

  it('a rate and its reciprocal cancel out', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.99, max: 50, noNaN: true }), (t) => {
        const r = v(tauxReciproque({ taux: t }));
        return Math.abs((1 + t) * (1 + r) - 1) < 1e-9;
      }),
    );
  });

  it('never NaN or Infinity', () => {
    fc.assert(
      fc.property(
        nimporte,
        nimporte,
        nimporte,
        fc.array(nimporte, { maxLength: 5 }),
        (a, b, c, liste) =>
          [
            tauxDEvolution({ valeurDepart: a, valeurArrivee: b }),
            indiceBase100({ valeurDepart: a, valeurArrivee: b }),
            tauxReciproque({ taux: a }),
            tcam({ valeurDepart: a, valeurArrivee: b, periodes: c }),
            tauxGlobal({ taux: liste }),
            tauxMoyen({ taux: liste }),
          ].every(fini),
      ),
    );
  });
});
