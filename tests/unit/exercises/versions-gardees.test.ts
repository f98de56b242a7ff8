import { describe, expect, test } from 'vitest';
import {
  saisiesAGarder,
  validerVersionsGardees,
  versionPrecedente,
} from '@exercises/versions-gardees.ts';

describe('la version que l’apprenant avait, face à un lien', () => {
  const mienne = { code: 'XYZ7', saisies: { total: '17 200' } };

  test('un lien vers une autre version : la sienne est proposée, saisies comprises', () => {
    expect(versionPrecedente({ gardee: mienne, lien: 'K7Q2' })).toEqual(mienne);
  });

  test('rien à dire sans version à lui, ou quand le lien ouvre la sienne (quelle que soit la casse)', () => {
    expect(versionPrecedente({ gardee: undefined, lien: 'K7Q2' })).toBeUndefined();
    expect(versionPrecedente({ gardee: mienne, lien: 'XYZ7' })).toBeUndefined();
    expect(versionPrecedente({ gardee: mienne, lien: ' xyz7 ' })).toBeUndefined();
  });
});

describe('lecture des versions gardées', () => {
  test('une valeur bien formée est lue telle quelle, codes remis en forme', () => {
    expect(
      validerVersionsGardees({
        'budgetiser/ca-minimum': { code: 'k7q2', saisies: { total: '9 000', caMinimum: '' } },
        'planifier/commerciaux': { code: 'ABCD', saisies: {} },
      }),
    ).toEqual({
      'budgetiser/ca-minimum': { code: 'K7Q2', saisies: { total: '9 000', caMinimum: '' } },
      'planifier/commerciaux': { code: 'ABCD', saisies: {} },
    });
    expect(validerVersionsGardees({})).toEqual({});
  });

  test.each([
    ['pas un objet', []],
    ['null', null],
    [
      'un code mal formé (O et 1 n’existent pas)',
      { 'budgetiser/ca-minimum': { code: 'O1AB', saisies: {} } },
    ],
    ['un code trop long', { 'budgetiser/ca-minimum': { code: 'ABCDE', saisies: {} } }],
    ['des saisies absentes', { 'budgetiser/ca-minimum': { code: 'ABCD' } }],
    [
      'une saisie qui n’est pas du texte',
      { 'budgetiser/ca-minimum': { code: 'ABCD', saisies: { total: 9000 } } },
    ],
    [
      'une saisie trop longue',
      { 'budgetiser/ca-minimum': { code: 'ABCD', saisies: { total: 'x'.repeat(61) } } },
    ],
    ['un identifiant qui n’en est pas un', { __proto__x: { code: 'ABCD', saisies: {} } }],
    [
      'une clé de champ étrange',
      { 'budgetiser/ca-minimum': { code: 'ABCD', saisies: { 'a b': '1' } } },
    ],
  ])('refusée : %s', (_, brut) => {
    expect(validerVersionsGardees(brut)).toBeUndefined();
  });

  test('ce qui est gardé tient dans ce qui est relu', () => {
    const longues = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`champ${i}`, '1'.repeat(80)]),
    );
    const gardees = saisiesAGarder(longues);
    expect(Object.keys(gardees)).toHaveLength(20);
    expect(
      validerVersionsGardees({ 'budgetiser/ca-minimum': { code: 'ABCD', saisies: gardees } }),
    ).toBeDefined();
  });
});
