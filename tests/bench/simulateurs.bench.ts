/**
 * The computations behind the simulators' end-to-end measurements (tests/e2e/mesures.ts): each
 * recomputation a keystroke triggers must fit far inside one frame (16 ms). The end-to-end tests
 * only record the time to the figure on screen; these benchmarks hold the computation to its aim.
 */
import { describe, expect, test } from 'vitest';
import { analyseBudget } from '@lib/budget/budget.ts';
import { besoinEnNouveauxClients, projectionPortefeuille } from '@lib/portefeuille/usure.ts';
import { comparerMethodes, methodesEnDevise } from '@lib/methodes/methodes.ts';
import { planMoisParMois, planParDefaut } from '@lib/planning/plan-de-campagne.ts';
import { comparerReponses, STADES, type Stade } from '@lib/cible/temperature.ts';
import { classerABC } from '@lib/portefeuille/portefeuille.ts';
import { diagnosticPortefeuille } from '@lib/portefeuille/diagnostic.ts';
import { bilanDesSources } from '@lib/sources/sources.ts';
import { comparerSources, coutParClientDesSources } from '@lib/sources/rendement.ts';
import { parseNombre } from '@lib/commun/nombres.ts';
import { prospectsSynthetiques } from './prospects-synthetiques.ts';

const options = { iterations: 100, time: 0, warmupIterations: 10 };
const valeur = <T>(r: { ok: true; valeur: T } | { ok: false; erreur: { message: string } }): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};

describe('simulateurs : un recalcul par saisie (budget : une image, 16 ms)', () => {
  test('budget (chapitre 9) : lecture des montants et analyse', async ({ bench }) => {
    const montants = ['9 000', '12 500', '4 800', '2 000', '7 250,50', '1 300'];
    const r = await bench('analyseBudget, 6 lignes', () => {
      const lignes = montants.map((m, i) => ({
        id: `l${i}`,
        action: `Action ${i}`,
        montant: valeur(parseNombre(m)),
      }));
      valeur(analyseBudget({ lignes, tauxDeMarque: 0.3 }));
    }).run(options);
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('usure (chapitre 1) : besoin en nouveaux clients et projection sur 5 ans', async ({
    bench,
  }) => {
    const r = await bench('besoinEnNouveauxClients + projectionPortefeuille', () => {
      const p = { clients: 1000, tauxAttrition: 0.3, tauxCroissance: 0.05 };
      valeur(besoinEnNouveauxClients(p));
      valeur(projectionPortefeuille(p));
    }).run(options);
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('méthodes (chapitre 7) : six méthodes comparées, en dirhams', async ({ bench }) => {
    const methodes = methodesEnDevise({ devise: 'MAD' });
    const r = await bench('comparerMethodes', () => {
      valeur(comparerMethodes({ base: { contacts: 1000 }, margeParClient: 14_400, methodes }));
    }).run(options);
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('planning (chapitre 10) : plan de campagne sur 12 mois, jours fériés du Maroc', async ({
    bench,
  }) => {
    const actions = planParDefaut({ moisDebut: 9 });
    const r = await bench('planMoisParMois', () => {
      valeur(
        planMoisParMois({ anneeDebut: 2026, moisDebut: 9, pays: 'MA', actions, commerciaux: 2 }),
      );
    }).run(options);
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('température (chapitre 4) : douze réponses comparées à la règle', async ({ bench }) => {
    const attendus: Stade[] = Array.from({ length: 12 }, (_, i) => STADES[i % STADES.length]);
    const reponses = attendus.map((s, i) => (i % 3 ? s : STADES[(i + 1) % STADES.length]));
    const r = await bench('comparerReponses', () => {
      valeur(comparerReponses({ attendus, reponses }));
    }).run(options);
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('portefeuille (chapitre 2) : reclassement ABC de 650 clients et diagnostic', async ({
    bench,
  }) => {
    const elements = Array.from({ length: 650 }, (_, i) => ({
      id: `c${i}`,
      valeur: Math.round(100_000 / (1 + i) ** 0.8),
    }));
    const r = await bench('classerABC + diagnosticPortefeuille', () => {
      const lignes = valeur(classerABC({ elements, seuils: { a: 0.5, b: 0.95 } }));
      diagnosticPortefeuille({ lignes, devise: 'MAD' });
    }).run(options);
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('sources (chapitre 3) : bilan de 650 prospects, comparaison et coût par client', async ({
    bench,
  }) => {
    const prospects = prospectsSynthetiques(650);
    const r = await bench('bilanDesSources + comparerSources + coutParClientDesSources', () => {
      const b = valeur(
        bilanDesSources({ prospects, dateReference: '2026-11-23', avecCampagne: true }),
      );
      comparerSources({ lignes: b.lignes });
      coutParClientDesSources({ lignes: b.lignes, couts: { parrainage: 1600, salon: 20_000 } });
    }).run(options);
    expect(r.latency.p50).toBeLessThan(16);
  });
});
