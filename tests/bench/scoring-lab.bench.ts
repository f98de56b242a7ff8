import { describe, expect, test } from 'vitest';
import { backtest, scorerProspects } from '@lib/scoring/scoring.ts';
import { grilleParDefaut } from '@lib/scoring/exemples.ts';
import { lireGrille, saisieDepuisGrille } from '@lib/scoring/grille.ts';
import { histogrammeScores, reussiteParTemperature } from '@lib/scoring/analyse.ts';
import { prospectsSynthetiques } from './prospects-synthetiques.ts';

// What the chapter 6 island recomputes after each keystroke, on a file the size of the largest sample (650 rows).
const prospects = prospectsSynthetiques(650, 'scoring-lab').map((p, i) => ({
  ...p,
  converti: i % 9 === 0,
}));
const saisie = saisieDepuisGrille({ grille: grilleParDefaut({ entrepriseId: 'mobilier-lyon' }) });
const convertis = new Set(prospects.filter((p) => p.converti).map((p) => p.id));

describe('scoring island (budget: one frame, 16 ms)', () => {
  test('read the typed grid, score, rank, backtest, histogram and success rates of 650 prospects', async ({
    bench,
  }) => {
    let captes = -1;
    const r = await bench('recalcul du laboratoire × 650', () => {
      const lue = lireGrille({ saisie: { ...saisie, chaud: '61' } });
      if (!lue.ok) return;
      const { criteres, seuils } = lue.valeur;
      const c = scorerProspects({ prospects, grille: criteres, seuils });
      if (!c.ok) return;
      const b = backtest({ classement: c.valeur, convertis });
      histogrammeScores({ classement: c.valeur, convertis });
      reussiteParTemperature({ classement: c.valeur, convertis });
      captes = b.ok ? b.valeur.convertisCaptes : -1;
    }).run({ iterations: 200, time: 0, warmupIterations: 20 });
    console.log(
      `Scoring, recalcul du laboratoire sur 650 prospects : p50 ${r.latency.p50?.toFixed(2)} ms, p99 ${r.latency.p99?.toFixed(2)} ms`,
    );
    expect(captes).toBeGreaterThanOrEqual(0);
    expect(r.latency.p50).toBeLessThan(16);
  });
});
