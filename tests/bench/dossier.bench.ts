/** Recomputing every analysis of a typical dossier after an edit must fit in a frame (16 ms). */
import { describe, expect, test } from 'vitest';
import { analyserDossier } from '@lib/dossier/analyser.ts';
import { lireDossier, exporterDossier } from '@lib/dossier/lecture.ts';
import type { VentesDossier } from '@lib/dossier/ventes.ts';
import { dossierComplet } from '../unit/lib/dossier/fixtures.ts';

const dossier = dossierComplet();
// A learner's typical dossier, on the large side: a dozen categories, ten cost lines.
dossier.portefeuille.categories = Array.from({ length: 12 }, (_, i) => ({
  nom: `Catégorie ${i + 1}`,
  caN1: 10_000 + i * 1000,
  caN: 11_000 + i * 900,
}));
dossier.methode.couts = Array.from({ length: 10 }, (_, i) => ({
  action: `Action ${i + 1}`,
  montant: 500 + i * 100,
}));
let n = 0;

/** A sales file of `lignes` rows over two years, 200 clients. */
const ventes = (lignes: number): VentesDossier => ({
  version: 1,
  fichier: 'ventes.csv',
  lignes: Array.from({ length: lignes }, (_, i) => ({
    client: `Client ${i % 200}`,
    date: `${2025 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    montant: 100 + ((i * 37) % 900),
    categorie: `Catégorie ${i % 5}`,
  })),
});

describe('mon dossier (budget: one frame, 16 ms)', () => {
  test('every analysis recomputed after an edit', async ({ bench }) => {
    const r = await bench('analyserDossier', () => {
      dossier.valeur.transactions = 300 + (n++ % 50);
      analyserDossier({ dossier });
    }).run({ iterations: 200, time: 0, warmupIterations: 10 });
    console.log(
      `analyserDossier: p50 ${r.latency.p50.toFixed(3)} ms, p99 ${r.latency.p99?.toFixed(3)} ms`,
    );
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('every analysis recomputed after an edit, with a sales file of 1 000 rows (ABC, RFM cached per file)', async ({
    bench,
  }) => {
    const avec = { ...dossier, ventes: ventes(1000) };
    const r = await bench('analyserDossier + ventes', () => {
      avec.valeur.transactions = 300 + (n++ % 50);
      analyserDossier({ dossier: avec });
    }).run({ iterations: 200, time: 0, warmupIterations: 10 });
    console.log(`analyserDossier (1 000 ventes, après import): p50 ${r.latency.p50.toFixed(3)} ms`);
    expect(r.latency.p50).toBeLessThan(16);
  });

  test('the first computation after importing a sales file (1 000 and 20 000 rows)', async ({
    bench,
  }) => {
    for (const taille of [1000, 20_000]) {
      const r = await bench(`import ${taille}`, () => {
        analyserDossier({
          dossier: {
            ...dossier,
            portefeuille: { ...dossier.portefeuille, categories: [] },
            ventes: ventes(taille),
          },
        });
      }).run({ iterations: 20, time: 0, warmupIterations: 2 });
      console.log(
        `analyserDossier (premier calcul, ${taille} ventes): p50 ${r.latency.p50.toFixed(3)} ms`,
      );
      if (taille === 1000) expect(r.latency.p50).toBeLessThan(16);
    }
  });

  test('a dossier file read back (import)', async ({ bench }) => {
    const texte = exporterDossier({ dossier });
    const r = await bench('lireDossier', () => {
      lireDossier({ texte });
    }).run({ iterations: 200, time: 0, warmupIterations: 10 });
    console.log(`lireDossier: p50 ${r.latency.p50.toFixed(3)} ms`);
    expect(r.latency.p50).toBeLessThan(16);
  });
});
