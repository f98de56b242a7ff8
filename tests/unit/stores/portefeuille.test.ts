import { describe, expect, test } from 'vitest';
import { erreursDe } from '../../../src/lib/commun/resultat.ts';
import {
  SEUILS_PAR_DEFAUT,
  lireSeuils,
  validerSeuilsStockes,
} from '../../../src/stores/portefeuille.ts';

describe('lireSeuils', () => {
  test('the lesson’s 80 % / 95 %, and French formats', () => {
    expect(lireSeuils(SEUILS_PAR_DEFAUT)).toEqual({ ok: true, valeur: { a: 0.8, b: 0.95 } });
    expect(lireSeuils({ seuilA: '70,5 %', seuilB: '100' })).toEqual({
      ok: true,
      valeur: { a: 0.705, b: 1 },
    });
  });

  test('French errors next to the right field when not 0 < A < B ≤ 100 %', () => {
    expect(erreursDe(lireSeuils({ seuilA: '0', seuilB: '95' })).seuilA).toBe(
      'Le seuil de la classe A doit être compris entre 0 et 100\u202f% (exclus).',
    );
    expect(erreursDe(lireSeuils({ seuilA: '100', seuilB: '95' })).seuilA).toMatch(/classe A/);
    expect(erreursDe(lireSeuils({ seuilA: '80', seuilB: '120' })).seuilB).toBe(
      'Le seuil de la classe B doit être compris entre 0 (exclu) et 100\u202f%.',
    );
    expect(lireSeuils({ seuilA: '90', seuilB: '85' })).toEqual({
      ok: false,
      erreurs: {
        seuilB: 'Le seuil de la classe B doit dépasser celui de la classe A (90\u202f%).',
      },
    });
    expect(erreursDe(lireSeuils({ seuilA: '80', seuilB: '80' })).seuilB).toMatch(/dépasser/);
    expect(erreursDe(lireSeuils({ seuilA: 'abc', seuilB: '' }))).toEqual({
      seuilA: expect.stringMatching(/seuil de la classe A/),
      seuilB: expect.stringMatching(/seuil de la classe B/),
    });
  });
});

describe('validerSeuilsStockes', () => {
  test('accepts thresholds per company as text, refuses any other shape', () => {
    expect(validerSeuilsStockes({ 'mobilier-lyon': { seuilA: '70', seuilB: '90' } })).toEqual({
      'mobilier-lyon': { seuilA: '70', seuilB: '90' },
    });
    expect(validerSeuilsStockes({})).toEqual({});
    for (const mauvais of [
      null,
      [],
      'x',
      { 'mobilier-lyon': { seuilA: 70, seuilB: '90' } },
      { 'Pas Un Id': SEUILS_PAR_DEFAUT },
      { a: { ...SEUILS_PAR_DEFAUT, c: '1' } },
    ]) {
      expect(validerSeuilsStockes(mauvais)).toBeUndefined();
    }
  });
});
