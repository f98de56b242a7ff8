import { describe, expect, it } from 'vitest';
import {
  bilanChapitre,
  bilanGlobal,
  niveauExercice,
  REUSSITES_POUR_MAITRISE,
  type ExerciceRecense,
} from '@exercises/bilan.ts';
import { resoudreAlias } from '@exercises/alias.ts';
import type { Tentative } from '@exercises/types.ts';

let minute = 0;
const t = (exerciceId: string, correct: boolean, code = ''): Tentative => ({
  exerciceId,
  code,
  correct,
  date: new Date(Date.UTC(2025, 0, 1, 9, minute++)).toISOString(),
});

const exercices: ExerciceRecense[] = [
  { id: 'budgetiser/qcm', type: 'choix-unique', titre: 'QCM' },
  { id: 'budgetiser/vf', type: 'vrai-faux', titre: 'VF' },
  { id: 'budgetiser/ca', type: 'numerique', titre: 'CA' },
  { id: 'budgetiser/clients', type: 'numerique', titre: 'Clients' },
];

describe('niveauExercice', () => {
  it('static: mastered when the latest attempt is right', () => {
    expect(niveauExercice({ type: 'choix-unique', tentatives: [] })).toBe('non-commence');
    expect(niveauExercice({ type: 'choix-unique', tentatives: [t('a/b', false)] })).toBe('essaye');
    expect(
      niveauExercice({ type: 'choix-unique', tentatives: [t('a/b', false), t('a/b', true)] }),
    ).toBe('maitrise');
    expect(
      niveauExercice({ type: 'choix-unique', tentatives: [t('a/b', true), t('a/b', false)] }),
    ).toBe('en-cours');
  });

  it(`numeric: ${REUSSITES_POUR_MAITRISE} right answers in a row on different versions`, () => {
    expect(niveauExercice({ type: 'numerique', tentatives: [t('a/b', true, 'K7Q2')] })).toBe(
      'en-cours',
    );
    expect(
      niveauExercice({
        type: 'numerique',
        tentatives: [t('a/b', true, 'K7Q2'), t('a/b', true, 'K7Q2')],
      }),
    ).toBe('en-cours');
    expect(
      niveauExercice({
        type: 'numerique',
        tentatives: [t('a/b', true, 'K7Q2'), t('a/b', true, 'AB23')],
      }),
    ).toBe('maitrise');
    expect(
      niveauExercice({
        type: 'numerique',
        tentatives: [t('a/b', true, 'K7Q2'), t('a/b', false, 'XY34'), t('a/b', true, 'AB23')],
      }),
    ).toBe('en-cours');
    expect(
      niveauExercice({
        type: 'numerique',
        tentatives: [t('a/b', false, 'K7Q2'), t('a/b', false, 'AB23')],
      }),
    ).toBe('essaye');
  });

  it('orders attempts by date, whatever the order given', () => {
    const [a, b] = [t('a/b', false, 'K7Q2'), t('a/b', true, 'AB23')];
    const c = t('a/b', true, 'CD45');
    expect(niveauExercice({ type: 'numerique', tentatives: [c, b, a] })).toBe('maitrise');
    expect(niveauExercice({ type: 'vrai-faux', tentatives: [b, a] })).toBe('maitrise');
  });
});

describe('bilanChapitre', () => {
  it('counts done, succeeded and mastered exercises, and what to review next', () => {
    const tentatives = [
      t('budgetiser/qcm', true),
      t('budgetiser/ca', true, 'K7Q2'),
      t('budgetiser/vf', false),
      t('autre/x', true),
    ];
    const b = bilanChapitre({ chapitre: 'budgetiser', exercices, tentatives });
    expect(b).toMatchObject({
      chapitre: 'budgetiser',
      total: 4,
      faits: 3,
      reussis: 2,
      maitrises: 1,
      niveau: 'en-cours',
    });
    expect(b.aRevoir).toEqual(['budgetiser/vf', 'budgetiser/ca', 'budgetiser/clients']);
    expect(b.exercices[2]).toMatchObject({
      id: 'budgetiser/ca',
      essais: 1,
      reussites: 1,
      niveau: 'en-cours',
    });
    expect(b.exercices[3].dernierEssai).toBeUndefined();
  });

  it('tells not started, attempted and mastered chapters apart', () => {
    expect(bilanChapitre({ chapitre: 'budgetiser', exercices, tentatives: [] }).niveau).toBe(
      'non-commence',
    );
    expect(
      bilanChapitre({ chapitre: 'budgetiser', exercices, tentatives: [t('budgetiser/vf', false)] })
        .niveau,
    ).toBe('essaye');
    const tout = [
      t('budgetiser/qcm', true),
      t('budgetiser/vf', true),
      t('budgetiser/ca', true, 'K7Q2'),
      t('budgetiser/ca', true, 'AB23'),
      t('budgetiser/clients', true, 'K7Q2'),
      t('budgetiser/clients', true, 'AB23'),
    ];
    const b = bilanChapitre({ chapitre: 'budgetiser', exercices, tentatives: tout });
    expect(b.niveau).toBe('maitrise');
    expect(b.aRevoir).toEqual([]);
  });
});

describe('bilanGlobal', () => {
  it('sums chapters and reports attempts on exercises the course no longer has', () => {
    const g = bilanGlobal({
      chapitres: [
        { chapitre: 'budgetiser', exercices },
        { chapitre: 'planifier', exercices: [{ id: 'planifier/a', type: 'texte', titre: 'A' }] },
      ],
      tentatives: [
        t('budgetiser/qcm', true),
        t('planifier/a', false),
        t('supprime/x', true),
        t('supprime/x', false),
      ],
    });
    expect(g).toMatchObject({ total: 5, faits: 2, reussis: 1, maitrises: 1, ignorees: 2 });
    expect(g.chapitres.map((c) => c.niveau)).toEqual(['en-cours', 'essaye']);
  });
});

describe('resoudreAlias', () => {
  it('follows renames and stops on a cycle', () => {
    const alias = { 'a/ancien': 'a/milieu', 'a/milieu': 'a/nouveau', 'a/x': 'a/y', 'a/y': 'a/x' };
    expect(resoudreAlias('a/ancien', alias)).toBe('a/nouveau');
    expect(resoudreAlias('a/autre', alias)).toBe('a/autre');
    expect(['a/x', 'a/y']).toContain(resoudreAlias('a/x', alias));
    expect(resoudreAlias('__proto__', alias)).toBe('__proto__');
  });
});

describe('« À revoir » and « À faire ensuite » (issue 19)', () => {
  it('lists failed exercises to review apart from the next ones not started', () => {
    const exercices = [
      { id: 'c/a', type: 'choix-unique' as const, titre: 'A' },
      { id: 'c/b', type: 'choix-unique' as const, titre: 'B' },
      { id: 'c/c', type: 'choix-unique' as const, titre: 'C' },
      { id: 'c/d', type: 'choix-unique' as const, titre: 'D' },
    ];
    const tentatives = [
      { exerciceId: 'c/a', code: '', correct: true, date: '2026-01-01T10:00:00Z' },
      { exerciceId: 'c/b', code: '', correct: false, date: '2026-01-01T10:01:00Z' },
    ];
    const b = bilanChapitre({ chapitre: 'c', exercices, tentatives });
    expect(b.echoues).toEqual(['c/b']);
    expect(b.aFaire).toEqual(['c/c', 'c/d']);
  });
});
