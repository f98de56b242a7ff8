import { describe, expect, test } from 'vitest';
import { scorerProspects, type CritereDeScoring } from '@lib/scoring/scoring.ts';
import { prospectsSynthetiques } from './prospects-synthetiques.ts';

const prospects = prospectsSynthetiques(100_000);
// Prospects who objected to prospecting are left out of the scoring (RGPD), about 2 % here.
const scorables = prospects.filter((p) => p.opposition !== true).length;
// A 10-criterion grid: 5 fit criteria (values and bands), 5 engagement signals.
const grille: CritereDeScoring[] = [
  {
    id: 'secteur',
    nature: 'profil',
    champ: 'secteur',
    valeurs: { agroalimentaire: 20, cosmetique: 15, industrie: 5 },
  },
  { id: 'taille', nature: 'profil', champ: 'taille', valeurs: { PME: 10, ETI: 15, GE: 5 } },
  {
    id: 'ca',
    nature: 'profil',
    champ: 'chiffreAffaires',
    tranches: [
      { min: 5_000_000, points: 15 },
      { min: 1_000_000, max: 5_000_000, points: 8 },
    ],
  },
  {
    id: 'ville',
    nature: 'profil',
    champ: 'ville',
    valeurs: { Lyon: 10, Villeurbanne: 8, Casablanca: 10 },
  },
  { id: 'type', nature: 'profil', champ: 'type', valeurs: { B2C: -10 } },
  {
    id: 'ouvertures',
    nature: 'engagement',
    champ: 'ouvertures',
    pointsParOccurrence: 2,
    plafond: 20,
  },
  { id: 'clics', nature: 'engagement', champ: 'clics', pointsParOccurrence: 5 },
  {
    id: 'visites',
    nature: 'engagement',
    champ: 'visitesSite',
    pointsParOccurrence: 3,
    plafond: 15,
  },
  { id: 'devis', nature: 'engagement', champ: 'demandeDevis', pointsParOccurrence: 30 },
  { id: 'consentement', nature: 'engagement', champ: 'consentementEmail', pointsParOccurrence: 5 },
];

describe('scoring (budget < 100 ms)', () => {
  test('score and rank 100 000 prospects with a 10-criterion grid', async ({ bench }) => {
    let n = 0;
    const r = await bench('scorerProspects × 100 000', () => {
      const s = scorerProspects({ prospects, grille, seuils: { chaud: 60, tiede: 30 } });
      n = s.ok ? s.valeur.length : 0;
    }).run({ iterations: 20, time: 0, warmupIterations: 3 });
    expect(n).toBe(scorables);
    expect(scorables).toBeGreaterThan(95_000);
    expect(r.latency.p50).toBeLessThan(100);
  });
});
