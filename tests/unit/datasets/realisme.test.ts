/**
 * What the chapters need to find in the sample data: the course's query « moins de 25 ans
 * habitant à Rabat » has answers, portfolios are concentrated the Pareto way (one with a
 * dependence), categories grow differently, margins match the company card, the past campaign's
 * outcome can be backtested, the funnel is counted from the file, and the texts are typeset.
 */
import { describe, expect, it } from 'vitest';
import { filtrer } from '../../../src/lib/fichier/requetes.ts';
import { diagnosticConcentration } from '../../../src/lib/portefeuille/portefeuille.ts';
import { backtest } from '../../../src/lib/scoring/scoring.ts';
import {
  caParClient,
  derniersDouzeMois,
  evolutionParCategorie,
} from '../../../src/lib/ventes/ventes.ts';
import { fautesTypographiques } from '../content/typographie.ts';
import { dataset, IDS } from './aide-datasets.ts';

const valeur = <T>(r: { ok: true; valeur: T } | { ok: false; erreur: { message: string } }): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};

describe('the course query « moins de 25 ans habitant à Rabat »', () => {
  it('returns a few dozen prospects of the insurance agency', () => {
    const d = dataset('assurances-rabat');
    const requete = {
      et: [
        { champ: 'age', operateur: '<', valeur: 25 },
        { champ: 'ville', operateur: '=', valeur: 'rabat' },
      ],
    } as const;
    const r = valeur(filtrer({ lignes: d.prospectsLib, requete }));
    expect(r.length).toBeGreaterThanOrEqual(20);
    expect(r.length).toBeLessThanOrEqual(80);
    expect(r.every((p) => p.age! < 25 && p.ville === 'Rabat')).toBe(true);
  });

  it('finds people aged 18 to 80 only, and only private persons', () => {
    const d = dataset('assurances-rabat');
    expect(d.prospects.every((p) => p.type === 'B2C' && p.age! >= 18 && p.age! <= 80)).toBe(true);
  });
});

describe.each(IDS)('portfolio of %s', (id) => {
  const d = dataset(id);
  const clients = valeur(caParClient({ ventes: d.ventesLib }));
  const concentration = valeur(diagnosticConcentration({ elements: clients, parts: [0.8] }));

  it('is concentrated the Pareto way: the top 20 % of clients make 65–88 % of the CA', () => {
    const tries = clients.map((c) => c.valeur).sort((a, b) => b - a);
    const top =
      tries.slice(0, Math.ceil(tries.length * 0.2)).reduce((s, x) => s + x, 0) /
      concentration.total;
    expect(top).toBeGreaterThan(0.65);
    expect(top).toBeLessThan(0.88);
    expect(concentration.gini).toBeGreaterThan(0.5);
  });

  it('shows a dependence on one client only for the packaging SME', () => {
    if (id === 'emballages-casablanca') expect(concentration.partDuPremier).toBeGreaterThan(0.25);
    else expect(concentration.partDuPremier).toBeLessThan(0.2);
  });

  it('grows differently by category between N−1 and N, with at least one category shrinking', () => {
    const periodes = valeur(derniersDouzeMois({ ventes: d.ventesLib }));
    expect(periodes.periodeN).toEqual({ debut: '2025-09-01', fin: '2026-08-31' });
    const evo = valeur(evolutionParCategorie({ ventes: d.ventesLib, ...periodes }));
    const taux = evo.categories.map((c) => c.evolution!);
    expect(Math.min(...taux)).toBeLessThan(0);
    expect(Math.max(...taux) - Math.min(...taux)).toBeGreaterThan(0.15);
  });

  it('earns a taux de marque within 3 points of the company card', () => {
    const ca = d.ventes.reduce((s, v) => s + v.montantHT, 0),
      cout = d.ventes.reduce((s, v) => s + v.coutHT, 0);
    expect(Math.abs((ca - cout) / ca - d.entreprise.offre.tauxDeMarque)).toBeLessThan(0.03);
  });

  it('is seasonal: the strongest month sells at least 1.5 times the weakest', () => {
    const parMois = new Map<string, number>();
    for (const v of d.ventes)
      parMois.set(v.date.slice(0, 7), (parMois.get(v.date.slice(0, 7)) ?? 0) + v.montantHT);
    expect(parMois.size).toBe(24);
    expect(Math.max(...parMois.values()) / Math.min(...parMois.values())).toBeGreaterThan(1.5);
  });
});

describe.each(IDS)('prospects and campaign of %s', (id) => {
  const d = dataset(id);
  const convertis = d.prospects.filter((p) => p.converti);

  it('converted 3 to 5 % of the file, exactly the orders of the campaign', () => {
    expect(convertis.length / d.prospects.length).toBeGreaterThanOrEqual(0.03);
    expect(convertis.length / d.prospects.length).toBeLessThanOrEqual(0.05);
    expect(d.campagne.etapes.commandes).toBe(convertis.length);
  });

  it('counts the funnel from the file as campagne.json defines it', () => {
    const n = (f: (p: (typeof d.prospects)[number]) => boolean) => d.prospects.filter(f).length;
    expect(d.campagne.etapes).toEqual({
      fichier: d.prospects.length,
      contactsJoints: n((p) => p.temperature !== 'suspect'),
      rdv: n((p) => p.temperature === 'chaud' || p.demandeDevis || p.converti),
      propositions: n((p) => p.demandeDevis || p.converti),
      commandes: convertis.length,
    });
  });

  it('lets a simple engagement score beat chance in a backtest, without being perfect', () => {
    const points = { suspect: 0, froid: 1, tiede: 3, chaud: 5 };
    const classement = d.prospects
      .map((p) => ({
        id: p.id,
        score:
          points[p.temperature] +
          (p.demandeDevis ? 3 : 0) +
          Math.min(p.visitesSite, 5) * 0.5 +
          Math.min(p.clics, 4) * 0.5,
      }))
      .sort((a, b) => b.score - a.score);
    const b = valeur(backtest({ classement, convertis: convertis.map((p) => p.id) }));
    expect(b.auc!).toBeGreaterThan(0.75);
    expect(b.auc!).toBeLessThan(0.97);
    expect(b.lift).toBeGreaterThan(2);
  });

  it('keeps engagement consistent: clicks never exceed opens, no e-mail means no open', () => {
    for (const p of d.prospects) {
      expect(p.clics).toBeLessThanOrEqual(p.ouvertures);
      if (p.email === '') expect(p.ouvertures).toBe(0);
      if (p.opposition) expect(p.converti).toBe(false);
    }
  });

  it('uses French phone numbers from the ranges reserved for fiction', () => {
    for (const p of d.prospects.filter((x) => x.pays === 'FR' && x.telephone !== '')) {
      expect(p.telephone.replace(/\D/g, '').replace(/^33/, '0'), p.id).toMatch(/^0(46571|63998)/);
    }
  });

  it('writes its French texts with French typography', () => {
    const chaines = (x: unknown): string[] =>
      typeof x === 'string'
        ? [x]
        : Array.isArray(x)
          ? x.flatMap(chaines)
          : x && typeof x === 'object'
            ? Object.values(x).flatMap(chaines)
            : [];
    const fautes = [...chaines(d.entreprise), ...chaines(d.campagne)].flatMap((s) =>
      fautesTypographiques(s, id),
    );
    expect(fautes).toEqual([]);
  });
});
