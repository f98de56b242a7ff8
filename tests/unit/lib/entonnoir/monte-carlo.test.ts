import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  simulerCampagne,
  verifierEtapes,
  type EtapeIncertaine,
} from '@lib/entonnoir/monte-carlo.ts';
import { binomiale, creerAleatoire } from '@lib/commun/aleatoire.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

// A mailing: 0,5–3 % return (seed 003), then 30–50 % of returns order.
const etapes: EtapeIncertaine[] = [
  { nom: 'Retour', min: 0.005, probable: 0.015, max: 0.03 },
  { nom: 'Commande', min: 0.3, probable: 0.4, max: 0.5 },
];
const base = {
  contacts: 5000,
  etapes,
  coutParContact: 1.5,
  coutsFixes: 500,
  margeParClient: 400,
  runs: 2000,
  graine: 'K7Q2',
};

describe('binomiale', () => {
  it('has the right mean in each regime (trial by trial, inversion, normal)', () => {
    for (const [n, p] of [
      [20, 0.3],
      [1000, 0.01],
      [10000, 0.2],
      [500, 0.9],
    ] as const) {
      const alea = creerAleatoire(`b${n}`);
      let somme = 0;
      for (let i = 0; i < 4000; i++) {
        const x = binomiale(alea, n, p);
        expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
        somme += x;
      }
      expect(somme / 4000).toBeCloseTo(n * p, n * p > 100 ? -1 : 0);
    }
    const alea = creerAleatoire(1);
    expect(binomiale(alea, 0, 0.5)).toBe(0);
    expect(binomiale(alea, 10, 0)).toBe(0);
    expect(binomiale(alea, 10, 1)).toBe(10);
  });
});

