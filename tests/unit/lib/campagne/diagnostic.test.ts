import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { diagnostiquerCampagne } from '@lib/campagne/diagnostic.ts';
import { effectifsEntiers } from '@lib/campagne/plan.ts';

const tauxArb = fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
  minLength: 4,
  maxLength: 4,
});
const entonnoirArb = fc
  .tuple(
    fc.integer({ min: 1, max: 2000 }),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
  )
  .map(([n, t]) => effectifsEntiers({ contacts: n, taux: t }).effectifs);

describe('diagnostiquerCampagne', () => {
  test('un plan comparé à lui-même est « conforme »', () => {
    fc.assert(
      fc.property(tauxArb, (taux) => {
        const reels = [1_000_000];
        for (const t of taux) reels.push(reels[reels.length - 1] * t);
        const d = diagnostiquerCampagne({ tauxPrevus: taux, effectifsReels: reels });
        return d.ok && d.valeur.verdict === 'conforme' && d.valeur.plusFaible === null;
      }),
    );
  });

  test('agrandir une campagne (× k) ne change ni ses taux, ni le verdict, ni l’étape la plus faible', () => {
    fc.assert(
      fc.property(entonnoirArb, tauxArb, fc.integer({ min: 2, max: 50 }), (reels, taux, k) => {
        const a = diagnostiquerCampagne({ tauxPrevus: taux, effectifsReels: reels });
        const b = diagnostiquerCampagne({
          tauxPrevus: taux,
          effectifsReels: reels.map((x) => x * k),
        });
        return (
          a.ok &&
          b.ok &&
          a.valeur.verdict === b.valeur.verdict &&
          a.valeur.plusFaible === b.valeur.plusFaible &&
          a.valeur.phrase === b.valeur.phrase
        );
      }),
    );
  });

  test('une étape très au-dessus du plan n’est pas « presque tenue » (le RDV à 248 % du plan)', () => {
    const d = diagnostiquerCampagne({
      tauxPrevus: [0.64, 0.2, 0.625, 0.25],
      effectifsReels: [420, 268, 133, 83, 38],
    });
    if (!d.ok) throw new Error(d.erreur.message);
    expect(d.valeur.phrase).not.toMatch(/presque tenu/);
    expect(d.valeur.phrase).toMatch(/prise de RDV/);
    expect(d.valeur.phrase).toMatch(/sous-estimait/);
  });

  test('deux tailles différentes : on le dit, et l’on ne compare que des taux', () => {
    const d = diagnostiquerCampagne({
      tauxPrevus: [0.6, 0.2, 0.625, 0.25],
      effectifsReels: [420, 268, 133, 83, 38],
      contactsPrevus: 57,
    });
    expect(d.ok && d.valeur.echelle).toBe(
      'Votre plan porte sur 57\u00a0contacts, la campagne sur 420\u00a0contacts\u202f: on compare les taux de chaque étape, pas les effectifs.',
    );
  });

  test('un entonnoir qui grossit ou incomplet est une erreur en français', () => {
    expect(
      diagnostiquerCampagne({ tauxPrevus: [0.5, 0.5, 0.5, 0.5], effectifsReels: [10, 20, 5, 2, 1] })
        .ok,
    ).toBe(false);
    expect(
      diagnostiquerCampagne({ tauxPrevus: [0.5, 0.5, 0.5], effectifsReels: [10, 5, 2, 1, 0] }).ok,
    ).toBe(false);
  });
});
