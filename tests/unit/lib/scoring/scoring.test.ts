import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  backtest,
  scorePoints,
  scorePondere,
  scorerProspects,
  temperature,
  type CritereDeScoring,
} from '@lib/scoring/scoring.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

describe('scorePondere', () => {
  it('divides by the sum of the coefficients, not the number of notes (the classic error)', () => {
    const notes = [
      { note: 16, coefficient: 3 },
      { note: 8, coefficient: 1 },
      { note: 10, coefficient: 2 },
    ];
    expect(v(scorePondere({ notes }))).toBeCloseTo(76 / 6, 12);
    expect(v(scorePondere({ notes }))).not.toBeCloseTo((16 + 8 + 10) / 3, 3); // the unweighted mean
  });

  it('refuses an empty list, a negative coefficient and a zero sum of coefficients', () => {
    expect(erreur(scorePondere({ notes: [] }))).toEqual({
      champ: 'notes',
      message: 'Il faut au moins une note.',
    });
    expect(erreur(scorePondere({ notes: [{ note: 5, coefficient: -1 }] }))?.message).toBe(
      'Le coefficient du critère 1 doit être un nombre positif ou nul.',
    );
    expect(erreur(scorePondere({ notes: [{ note: 5, coefficient: 0 }] }))?.message).toBe(
      'La somme des coefficients est nulle\u202f: aucun critère ne compte.',
    );
    expect(erreur(scorePondere({ notes: [{ note: NaN, coefficient: 1 }] }))?.message).toBe(
      'La note du critère 1 n’est pas un nombre.',
    );
  });

  it('property: the weighted score lies between the lowest and highest note', () => {
    const note = fc.record({
      note: fc.double({ min: -100, max: 100, noNaN: true }),
      coefficient: fc.double({ min: 0.01, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 10 }), (notes) => {
        const s = v(scorePondere({ notes }));
        expect(s).toBeGreaterThanOrEqual(Math.min(...notes.map((n) => n.note)) - 1e-9);
        expect(s).toBeLessThanOrEqual(Math.max(...notes.map((n) => n.note)) + 1e-9);
      }),
    );
  });
});

describe('scorePoints', () => {
  const grille = {
    secteurCible: { points: 20, nature: 'profil' as const },
    grandeEntreprise: { points: 10, nature: 'profil' as const },
    concurrent: { points: -30, nature: 'profil' as const },
    ouverture: { points: 2, nature: 'engagement' as const },
    demandeDevis: { points: 25, nature: 'engagement' as const },
  };

  it('sums points × occurrences with profil and engagement parts; negative points allowed', () => {
    const r = v(
      scorePoints({ grille, faits: { secteurCible: 1, ouverture: 5, demandeDevis: true } }),
    );
    expect(r).toMatchObject({ total: 55, profil: 20, engagement: 35 });
    expect(r.details.find((d) => d.critere === 'ouverture')).toEqual({
      critere: 'ouverture',
      nature: 'engagement',
      points: 2,
      occurrences: 5,
      sousTotal: 10,
    });
    expect(v(scorePoints({ grille, faits: { concurrent: 1, ouverture: 1 } })).total).toBe(-28);
  });

  it('accepts a plain grid of numbers (all profil)', () => {
    expect(v(scorePoints({ grille: { a: 5, b: 3 }, faits: { a: 2, b: 1 } }))).toMatchObject({
      total: 13,
      profil: 13,
      engagement: 0,
    });
  });

  it('refuses unknown criteria and negative occurrences in French', () => {
    expect(erreur(scorePoints({ grille, faits: { inconnu: 1 } }))?.message).toBe(
      'Le critère «\u00a0inconnu\u00a0» n’est pas dans la grille.',
    );
    expect(erreur(scorePoints({ grille, faits: { ouverture: -1 } }))?.message).toBe(
      'Le nombre d’occurrences du critère «\u00a0ouverture\u00a0» doit être positif ou nul.',
    );
    expect(erreur(scorePoints({ grille: { a: NaN }, faits: {} }))?.champ).toBe('grille');
  });
});

