import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { besoinEnNouveauxClients, projectionPortefeuille } from '@lib/portefeuille/usure.ts';
import { erreur, nimporte, v } from '../aide-lib.ts';

const exemple = { clients: 200, tauxAttrition: 0.15, tauxCroissance: 0.05 };

describe('besoinEnNouveauxClients', () => {
  it('the worked example of the lesson: 200 clients, 15 % lost, +5 % → 40 a year, 3,3 → 4 a month', () => {
    const b = v(besoinEnNouveauxClients(exemple));
    expect(b.clientsPerdus).toBeCloseTo(30, 12);
    expect(b.croissanceVisee).toBeCloseTo(10, 12);
    expect(b.nouveauxParAn).toBe(40);
    expect(b.nouveauxParMois).toBeCloseTo(40 / 12, 12);
    expect(b.nouveauxParMoisPlan).toBe(4);
    expect(b.dureeDeVie).toBeCloseTo(1 / 0.15, 12);
  });

  it('rounds up counts, not binary noise', () => {
    expect(
      v(besoinEnNouveauxClients({ clients: 1250, tauxAttrition: 0.125, tauxCroissance: 0.05 }))
        .nouveauxParAn,
    ).toBe(219);
    // 36 a year is exactly 3 a month: the plan must not say 4.
    expect(
      v(besoinEnNouveauxClients({ clients: 180, tauxAttrition: 0.1, tauxCroissance: 0.1 }))
        .nouveauxParMoisPlan,
    ).toBe(3);
    expect(
      v(besoinEnNouveauxClients({ clients: 110, tauxAttrition: 0.1, tauxCroissance: 0 }))
        .nouveauxParAn,
    ).toBe(11);
  });

  it('edge cases: no attrition, total attrition, empty portfolio, planned decline', () => {
    const stable = v(
      besoinEnNouveauxClients({ clients: 200, tauxAttrition: 0, tauxCroissance: 0 }),
    );
    expect(stable.nouveauxParAn).toBe(0);
    expect(stable.nouveauxParMoisPlan).toBe(0);
    expect(stable.dureeDeVie).toBeUndefined();
    expect(
      v(besoinEnNouveauxClients({ clients: 200, tauxAttrition: 1, tauxCroissance: 0 })).dureeDeVie,
    ).toBe(1);
    expect(
      v(besoinEnNouveauxClients({ clients: 0, tauxAttrition: 0.2, tauxCroissance: 0.1 }))
        .nouveauxParAn,
    ).toBe(0);
    const baisse = v(
      besoinEnNouveauxClients({ clients: 200, tauxAttrition: 0.15, tauxCroissance: -0.05 }),
    );
    expect(baisse.nouveauxParAn).toBe(20);
    expect(baisse.croissanceVisee).toBeCloseTo(-10, 12);
    expect(
      Object.is(
        v(besoinEnNouveauxClients({ clients: 10, tauxAttrition: 0.1, tauxCroissance: -0 }))
          .croissanceVisee,
        -0,
      ),
    ).toBe(false);
  });

  it('French errors naming the field', () => {
    expect(erreur(besoinEnNouveauxClients({ ...exemple, clients: -1 }))).toEqual({
      champ: 'clients',
      message: 'Le nombre de clients ne peut pas être négatif.',
    });
    expect(erreur(besoinEnNouveauxClients({ ...exemple, clients: 200.5 }))?.message).toBe(
      'Le nombre de clients doit être un nombre entier\u202F: on ne compte pas de fraction de client.',
    );
    expect(erreur(besoinEnNouveauxClients({ ...exemple, tauxAttrition: 1.5 }))).toEqual({
      champ: 'tauxAttrition',
      message: 'Le taux d’attrition doit être compris entre 0\u202F% et 100\u202F%.',
    });
    expect(erreur(besoinEnNouveauxClients({ ...exemple, tauxCroissance: -0.2 }))?.champ).toBe(
      'tauxCroissance',
    );
    expect(erreur(besoinEnNouveauxClients({ ...exemple, clients: Number.NaN }))?.champ).toBe(
      'clients',
    );
    expect(
      erreur(besoinEnNouveauxClients({ ...exemple, tauxCroissance: 1e308, clients: 1e10 }))
        ?.message,
    ).toMatch(/trop grandes/);
  });
});

