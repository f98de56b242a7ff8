import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { empreinteSelection, revueMethode } from '@lib/campagne/base-methode.ts';

const ids = (n: number, debut = 0) => Array.from({ length: n }, (_, i) => `P${debut + i}`);

describe('empreinteSelection', () => {
  test('la même sélection, dans n’importe quel ordre, a la même empreinte', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 60 }), (a) => {
        expect(empreinteSelection([...a].reverse())).toEqual(empreinteSelection(a));
        expect(empreinteSelection(a).prospects).toBe(a.length);
        expect(empreinteSelection(a).empreinte).toMatch(/^[0-9a-f]{8}$/);
      }),
    );
  });
  test('autant de prospects, mais pas les mêmes : une autre empreinte', () => {
    expect(empreinteSelection(ids(22)).empreinte).not.toBe(
      empreinteSelection(ids(22, 1)).empreinte,
    );
    expect(empreinteSelection(['ab', 'c']).empreinte).not.toBe(
      empreinteSelection(['a', 'bc']).empreinte,
    );
  });
});

describe('revueMethode', () => {
  const base = { ...empreinteSelection(ids(79)), contacts: 79 };
  test('la sélection n’a pas changé : rien à revoir', () => {
    expect(revueMethode({ base, selection: empreinteSelection(ids(79)) })).toBeNull();
  });
  test('le cas du testeur (D11) : 79 prospects au choix de la méthode, 22 maintenant', () => {
    expect(revueMethode({ base, selection: empreinteSelection(ids(22)) })).toBe(
      'La sélection compte maintenant 22\u00a0prospects, la méthode a été choisie pour 79\u00a0contacts.',
    );
  });
  test('des contacts saisis à la main : la phrase dit les deux', () => {
    expect(
      revueMethode({ base: { ...base, contacts: 1000 }, selection: empreinteSelection(ids(22)) }),
    ).toBe(
      'La sélection compte maintenant 22\u00a0prospects, elle en comptait 79 quand la méthode a été choisie (pour 1\u202f000\u00a0contacts).',
    );
  });
  test('autant de prospects, pas les mêmes : à revoir aussi', () => {
    expect(revueMethode({ base, selection: empreinteSelection(ids(79, 5)) })).toContain(
      'ce ne sont plus les mêmes',
    );
  });
  test('rien d’enregistré (travail d’une version précédente) ou lignes en cours de chargement : à jour', () => {
    expect(revueMethode({ base: undefined, selection: empreinteSelection(ids(3)) })).toBeNull();
    expect(revueMethode({ base: null, selection: empreinteSelection(ids(3)) })).toBeNull();
    expect(revueMethode({ base, selection: null })).toBeNull();
  });
});
