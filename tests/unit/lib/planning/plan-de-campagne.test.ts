import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendrierDeCampagne,
  planMoisParMois,
  planParDefaut,
  type ActionDuPlan,
} from '@lib/planning/plan-de-campagne.ts';
import { joursFeriesMaroc } from '@lib/planning/feries-maroc.ts';
import { joursOuvres } from '@lib/planning/planning.ts';
import { erreur, v } from '../aide-lib.ts';

const CAPACITE = { visitesParJour: 4, visitesPossibles: 368, joursParSemaine: 2 };
const action = (a: Partial<ActionDuPlan> & Pick<ActionDuPlan, 'id'>): ActionDuPlan => ({
  type: 'phoning',
  libelle: a.id,
  debut: 0,
  duree: 1,
  charge: 1,
  lourde: false,
  ...a,
});

describe('joursFeriesMaroc', () => {
  it('lists the ten civil holidays and the estimated religious ones (2025 matches the announced dates)', () => {
    const l = v(joursFeriesMaroc({ annee: 2025 }));
    expect(l.filter((f) => !f.estime)).toHaveLength(10);
    const dates = l.map((f) => f.date);
    for (const d of [
      '2025-03-31',
      '2025-04-01',
      '2025-06-07',
      '2025-06-08',
      '2025-06-27',
      '2025-09-05',
      '2025-09-06',
    ])
      expect(dates).toContain(d);
    expect(l.find((f) => f.date === '2025-07-30')?.nom).toBe('Fête du Trône');
    expect(erreur(joursFeriesMaroc({ annee: 1800 }))?.champ).toBe('annee');
  });
  it('agrees with the islamic-civil calendar of Intl for every lunar holiday, 2024–2040', () => {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-civil', {
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const attendu = new Set(['1/1', '3/12', '3/13', '10/1', '10/2', '12/10', '12/11']);
    for (let annee = 2024; annee <= 2040; annee++) {
      const lunaires = v(joursFeriesMaroc({ annee })).filter((x) => x.estime);
      expect(lunaires.length).toBeGreaterThanOrEqual(7);
      for (const x of lunaires)
        expect(attendu.has(f.format(new Date(`${x.date}T00:00:00Z`)))).toBe(true);
    }
  });
  it('is used by joursOuvres with feries « maroc »', () => {
    // April 2025: 22 weekdays, Aïd al-Fitr day 2 on Tuesday 1 April.
    expect(v(joursOuvres({ debut: '2025-04-01', fin: '2025-04-30', feries: 'maroc' })).ouvres).toBe(
      21,
    );
  });
});

describe('calendrierDeCampagne', () => {
  it('counts weekdays minus holidays over twelve months straddling two years', () => {
    const c = v(calendrierDeCampagne({ anneeDebut: 2026, moisDebut: 9, pays: 'FR' }));
    expect(c.map((m) => m.libelle)[0]).toBe('septembre 2026');
    expect(c[11].libelle).toBe('août 2027');
    // November 2026: 21 weekdays, Toussaint on a Sunday, Armistice on Wednesday.
    expect(c[2]).toMatchObject({ joursOuvres: 20, feries: ['Armistice 1918'] });
    // Each month agrees with joursOuvres (an independent day-by-day count).
    const fin = [
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
      '2027-06-30',
      '2027-07-31',
      '2027-08-31',
    ];
    c.forEach((m, i) =>
      expect(m.joursOuvres).toBe(
        v(joursOuvres({ debut: `${fin[i].slice(0, 8)}01`, fin: fin[i] })).ouvres,
      ),
    );
  });
  it('uses Moroccan holidays for a Moroccan company', () => {
    const c = v(calendrierDeCampagne({ anneeDebut: 2027, moisDebut: 1, pays: 'MA' }));
    expect(c[0].feries).toEqual(['Nouvel An', 'Manifeste de l’Indépendance', 'Nouvel An amazigh']);
    expect(c[0].joursOuvres).toBe(21 - 3);
  });
  it('rejects a bad month or year', () => {
    expect(
      erreur(calendrierDeCampagne({ anneeDebut: 2026, moisDebut: 13, pays: 'FR' }))?.champ,
    ).toBe('moisDebut');
    expect(
      erreur(calendrierDeCampagne({ anneeDebut: 2026.5, moisDebut: 1, pays: 'FR' }))?.champ,
    ).toBe('anneeDebut');
  });
});

