import { describe, expect, test } from 'vitest';
import { valeurDe } from '../aide-lib.ts';
import fc from 'fast-check';
import {
  coutParClientGagne,
  RUNS_METHODES,
  simulerMethode,
} from '../../../../src/lib/methodes/simulation-methode.ts';
import { evaluerMethodes, saisieParDefaut } from '../../../../src/lib/campagne/methodes-saisi.ts';
import { METHODES } from '../../../../src/lib/methodes/methodes.ts';

const eur = saisieParDefaut('EUR');
const ligne = (ev: ReturnType<typeof evaluerMethodes>, id: string) =>
  valeurDe(ev)!.comparaison.find((l) => l.id === id)!;

describe('simulerMethode', () => {
  const ev = evaluerMethodes({ saisie: eur, devise: 'EUR' });
  const sim = (id: string, graine: string) =>
    simulerMethode({
      ligne: ligne(ev, id),
      methode: valeurDe(ev)!.methodes.find((m) => m.id === id)!,
      margeParClient: 1000,
      graine,
    });

  test('même graine, même résultat ; percentiles ordonnés ; médiane près de l’espérance', () => {
    for (const id of METHODES.map((m) => m.id)) {
      const a = sim(id, '7'),
        b = sim(id, '7');
      expect(a).toEqual(b);
      if (!a.ok) throw new Error(a.erreur.message);
      const { valeur: s } = a;
      expect(s.sim.runs).toBe(RUNS_METHODES);
      const { p10, p50, p90 } = s.sim.clients;
      expect(p10! <= p50! && p50! <= p90!).toBe(true);
      const esperance = ligne(ev, id).clients.esperance;
      expect(Math.abs(p50! - esperance) / esperance).toBeLessThan(0.2);
      // The prudent case in clients is the dearest per client.
      expect(
        s.coutParClient.p10! >= s.coutParClient.p50! &&
          s.coutParClient.p50! >= s.coutParClient.p90!,
      ).toBe(true);
    }
    expect(sim('telephone', '8')).not.toEqual(sim('telephone', '7'));
  });

  test('une campagne simulée gagne des clients entiers ; P10, P50 et P90 aussi', () => {
    for (const id of METHODES.map((m) => m.id))
      for (const graine of ['1', '2', '3']) {
        const s = sim(id, graine);
        if (!s.ok) throw new Error(s.erreur.message);
        const { p10, p50, p90 } = s.valeur.sim.clients;
        expect(
          [p10, p50, p90].every((x) => Number.isInteger(x)),
          `${id} ${graine}`,
        ).toBe(true);
      }
  });

  test('l’exemple de la leçon : publipostage, retours de 0,5 à 3 %, 20 % de commandes → P10 ≈ 10, P50 ≈ 16,3, P90 ≈ 23,9 (10 000 campagnes)', async () => {
    const { simulerCampagne } = await import('../../../../src/lib/entonnoir/monte-carlo.ts');
    const r = simulerCampagne({
      contacts: 5000,
      etapes: [
        { nom: 'Retour', min: 0.005, probable: 0.015, max: 0.03 },
        { nom: 'Commande', min: 0.2, probable: 0.2, max: 0.2 },
      ],
      coutParContact: 1.5,
      margeParClient: 0,
      runs: 10000,
      graine: 1,
      tirage: 'esperance',
    });
    if (!r.ok) throw new Error(r.erreur.message);
    expect(r.valeur.clients.p10!).toBeCloseTo(10, 0);
    expect(r.valeur.clients.p50!).toBeCloseTo(16.3, 0);
    expect(r.valeur.clients.p90!).toBeCloseTo(23.9, 0);
    expect(7500 / r.valeur.clients.p10!).toBeCloseTo(750, -1);
  });
});

describe('coutParClientGagne', () => {
  test('coût de la campagne ÷ clients gagnés : 7 500 € pour 10 clients → 750 € par client', () =>
    expect(coutParClientGagne({ coutTotal: 7500, clients: 10 })).toBe(750));
  test('sans client, pas de coût par client (jamais Infinity)', () => {
    expect(coutParClientGagne({ coutTotal: 7500, clients: 0 })).toBeNull();
    expect(coutParClientGagne({ coutTotal: 7500, clients: null })).toBeNull();
  });
  test('propriété : fini ou null ; proportionnel au coût ; coût par client × clients = coût', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (coutTotal, clients, k) => {
          const c = coutParClientGagne({ coutTotal, clients });
          // No client, or so few (1e-320) that the quotient overflows: no figure rather than Infinity.
          if (c === null) return clients === 0 || !Number.isFinite(coutTotal / clients);
          const double = coutParClientGagne({ coutTotal: coutTotal * k, clients });
          return (
            Number.isFinite(c) &&
            (double === null || Math.abs(double - k * c) <= 1e-9 * Math.max(1, k * c)) &&
            (clients < 1e-300 || Math.abs(c * clients - coutTotal) <= 1e-9 * Math.max(1, coutTotal))
          );
        },
      ),
    );
  });
});

describe('simulerMethode, propriétés', () => {
  test('jamais NaN ni Infinity, pour chaque méthode et toute marge ; le coût par client P10 ≥ P50 ≥ P90', () => {
    const ev = evaluerMethodes({ saisie: eur, devise: 'EUR' });
    fc.assert(
      fc.property(
        fc.constantFrom(...METHODES.map((m) => m.id)),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.string({ maxLength: 6 }),
        (id, margeParClient, graine) => {
          const r = simulerMethode({
            ligne: ligne(ev, id),
            methode: valeurDe(ev)!.methodes.find((m) => m.id === id)!,
            margeParClient,
            graine,
          });
          if (!r.ok) return false;
          const { p10, p50, p90 } = r.valeur.coutParClient;
          const valeurs = [p10, p50, p90, r.valeur.sim.coutTotal, r.valeur.sim.clients.moyenne];
          return (
            valeurs.every((x) => x === null || Number.isFinite(x)) &&
            (p10 === null || p50 === null || p10 >= p50) &&
            (p50 === null || p90 === null || p50 >= p90)
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
