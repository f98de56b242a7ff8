import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  creerCodeResultat,
  lireCodeResultat,
  MAX_PAR_CHAPITRE,
} from '../../../src/exercises/code-resultat.ts';

describe('code de résultat', () => {
  test('aller-retour, avec ou sans nom, casse et espaces indifférents', () => {
    const code = creerCodeResultat([5, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(code).toMatch(/^RP-[2-9A-Z]{13}-[2-9A-Z]{2}$/);
    expect(lireCodeResultat(code, 13)).toEqual({
      ok: true,
      valeur: { nom: '', reussis: [5, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
    });
    expect(lireCodeResultat(`Camille Martin : ${code.toLowerCase()}`, 13)).toMatchObject({
      ok: true,
      valeur: { nom: 'Camille Martin' },
    });
    expect(lireCodeResultat(`  ${code.replace(/-/g, ' ')} `, 13).ok).toBe(true);
  });
  test('tout code recopié avec un caractère faux ou deux caractères inversés est refusé', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: MAX_PAR_CHAPITRE }), { minLength: 13, maxLength: 13 }),
        fc.nat(14),
        fc.nat(30),
        (v, i, d) => {
          const code = creerCodeResultat(v);
          const corps = code.slice(3).replace('-', '');
          const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
          const faux =
            corps.slice(0, i) +
            alphabet[(alphabet.indexOf(corps[i]) + 1 + (d % 30)) % 31] +
            corps.slice(i + 1);
          expect(lireCodeResultat(`RP-${faux}`, 13).ok).toBe(false);
          if (i < 14 && corps[i] !== corps[i + 1]) {
            const inverse = corps.slice(0, i) + corps[i + 1] + corps[i] + corps.slice(i + 2);
            expect(lireCodeResultat(`RP-${inverse}`, 13).ok).toBe(false);
          }
        },
      ),
    );
  });
  test('refus en français : pas un code, mauvaise longueur, lettre ambiguë', () => {
    expect(lireCodeResultat('bonjour', 13)).toMatchObject({
      ok: false,
      erreur: { message: expect.stringContaining('n’est pas un code de résultat') },
    });
    expect(lireCodeResultat('RP-532', 13)).toMatchObject({
      ok: false,
      erreur: { message: expect.stringContaining('15\u00a0caractères') },
    });
    expect(lireCodeResultat('RP-5320000000000-O7', 13)).toMatchObject({
      ok: false,
      erreur: { message: expect.stringContaining('0, O, 1, I ou L') },
    });
  });
});

test('un code mal recopié est cité tel que le formateur l’a tapé, tirets compris', () => {
  const r = lireCodeResultat('Léo Modifié : RP-2322222222222-ZZ', 13);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.erreur.message).toContain('«\u00a0Léo Modifié : RP-2322222222222-ZZ\u00a0»');
});