describe('planMoisParMois', () => {
  const base = {
    anneeDebut: 2026,
    moisDebut: 9,
    pays: 'FR' as const,
    commerciaux: 1,
    capacite: CAPACITE,
  };
  it('warns when two heavy actions share a month, and not otherwise', () => {
    const a = [
      action({ id: 'salon', libelle: 'Salon', lourde: true, debut: 3 }),
      action({
        id: 'v',
        type: 'visites',
        libelle: 'Visites',
        lourde: true,
        debut: 2,
        duree: 2,
        charge: 20,
      }),
    ];
    const r = v(planMoisParMois({ ...base, actions: a }));
    expect(r.alertes.filter((x) => x.type === 'collision')).toEqual([
      {
        type: 'collision',
        rang: 3,
        actions: ['salon', 'v'],
        message:
          'En décembre 2026, 2 actions lourdes se chevauchent («\u00a0Salon\u00a0» et «\u00a0Visites\u00a0»)\u202f: décalez l’une d’elles.',
      },
    ]);
    expect(v(planMoisParMois({ ...base, actions: [{ ...a[0], debut: 4 }, a[1]] })).alertes).toEqual(
      [],
    );
    expect(
      v(planMoisParMois({ ...base, actions: [{ ...a[0], lourde: false }, a[1]] })).alertes,
    ).toEqual([]);
  });
  it('spreads a load over its months by working days, visits turned into days', () => {
    const r = v(
      planMoisParMois({
        ...base,
        actions: [action({ id: 'v', type: 'visites', debut: 0, duree: 2, charge: 43 })],
      }),
    );
    // September 2026: 22 working days, October: 22.
    expect(r.mois[0].visites).toBeCloseTo(21.5, 9);
    expect(r.mois[0].charge).toBeCloseTo(21.5 / 4, 9);
    expect(r.mois[0].joursDisponibles).toBeCloseTo((22 * 2) / 5, 9);
    expect(r.visites).toBeCloseTo(43, 9);
  });
  it('warns when a month is overloaded and when visits exceed the Capacité result', () => {
    const r = v(planMoisParMois({ ...base, actions: [action({ id: 'p', charge: 9 })] }));
    expect(r.alertes.map((x) => x.type)).toEqual(['surcharge']);
    expect(r.alertes[0].message).toBe(
      'En septembre 2026, la charge (9\u00a0j) dépasse les jours disponibles (8,8\u00a0j).',
    );
    // 380 visits spread over the year fit every month (1,6 visits per working day at most) but not
    // the 368 visits a year of the Capacité simulator, which deducts five weeks of leave.
    const annee = [action({ id: 'v', type: 'visites', debut: 0, duree: 12, charge: 380 })];
    const c = v(planMoisParMois({ ...base, actions: annee }));
    expect(c.alertes.map((x) => x.type)).toEqual(['capacite']);
    expect(c.alertes[0].message).toBe(
      'Les 380\u00a0visites prévues dépassent la capacité de l’équipe\u202f: 368\u00a0visites par an (368 par commercial, simulateur Capacité, × 1).',
    );
    expect(v(planMoisParMois({ ...base, commerciaux: 2, actions: annee })).alertes).toEqual([]);
  });
  it('without a Capacité result, counts every working day and no visit capacity', () => {
    const r = v(
      planMoisParMois({
        ...base,
        capacite: undefined,
        actions: [action({ id: 'v', type: 'visites', charge: 1000 })],
      }),
    );
    expect(r.visitesPossibles).toBeNull();
    expect(r.mois[0].joursDisponibles).toBe(22);
    expect(r.alertes).toEqual([]);
  });
  it('reports bad input in French, naming the action', () => {
    expect(
      erreur(
        planMoisParMois({
          ...base,
          actions: [action({ id: 'x', libelle: 'Salon', debut: 11, duree: 2 })],
        }),
      ),
    ).toEqual({
      champ: 'x',
      message: 'L’action «\u00a0Salon\u00a0» doit tenir dans les douze mois de la campagne.',
    });
    expect(
      erreur(planMoisParMois({ ...base, actions: [action({ id: 'x', charge: -1 })] }))?.champ,
    ).toBe('x');
    expect(erreur(planMoisParMois({ ...base, commerciaux: 0, actions: [] }))?.champ).toBe(
      'commerciaux',
    );
    expect(
      erreur(
        planMoisParMois({ ...base, capacite: { ...CAPACITE, visitesParJour: 0 }, actions: [] }),
      )?.champ,
    ).toBe('capacite');
  });
  it('property: no NaN, loads add up, whatever the actions', () => {
    const arb = fc.array(
      fc.record({
        debut: fc.integer({ min: 0, max: 11 }),
        duree: fc.integer({ min: 1, max: 12 }),
        charge: fc.double({ min: 0, max: 1e4, noNaN: true }),
        lourde: fc.boolean(),
        visites: fc.boolean(),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 12 }), (l, moisDebut) => {
        const actions = l.map((x, i) =>
          action({
            id: `a${i}`,
            type: x.visites ? 'visites' : 'phoning',
            debut: x.debut,
            duree: Math.min(x.duree, 12 - x.debut),
            charge: x.charge,
            lourde: x.lourde,
          }),
        );
        const r = v(planMoisParMois({ ...base, moisDebut, actions }));
        const attendu = actions.reduce(
          (s, a) => s + (a.type === 'visites' ? a.charge / 4 : a.charge),
          0,
        );
        expect(Number.isFinite(r.charge)).toBe(true);
        expect(Math.abs(r.charge - attendu)).toBeLessThan(1e-6 * (1 + attendu));
      }),
    );
  });
});

describe('planParDefaut', () => {
  it('follows the order of the steps, skips August and collides nowhere', () => {
    for (let moisDebut = 1; moisDebut <= 12; moisDebut++) {
      const p = planParDefaut({ moisDebut });
      expect(p.map((a) => a.type)).toEqual([
        'fichier',
        'e-mailing',
        'phoning',
        'mailing',
        'visites',
        'salon',
        'relances',
        'bilan',
      ]);
      expect(p.every((a) => a.debut >= 0 && a.debut + a.duree <= 12)).toBe(true);
      const r = v(
        planMoisParMois({
          anneeDebut: 2026,
          moisDebut,
          pays: 'FR',
          commerciaux: 2,
          capacite: CAPACITE,
          actions: p,
        }),
      );
      expect(r.alertes).toEqual([]);
    }
    const sept = planParDefaut({ moisDebut: 9 });
    expect(sept.find((a) => a.type === 'visites')).toMatchObject({ debut: 3, duree: 3 });
    // Starting in February, the salon would fall in August: it moves to September.
    expect(planParDefaut({ moisDebut: 2 }).find((a) => a.type === 'salon')?.debut).toBe(7);
  });
});