describe('simulerCampagne', () => {
  it('gives P10 ≤ P50 ≤ P90 of clients, cost per client and ROI around the exact expectation', () => {
    const r = v(simulerCampagne(base));
    // Expected: 5 000 × (0,05 ÷ 3) × 0,4 = 33,33 clients.
    expect(r.clientsAttendus).toBeCloseTo(5000 * (0.05 / 3) * 0.4, 9);
    expect(r.coutTotal).toBe(8000);
    expect(r.clients.p10! <= r.clients.p50! && r.clients.p50! <= r.clients.p90!).toBe(true);
    expect(r.clients.moyenne).toBeGreaterThan(r.clientsAttendus * 0.93);
    expect(r.clients.moyenne).toBeLessThan(r.clientsAttendus * 1.07);
    // Fewer clients mean a higher cost per client: the percentiles swap.
    expect(r.coutParClient.p10! <= r.coutParClient.p90!).toBe(true);
    expect(r.roi.p10! <= r.roi.p90!).toBe(true);
    expect(r.probabiliteRentable).toBeGreaterThan(0.5);
    expect(r.histogramme.reduce((s, b) => s + b.effectif, 0)).toBe(2000);
    expect(r.moyenneCumulee.at(-1)).toEqual({ run: 2000, moyenne: r.clients.moyenne });
    expect(r.moyenneCumulee.length).toBeLessThanOrEqual(201);
  });

  it('the running mean settles (« la moyenne se stabilise »)', () => {
    const r = v(simulerCampagne({ ...base, runs: 10000 }));
    const fin = r.moyenneCumulee.slice(-50).map((p) => p.moyenne);
    expect(Math.max(...fin) - Math.min(...fin)).toBeLessThan(0.02 * r.clientsAttendus);
  });

  it('same seed, same result; another seed, another result', () => {
    expect(simulerCampagne(base)).toEqual(simulerCampagne(base));
    expect(v(simulerCampagne({ ...base, graine: 'AUTRE' })).clients.moyenne).not.toBe(
      v(simulerCampagne(base)).clients.moyenne,
    );
  });

  it('expected-value mode gives real numbers; fixed rates give a single value', () => {
    const fixe = v(
      simulerCampagne({
        ...base,
        etapes: [{ nom: 'x', min: 0.01, probable: 0.01, max: 0.01 }],
        tirage: 'esperance',
        runs: 50,
      }),
    );
    expect(fixe.clients.p10).toBeCloseTo(50, 9);
    expect(fixe.clients.p90).toBeCloseTo(50, 9);
    expect(fixe.histogramme).toEqual([
      { debut: fixe.clients.min, fin: fixe.clients.max, effectif: 50 },
    ]);
  });

  it('a campaign that wins nobody has no cost per client (null, never Infinity)', () => {
    const r = v(
      simulerCampagne({ ...base, etapes: [{ nom: 'x', min: 0, probable: 0, max: 0 }], runs: 20 }),
    );
    expect(r.coutParClient).toEqual({ p10: null, p50: null, p90: null });
    expect(r.roi.p50).toBe(-1);
    expect(r.partSansClient).toBe(1);
  });

  it('refuses bad inputs in French', () => {
    expect(
      erreur(
        simulerCampagne({
          ...base,
          etapes: [{ nom: 'Retour', min: 0.05, probable: 0.01, max: 0.1 }],
        }),
      )?.message,
    ).toBe('Pour l’étape «\u00a0Retour\u00a0», il faut minimum ≤ probable ≤ maximum.');
    expect(
      erreur(
        simulerCampagne({ ...base, etapes: [{ nom: 'Retour', min: 0, probable: 0.5, max: 1.5 }] }),
      )?.message,
    ).toBe('Les taux de l’étape «\u00a0Retour\u00a0» doivent être compris entre 0 et 100\u202f%.');
    expect(erreur(simulerCampagne({ ...base, contacts: 10.5 }))?.champ).toBe('contacts');
    expect(erreur(simulerCampagne({ ...base, runs: 0 }))?.champ).toBe('runs');
    expect(erreur(simulerCampagne({ ...base, margeParClient: -1 }))?.champ).toBe('margeParClient');
    expect(erreur(verifierEtapes({ etapes: [] }))?.message).toBe('Il faut au moins une étape.');
  });

  it('names each other faulty input, the first fault first', () => {
    expect(erreur(simulerCampagne({ ...base, coutsFixes: Number.NaN }))?.champ).toBe('coutsFixes');
    expect(erreur(simulerCampagne({ ...base, coutParContact: -0.5 }))?.champ).toBe(
      'coutParContact',
    );
    expect(erreur(simulerCampagne({ ...base, graine: Infinity }))?.champ).toBe('graine');
    expect(erreur(simulerCampagne({ ...base, classes: 201 }))?.champ).toBe('classes');
    // The first fault is the one reported: contacts before the stages, the stages before the costs.
    expect(
      erreur(simulerCampagne({ ...base, contacts: -1, etapes: [], coutsFixes: -1 }))?.champ,
    ).toBe('contacts');
    expect(erreur(simulerCampagne({ ...base, etapes: [], coutsFixes: -1 }))?.message).toBe(
      'Il faut au moins une étape.',
    );
  });

  it('property: no NaN, percentiles ordered, clients never above contacts, deterministic', () => {
    const etape = fc
      .tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([a, b, c]) => {
        const [min, probable, max] = [a, b, c].sort((x, y) => x - y);
        return { nom: 'e', min, probable, max };
      });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.array(etape, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.string(),
        fc.constantFrom('binomial' as const, 'esperance' as const),
        (contacts, et, coutParContact, graine, tirage) => {
          const p = {
            contacts,
            etapes: et,
            coutParContact,
            margeParClient: 100,
            runs: 50,
            graine,
            tirage,
          };
          const r = v(simulerCampagne(p));
          expect(r.clients.max).toBeLessThanOrEqual(contacts + 1e-9);
          expect(r.clients.min).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(r.clients.moyenne)).toBe(true);
          for (const q of [r.clients, r.coutParClient, r.roi])
            for (const x of [q.p10, q.p50, q.p90])
              if (x !== null) expect(Number.isFinite(x)).toBe(true);
          expect(r.clients.p10! <= r.clients.p90!).toBe(true);
          expect(v(simulerCampagne(p))).toEqual(r);
        },
      ),
      { numRuns: 60 },
    );
  });
});