describe('projectionPortefeuille', () => {
  it('the lesson: 170 after one year and ≈ 89 after five without prospecting; 210 after one year with it', () => {
    const p = v(projectionPortefeuille(exemple));
    expect(p).toHaveLength(6);
    expect(p[0]).toEqual({
      annee: 0,
      sansProspection: 200,
      avecProspection: 200,
      objectif: 200,
      nouveauxClients: 0,
      clientsPerdus: 0,
    });
    expect(p[1].sansProspection).toBeCloseTo(170, 9);
    expect(p[1].avecProspection).toBeCloseTo(210, 9);
    expect(p[1].nouveauxClients).toBe(40);
    expect(p[1].clientsPerdus).toBeCloseTo(30, 9);
    expect(p[5].sansProspection).toBeCloseTo(200 * 0.85 ** 5, 9);
    expect(Math.round(p[5].sansProspection)).toBe(89);
    // Year 2 is planned on the 210 clients held: ⌈210 × 0,2⌉ = 42, which lands exactly on 220,5.
    expect(p[2].nouveauxClients).toBe(42);
    expect(p[2].avecProspection).toBeCloseTo(220.5, 9);
    expect(p[5].objectif).toBeCloseTo(200 * 1.05 ** 5, 9);
  });

  it('horizon and errors', () => {
    expect(v(projectionPortefeuille({ ...exemple, horizon: 10 }))).toHaveLength(11);
    expect(erreur(projectionPortefeuille({ ...exemple, horizon: 0 }))?.champ).toBe('horizon');
    expect(erreur(projectionPortefeuille({ ...exemple, horizon: 2.5 }))?.champ).toBe('horizon');
    expect(erreur(projectionPortefeuille({ ...exemple, tauxAttrition: -0.1 }))?.champ).toBe(
      'tauxAttrition',
    );
    expect(
      erreur(projectionPortefeuille({ clients: 1e300, tauxAttrition: 0, tauxCroissance: 1e10 }))
        ?.message,
    ).toMatch(/trop grandes/);
  });

  const parametres = fc.record({
    clients: fc.nat(1_000_000),
    tauxAttrition: fc.double({ min: 0, max: 1, noNaN: true }),
    croissance: fc.double({ min: 0, max: 3, noNaN: true }),
  });

  it('never NaN nor Infinity, whatever the input', () => {
    fc.assert(
      fc.property(nimporte, nimporte, nimporte, (clients, tauxAttrition, tauxCroissance) => {
        const b = besoinEnNouveauxClients({ clients, tauxAttrition, tauxCroissance });
        const p = projectionPortefeuille({ clients, tauxAttrition, tauxCroissance });
        const nombres = [
          ...(b.ok ? Object.values(b.valeur) : []),
          ...(p.ok ? p.valeur.flatMap(Object.values) : []),
        ];
        return nombres.every((x) => x === undefined || Number.isFinite(x));
      }),
    );
  });

  it('0 % attrition and 0 % growth need no new client, and the portfolio stays put', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), (clients) => {
        const p = v(projectionPortefeuille({ clients, tauxAttrition: 0, tauxCroissance: 0 }));
        return (
          v(besoinEnNouveauxClients({ clients, tauxAttrition: 0, tauxCroissance: 0 }))
            .nouveauxParAn === 0 &&
          p.every(
            (a) =>
              a.nouveauxClients === 0 &&
              a.avecProspection === clients &&
              a.sansProspection === clients,
          )
        );
      }),
    );
  });

  it('with the recommended new clients, the portfolio reaches the objective every year, and beats doing nothing', () => {
    fc.assert(
      fc.property(parametres, ({ clients, tauxAttrition, croissance }) => {
        // Any growth from −attrition (planned decline) upwards is allowed.
        const tauxCroissance = croissance - tauxAttrition;
        const p = v(projectionPortefeuille({ clients, tauxAttrition, tauxCroissance }));
        return p.every(
          (a) =>
            a.avecProspection >= a.objectif * (1 - 1e-9) - 1e-9 &&
            a.avecProspection >= a.sansProspection * (1 - 1e-12),
        );
      }),
    );
  });

  it('the monthly plan, twelve times, covers the yearly need, and by less than 12 extra clients', () => {
    fc.assert(
      fc.property(parametres, ({ clients, tauxAttrition, croissance }) => {
        const b = v(
          besoinEnNouveauxClients({ clients, tauxAttrition, tauxCroissance: croissance }),
        );
        return (
          b.nouveauxParMoisPlan * 12 >= b.nouveauxParAn &&
          b.nouveauxParMoisPlan * 12 - b.nouveauxParAn < 12
        );
      }),
    );
  });
});
