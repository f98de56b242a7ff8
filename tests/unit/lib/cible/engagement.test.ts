import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tauxDEngagement, touchesNecessaires, trierReponses } from '@lib/cible/engagement.ts';
import { v, erreur, nimporte } from '../aide-lib.ts';

describe('the lesson’s e-mailing: 2 000 sent, 480 opened, 96 clicked, 18 quotes', () => {
  it('gives 24 %, 4,8 % (or 20 % of openers) and 0,9 %', () => {
    expect(v(tauxDEngagement({ reactions: 480, touches: 2000 }))).toBe(0.24);
    expect(v(tauxDEngagement({ reactions: 96, touches: 2000 }))).toBe(0.048);
    expect(v(tauxDEngagement({ reactions: 96, touches: 480 }))).toBe(0.2);
    expect(v(tauxDEngagement({ reactions: 18, touches: 2000 }))).toBe(0.009);
  });
  it('sorts 18 chauds, 78 tièdes, 384 froids, 1 520 sans réaction', () => {
    expect(v(trierReponses({ touches: 2000, ouvertures: 480, clics: 96, demandes: 18 }))).toEqual({
      chauds: 18,
      tiedes: 78,
      froids: 384,
      sansReaction: 1520,
    });
  });
  it('needs 2 000 people for 18 quotes at 0,9 %, and rounds up otherwise', () => {
    expect(v(touchesNecessaires({ objectif: 18, taux: 0.009 }))).toBe(2000);
    expect(v(touchesNecessaires({ objectif: 10, taux: 0.03 }))).toBe(334);
  });
});

describe('errors in French, naming the field', () => {
  it('refuses impossible counts', () => {
    expect(erreur(tauxDEngagement({ reactions: 5, touches: 0 }))?.champ).toBe('touches');
    expect(erreur(tauxDEngagement({ reactions: 5, touches: 4 }))?.message).toBe(
      'Il ne peut pas y avoir plus de réactions que de personnes touchées.',
    );
    expect(
      erreur(trierReponses({ touches: 100, ouvertures: 50, clics: 60, demandes: 1 }))?.champ,
    ).toBe('clics');
    expect(
      erreur(trierReponses({ touches: 100, ouvertures: 50, clics: 6, demandes: 7 }))?.champ,
    ).toBe('demandes');
    expect(
      erreur(trierReponses({ touches: 100, ouvertures: 2.5, clics: 0, demandes: 0 }))?.champ,
    ).toBe('ouvertures');
    expect(erreur(touchesNecessaires({ objectif: 10, taux: 0 }))?.champ).toBe('taux');
  });
  it('never returns NaN or Infinity, whatever it is given', () => {
    fc.assert(
      fc.property(nimporte, nimporte, (a, b) => {
        for (const r of [
          tauxDEngagement({ reactions: a, touches: b }),
          touchesNecessaires({ objectif: a, taux: b }),
        ])
          if (r.ok) expect(Number.isFinite(r.valeur)).toBe(true);
      }),
    );
  });
});

describe('properties', () => {
  const emailing = fc
    .tuple(fc.nat(5000), fc.nat(5000), fc.nat(5000), fc.nat(5000))
    .map((xs) => xs.sort((x, y) => y - x) as [number, number, number, number]);
  it('the four groups add up to the people reached and are never negative', () => {
    fc.assert(
      fc.property(emailing, ([touches, ouvertures, clics, demandes]) => {
        const t = v(trierReponses({ touches, ouvertures, clics, demandes }));
        expect(t.chauds + t.tiedes + t.froids + t.sansReaction).toBe(touches);
        for (const x of Object.values(t)) expect(x).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it('the people needed reach the objective, and one fewer would not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 1000 }),
        (objectif, pourMille) => {
          const taux = pourMille / 1000;
          const n = v(touchesNecessaires({ objectif, taux }));
          expect(n * taux).toBeGreaterThanOrEqual(objectif - 1e-9);
          expect((n - 1) * taux).toBeLessThan(objectif);
        },
      ),
    );
  });
});
