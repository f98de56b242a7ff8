import { describe, expect, it } from 'vitest';
import { creerAleatoire } from '@lib/commun/aleatoire.ts';
import {
  ALPHABET_CODE,
  aleaVersion,
  codeValide,
  erreurCode,
  graineVersion,
  normaliserCode,
  nouveauCode,
} from '@exercises/codes.ts';

describe('codes de version', () => {
  it('uses an alphabet without look-alikes', () => {
    for (const c of '01OIL') expect(ALPHABET_CODE).not.toContain(c);
    expect(new Set(ALPHABET_CODE).size).toBe(ALPHABET_CODE.length);
  });

  it('draws valid 4-character codes, deterministically from the seed', () => {
    const alea = creerAleatoire('horloge');
    const codes = Array.from({ length: 2000 }, () => nouveauCode(alea));
    for (const code of codes) expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(nouveauCode(creerAleatoire(7))).toBe(nouveauCode(creerAleatoire(7)));
  });

  it('accepts any case and surrounding spaces, refuses ambiguous or short codes', () => {
    expect(codeValide('K7Q2')).toBe(true);
    expect(codeValide('  k7q2 ')).toBe(true);
    expect(codeValide('k7-q2')).toBe(true);
    expect(normaliserCode(' k7q2\u00a0')).toBe('K7Q2');
    expect(codeValide('K7Q')).toBe(false);
    expect(codeValide('K7Q22')).toBe(false);
    expect(codeValide('K0Q2')).toBe(false);
    expect(codeValide('KIQ2')).toBe(false);
    expect(codeValide('K7Q!')).toBe(false);
    expect(erreurCode('K7Q2')).toBeUndefined();
    expect(erreurCode('K0Q2')).toMatch(/ni 0/);
    expect(erreurCode('K7')).toMatch(/4\u202fcaractères/);
  });

  it('seeds a version with the exercise id and the code', () => {
    expect(graineVersion({ exerciceId: 'budgetiser/ca-minimum', code: 'k7q2' })).toBe(
      'budgetiser/ca-minimum#K7Q2',
    );
    const a = aleaVersion({ exerciceId: 'budgetiser/a', code: 'K7Q2' })();
    const b = aleaVersion({ exerciceId: 'budgetiser/b', code: 'K7Q2' })();
    expect(a).not.toBe(b);
    expect(aleaVersion({ exerciceId: 'budgetiser/a', code: ' k7q2' })()).toBe(a);
  });
});