describe('temperature', () => {
  const seuils = { chaud: 60, tiede: 30 };
  it('uses ≥ at each threshold', () => {
    expect(v(temperature({ score: 60, seuils }))).toBe('chaud');
    expect(v(temperature({ score: 59.99, seuils }))).toBe('tiede');
    expect(v(temperature({ score: 30, seuils }))).toBe('tiede');
    expect(v(temperature({ score: 29, seuils }))).toBe('froid');
  });
  it('refuses inverted thresholds', () => {
    expect(erreur(temperature({ score: 10, seuils: { chaud: 20, tiede: 40 } }))?.message).toBe(
      'Le seuil «\u00a0tiède\u00a0» ne peut pas dépasser le seuil «\u00a0chaud\u00a0».',
    );
    expect(erreur(temperature({ score: NaN, seuils }))?.champ).toBe('score');
  });
});

describe('scorerProspects', () => {
  const grille: CritereDeScoring[] = [
    {
      id: 'secteur',
      nature: 'profil',
      champ: 'secteur',
      valeurs: { Agroalimentaire: 20, cosmétique: 15 },
    },
    {
      id: 'ca',
      nature: 'profil',
      champ: 'chiffreAffaires',
      tranches: [
        { min: 1_000_000, points: 15 },
        { min: 200_000, max: 1_000_000, points: 5 },
      ],
    },
    {
      id: 'ouvertures',
      nature: 'engagement',
      champ: 'ouvertures',
      pointsParOccurrence: 2,
      plafond: 10,
    },
    { id: 'devis', nature: 'engagement', champ: 'demandeDevis', pointsParOccurrence: 25 },
    { id: 'b2c', nature: 'profil', champ: 'type', valeurs: { B2C: -10 } },
  ];
  const prospects = [
    {
      id: 'P1',
      secteur: 'agroalimentaire',
      chiffreAffaires: 2_000_000,
      ouvertures: 3,
      demandeDevis: false,
      type: 'B2B',
    },
    {
      id: 'P2',
      secteur: 'Cosmetique',
      chiffreAffaires: 500_000,
      ouvertures: 12,
      demandeDevis: true,
      type: 'B2B',
    },
    {
      id: 'P3',
      secteur: 'BTP',
      chiffreAffaires: undefined,
      ouvertures: 0,
      demandeDevis: false,
      type: 'B2C',
    },
    {
      id: 'P4',
      secteur: 'AGROALIMENTAIRE',
      chiffreAffaires: '2000000',
      ouvertures: '3',
      demandeDevis: 'non',
      type: 'B2B',
    },
  ];

  it('scores fit (per value, per band) and engagement (per occurrence, capped), then ranks with shared ranks', () => {
    const r = v(
      scorerProspects({
        prospects,
        grille,
        seuils: { chaud: 50, tiede: 30 },
        seuilsClasses: { a: 50, b: 20 },
      }),
    );
    expect(r.map((x) => [x.id, x.score, x.rang])).toEqual([
      ['P2', 55, 1],
      ['P1', 41, 2],
      ['P4', 41, 2],
      ['P3', -10, 4],
    ]);
    expect(r[0]).toMatchObject({ profil: 20, engagement: 35, temperature: 'chaud', classe: 'A' });
    expect(r[1]).toMatchObject({ temperature: 'tiede', classe: 'B' });
    expect(r[3]).toMatchObject({ temperature: 'froid', classe: 'C' });
  });

  it('refuses a malformed grid in French', () => {
    expect(
      erreur(
        scorerProspects({
          prospects,
          grille: [{ id: 'x', nature: 'engagement', champ: 'clics', pointsParOccurrence: NaN }],
        }),
      )?.message,
    ).toBe('Les points par occurrence du critère «\u00a0x\u00a0» ne sont pas un nombre.');
    expect(
      erreur(
        scorerProspects({
          prospects,
          grille: [
            {
              id: 'x',
              nature: 'profil',
              champ: 'age',
              tranches: [{ min: 30, max: 20, points: 1 }],
            },
          ],
        }),
      )?.message,
    ).toBe('Une tranche du critère «\u00a0x\u00a0» finit avant de commencer.');
    expect(
      erreur(
        scorerProspects({
          prospects,
          grille: [{ id: 'x', nature: 'profil', champ: '', valeurs: {} }],
        }),
      )?.champ,
    ).toBe('grille[0]');
    expect(
      erreur(scorerProspects({ prospects, grille, seuils: { chaud: 1, tiede: 2 } }))?.champ,
    ).toBe('seuils.tiede');
  });

  it('property: never NaN, ranks are consistent with scores, every prospect appears once', () => {
    const prospect = fc.record({
      secteur: fc.oneof(fc.constantFrom('Agroalimentaire', 'BTP', ''), fc.string()),
      chiffreAffaires: fc.oneof(fc.double(), fc.constant(undefined), fc.string()),
      ouvertures: fc.oneof(fc.double(), fc.boolean(), fc.string(), fc.constant(null)),
      demandeDevis: fc.oneof(fc.boolean(), fc.constant(undefined)),
      type: fc.constantFrom('B2B', 'B2C'),
    });
    fc.assert(
      fc.property(fc.array(prospect, { maxLength: 30 }), (liste) => {
        const r = v(
          scorerProspects({ prospects: liste.map((p, i) => ({ id: `P${i}`, ...p })), grille }),
        );
        expect(r).toHaveLength(liste.length);
        expect(new Set(r.map((x) => x.id)).size).toBe(liste.length);
        r.forEach((x, i) => {
          expect(Number.isFinite(x.score)).toBe(true);
          if (i > 0) {
            expect(x.score).toBeLessThanOrEqual(r[i - 1].score);
            expect(x.rang).toBe(x.score === r[i - 1].score ? r[i - 1].rang : i + 1);
          }
        });
      }),
    );
  });
});

