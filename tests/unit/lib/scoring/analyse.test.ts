import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clientsAttendus,
  histogrammeScores,
  idsSelection,
  pasHistogramme,
  reussiteParTemperature,
  verdictBacktest,
} from '@lib/scoring/analyse.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};

describe('histogrammeScores', () => {
  it('groups scores in round classes [min, max[ and counts the converters', () => {
    const classement = [
      { id: 'a', score: 98 },
      { id: 'b', score: 60 },
      { id: 'c', score: 59 },
      { id: 'd', score: -50 },
    ];
    const h = v(histogrammeScores({ classement, convertis: new Set(['a', 'b']), largeur: 20 }));
    expect(h[0]).toEqual({ min: -60, max: -40, effectif: 1, convertis: 0 });
    expect(h.find((c) => c.min === 60)).toEqual({ min: 60, max: 80, effectif: 1, convertis: 1 });
    expect(h.find((c) => c.min === 40)).toEqual({ min: 40, max: 60, effectif: 1, convertis: 0 });
    expect(h.at(-1)).toEqual({ min: 80, max: 100, effectif: 1, convertis: 1 });
    expect(v(histogrammeScores({ classement: [], convertis: new Set() }))).toEqual([]);
    expect(histogrammeScores({ classement, convertis: new Set(), largeur: 0 }).ok).toBe(false);
  });

  it('picks round steps', () => {
    expect(pasHistogramme({ min: -50, max: 98 })).toBe(20);
    expect(pasHistogramme({ min: 0, max: 10 })).toBe(1);
    expect(pasHistogramme({ min: 5, max: 5 })).toBe(1);
  });

  it('property: the classes count every prospect once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
          minLength: 1,
          maxLength: 200,
        }),
        (scores) => {
          const classement = scores.map((score, i) => ({ id: `p${i}`, score }));
          const h = v(histogrammeScores({ classement, convertis: new Set(['p0']) }));
          expect(h.reduce((s, c) => s + c.effectif, 0)).toBe(scores.length);
          expect(h.reduce((s, c) => s + c.convertis, 0)).toBe(1);
        },
      ),
    );
  });
});

describe('reussiteParTemperature and clientsAttendus', () => {
  it('gives the success rate of each class, null for an empty one', () => {
    const classement = [
      { id: 'a', temperature: 'chaud' as const },
      { id: 'b', temperature: 'chaud' as const },
      { id: 'c', temperature: 'froid' as const },
    ];
    expect(reussiteParTemperature({ classement, convertis: new Set(['a']) })).toEqual([
      { temperature: 'chaud', effectif: 2, convertis: 1, taux: 0.5 },
      { temperature: 'tiede', effectif: 0, convertis: 0, taux: null },
      { temperature: 'froid', effectif: 1, convertis: 0, taux: 0 },
    ]);
  });

  it('expects 30 clients from the lesson’s 40 chauds, 120 tièdes and 300 froids', () => {
    const classes = [
      { effectif: 40, probabilite: 0.3 },
      { effectif: 120, probabilite: 0.1 },
      { effectif: 300, probabilite: 0.02 },
    ];
    expect(v(clientsAttendus({ classes }))).toBeCloseTo(30, 12);
    expect(clientsAttendus({ classes: [{ effectif: 10, probabilite: 1.2 }] })).toEqual({
      ok: false,
      erreur: {
        champ: 'classes',
        message:
          'La probabilité de réussite de la classe 1 doit être comprise entre 0 et 100\u202f%.',
      },
    });
    expect(clientsAttendus({ classes: [{ effectif: -1, probabilite: 0.2 }] }).ok).toBe(false);
  });
});

describe('verdictBacktest and idsSelection', () => {
  it('reads the lift in plain French', () => {
    expect(verdictBacktest({ lift: 3 }).niveau).toBe('excellente');
    expect(verdictBacktest({ lift: 2 }).niveau).toBe('utile');
    expect(verdictBacktest({ lift: 1.2 }).niveau).toBe('faible');
    expect(verdictBacktest({ lift: 1 }).niveau).toBe('inutile');
    expect(verdictBacktest({ lift: NaN }).niveau).toBe('inutile');
  });

  it('selects the first N, the chauds, or the chauds and tièdes', () => {
    const classement = [
      { id: 'a', temperature: 'chaud' as const },
      { id: 'b', temperature: 'tiede' as const },
      { id: 'c', temperature: 'froid' as const },
    ];
    expect(v(idsSelection({ classement, choix: { mode: 'premiers', nombre: 2 } }))).toEqual([
      'a',
      'b',
    ]);
    expect(v(idsSelection({ classement, choix: { mode: 'premiers', nombre: 10 } }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(v(idsSelection({ classement, choix: { mode: 'chauds' } }))).toEqual(['a']);
    expect(v(idsSelection({ classement, choix: { mode: 'chauds-tiedes' } }))).toEqual(['a', 'b']);
    expect(idsSelection({ classement, choix: { mode: 'premiers', nombre: 2.5 } }).ok).toBe(false);
    expect(idsSelection({ classement, choix: { mode: 'premiers', nombre: 0 } }).ok).toBe(false);
  });
});