describe('backtest', () => {
  const classement = Array.from({ length: 10 }, (_, i) => ({
    id: `P${i + 1}`,
    score: 100 - i * 10,
  }));

  it('measures converters captured in the top 20 %, the lift and the AUC', () => {
    const r = v(backtest({ classement, convertis: ['P1', 'P2', 'P6', 'P9'] }));
    expect(r).toMatchObject({ retenus: 2, convertisCaptes: 2, convertisTotal: 4, partCaptee: 0.5 });
    expect(r.lift).toBeCloseTo(2.5, 12); // 100 % converted in the top vs 40 % overall
    // Pairs (converter above non-converter): P1 6, P2 6, P6 3, P9 1 → 16 / 24.
    expect(r.auc).toBeCloseTo(16 / 24, 12);
    expect(r.gains[0]).toEqual({ partProspects: 0, partConvertis: 0 });
    expect(r.gains[10]).toEqual({ partProspects: 1, partConvertis: 1 });
  });

  it('gives an AUC of 1 for a perfect ranking and 0,5 when all scores tie', () => {
    expect(v(backtest({ classement, convertis: new Set(['P1', 'P2']) })).auc).toBe(1);
    expect(
      v(backtest({ classement: classement.map((x) => ({ ...x, score: 1 })), convertis: ['P3'] }))
        .auc,
    ).toBe(0.5);
    expect(v(backtest({ classement, convertis: classement.map((x) => x.id) })).auc).toBeNull();
  });

  it('refuses a ranking without converters and a bad share', () => {
    expect(erreur(backtest({ classement, convertis: [] }))?.message).toBe(
      'Aucun prospect du classement n’a été converti\u202f: le test rétrospectif n’a rien à mesurer.',
    );
    expect(erreur(backtest({ classement, convertis: ['P1'], part: 0 }))?.champ).toBe('part');
    expect(erreur(backtest({ classement: [], convertis: ['P1'] }))?.champ).toBe('classement');
  });

  it('property: shares stay in [0, 1] and the AUC too', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (lignes, part) => {
          const r = backtest({
            classement: lignes
              .map(([score], i) => ({ id: String(i), score }))
              .sort((a, b) => b.score - a.score),
            convertis: lignes.flatMap(([, c], i) => (c ? [String(i)] : [])),
            part,
          });
          if (!r.ok) return;
          expect(r.valeur.partCaptee).toBeGreaterThanOrEqual(0);
          expect(r.valeur.partCaptee).toBeLessThanOrEqual(1);
          expect(Number.isFinite(r.valeur.lift)).toBe(true);
          if (r.valeur.auc !== null) expect(r.valeur.auc >= 0 && r.valeur.auc <= 1).toBe(true);
        },
      ),
    );
  });
});
