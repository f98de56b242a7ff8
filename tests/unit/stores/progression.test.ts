import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getTestStorage, useTestStorageEngine } from '@nanostores/persistent';

// The store reads storage when its module loads: swap in the fake engine first, with a
// corrupted value already there, as a browser would have after a bad write.
useTestStorageEngine();
const CLE = 'atelier:v1:progression';
getTestStorage()[CLE] = '{"version":1,"tentatives":[{"exerciceId":42}]';
const store = await import('@stores/progression');
const {
  $progression,
  $progressionErreur,
  effacerProgression,
  enregistrerTentative,
  exporterProgression,
  importerProgression,
  lireProgression,
  rechargerProgression,
  MAX_TENTATIVES,
} = store;

const corrompues = () =>
  Object.keys(getTestStorage()).filter((k) => k.startsWith(`${CLE}:corrompu:`));
const stocke = () =>
  JSON.parse(getTestStorage()[CLE]) as { version: number; tentatives: unknown[] };

describe('a corrupted store at start-up', () => {
  it('is set aside, reported in French and replaced by an empty progress', () => {
    expect($progression.get()).toEqual({ version: 1, tentatives: [] });
    expect($progressionErreur.get()).toMatch(
      /^La progression enregistrée .* remplacée par une progression vide/,
    );
    expect(corrompues()).toHaveLength(1);
    expect(getTestStorage()[corrompues()[0]]).toBe('{"version":1,"tentatives":[{"exerciceId":42}]');
    expect(stocke()).toEqual({ version: 1, tentatives: [] });
  });

  it('also raises the site-wide storage notice', async () => {
    const { $erreursStockage } = await import('@stores/persistance.ts');
    expect($erreursStockage.get().some((m) => m.includes('progression'))).toBe(true);
  });
});

describe('recording and reloading', () => {
  beforeEach(() => {
    effacerProgression();
    for (const k of corrompues()) delete getTestStorage()[k];
  });

  it('records each attempt and persists it under the versioned key', () => {
    enregistrerTentative({
      exerciceId: 'budgetiser/ca-minimum',
      code: 'K7Q2',
      correct: false,
      date: '2025-03-01T10:00:00.000Z',
    });
    enregistrerTentative({
      exerciceId: 'budgetiser/enveloppe-role',
      correct: true,
      date: '2025-03-01T10:05:00.000Z',
    });
    expect($progression.get().tentatives).toEqual([
      {
        exerciceId: 'budgetiser/ca-minimum',
        code: 'K7Q2',
        correct: false,
        date: '2025-03-01T10:00:00.000Z',
      },
      {
        exerciceId: 'budgetiser/enveloppe-role',
        code: '',
        correct: true,
        date: '2025-03-01T10:05:00.000Z',
      },
    ]);
    expect(stocke().tentatives).toHaveLength(2);
    expect($progressionErreur.get()).toBeUndefined();
  });

  it('survives a reload: what is stored is read back and validated', () => {
    enregistrerTentative({ exerciceId: 'budgetiser/ca-objectif', code: 'AB23', correct: true });
    const avant = $progression.get();
    getTestStorage()[CLE] = JSON.stringify(avant); // what the next page load finds
    expect(rechargerProgression()).toEqual(avant);
    expect(corrompues()).toHaveLength(0);
  });

  it.each([
    ['not JSON', '{oops'],
    ['a wrong shape', '{"version":1,"tentatives":"toutes"}'],
    ['a newer format', '{"version":2,"tentatives":[]}'],
    [
      'a bad date',
      '{"version":1,"tentatives":[{"exerciceId":"a/b","code":"","correct":true,"date":"hier"}]}',
    ],
    ['JSON null', 'null'],
  ])('sets aside and resets %s on reload, without throwing', (_, texte) => {
    vi.setSystemTime(new Date('2025-04-02T08:00:00.000Z'));
    getTestStorage()[CLE] = texte;
    expect(() => rechargerProgression()).not.toThrow();
    vi.useRealTimers();
    expect($progression.get().tentatives).toEqual([]);
    expect($progressionErreur.get()).toMatch(/progression vide/);
    expect(getTestStorage()[`${CLE}:corrompu:2025-04-02T08:00:00.000Z`]).toBe(texte);
    expect(stocke()).toEqual({ version: 1, tentatives: [] });
  });

  it('refuses a malformed attempt instead of poisoning the store', () => {
    expect(enregistrerTentative({ exerciceId: 'pas un id', correct: true }).ok).toBe(false);
    expect(
      enregistrerTentative({ exerciceId: 'budgetiser/a', code: 'K0Q2', correct: true }).ok,
    ).toBe(false);
    expect(
      enregistrerTentative({ exerciceId: 'budgetiser/a', correct: true, date: 'hier' }).ok,
    ).toBe(false);
    expect($progression.get().tentatives).toEqual([]);
    expect(
      enregistrerTentative({
        exerciceId: 'budgetiser/a',
        code: 'k7q2'.toUpperCase(),
        correct: true,
      }).ok,
    ).toBe(true);
  });

  it('keeps at most MAX_TENTATIVES attempts, dropping the oldest', () => {
    const base = Date.UTC(2025, 0, 1);
    const tentatives = Array.from({ length: MAX_TENTATIVES + 2 }, (_, i) => ({
      exerciceId: 'budgetiser/qcm',
      code: '',
      correct: i % 2 === 0,
      date: new Date(base + i * 1000).toISOString(),
    }));
    getTestStorage()[CLE] = JSON.stringify({ version: 1, tentatives });
    expect(rechargerProgression().tentatives).toHaveLength(MAX_TENTATIVES);
    enregistrerTentative({
      exerciceId: 'budgetiser/qcm',
      correct: true,
      date: new Date(base + 9e9).toISOString(),
    });
    const gardees = $progression.get().tentatives;
    expect(gardees).toHaveLength(MAX_TENTATIVES);
    expect(gardees[0].date).toBe(new Date(base + 3000).toISOString());
    expect(gardees.at(-1)!.date).toBe(new Date(base + 9e9).toISOString());
  });
});

describe('lireProgression (pure)', () => {
  it('reads an absent value as an empty progress and sorts attempts by date', () => {
    expect(lireProgression(undefined)).toEqual({
      ok: true,
      valeur: { version: 1, tentatives: [] },
    });
    const texte = JSON.stringify({
      version: 1,
      tentatives: [
        { exerciceId: 'a/b', code: '', correct: true, date: '2025-03-02T00:00:00.000Z' },
        { exerciceId: 'a/b', code: '', correct: false, date: '2025-03-01T00:00:00.000Z' },
      ],
    });
    const lu = lireProgression(texte);
    expect(lu.ok && lu.valeur.tentatives.map((t) => t.correct)).toEqual([false, true]);
  });
});

describe('export and import', () => {
  beforeEach(() => effacerProgression());

  it('round-trips: export, clear, import restores the same progress', () => {
    enregistrerTentative({
      exerciceId: 'budgetiser/ca-minimum',
      code: 'K7Q2',
      correct: true,
      date: '2025-03-01T10:00:00.000Z',
    });
    enregistrerTentative({
      exerciceId: 'budgetiser/nom-taux',
      correct: false,
      date: '2025-03-01T10:01:00.000Z',
    });
    const avant = $progression.get();
    const fichier = exporterProgression({ maintenant: new Date('2025-03-02T00:00:00.000Z') });
    expect(JSON.parse(fichier)).toMatchObject({
      format: 'atelier-prospection/progression',
      version: 1,
      exporteLe: '2025-03-02T00:00:00.000Z',
    });
    effacerProgression();
    expect($progression.get().tentatives).toEqual([]);
    expect(importerProgression(fichier)).toEqual({
      ok: true,
      valeur: { ajoutees: 2, total: 2, futures: 0, horsPlace: 0 },
    });
    expect($progression.get()).toEqual(avant);
  });

  it('merges: the union of both, shared attempts counted once, oldest first', () => {
    enregistrerTentative({
      exerciceId: 'budgetiser/a',
      correct: true,
      date: '2025-03-01T10:00:00.000Z',
    });
    const fichier = exporterProgression();
    effacerProgression();
    enregistrerTentative({
      exerciceId: 'budgetiser/b',
      correct: false,
      date: '2025-02-01T10:00:00.000Z',
    });
    enregistrerTentative({
      exerciceId: 'budgetiser/a',
      correct: true,
      date: '2025-03-01T10:00:00.000Z',
    });
    expect(importerProgression(fichier)).toEqual({
      ok: true,
      valeur: { ajoutees: 0, total: 2, futures: 0, horsPlace: 0 },
    });
    expect($progression.get().tentatives.map((t) => t.exerciceId)).toEqual([
      'budgetiser/b',
      'budgetiser/a',
    ]);
  });

  const valide = (tentatives: unknown[]) =>
    JSON.stringify({ format: 'atelier-prospection/progression', version: 1, tentatives });

  it.each([
    ['an empty file', '   ', /vide/],
    ['not JSON', 'PK\u0003\u0004 binaire', /pas au format JSON/],
    ['another JSON file', '{"name":"package"}', /pas une progression exportée/],
    ['an array', '[1,2,3]', /pas une progression exportée/],
    [
      'a future format',
      '{"format":"atelier-prospection/progression","version":9,"tentatives":[]}',
      /autre version/,
    ],
    [
      'markup in an id',
      valide([
        {
          exerciceId: '<img src=x onerror=alert(1)>',
          code: '',
          correct: true,
          date: '2025-03-01T10:00:00.000Z',
        },
      ]),
      /essai n°\u00a01/,
    ],
    [
      'a wrong type',
      valide([{ exerciceId: 'a/b', code: '', correct: 'oui', date: '2025-03-01T10:00:00.000Z' }]),
      /données invalides/,
    ],
    [
      'a bad code',
      valide([
        { exerciceId: 'a/b', code: 'K0Q2', correct: true, date: '2025-03-01T10:00:00.000Z' },
      ]),
      /données invalides/,
    ],
    ['a huge file', 'x'.repeat(2_000_001), /trop volumineux/],
  ])('refuses %s with a French message and changes nothing', (_, texte, message) => {
    enregistrerTentative({
      exerciceId: 'budgetiser/a',
      correct: true,
      date: '2025-03-01T10:00:00.000Z',
    });
    const avant = $progression.get();
    const r = importerProgression(texte);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur.message).toMatch(message);
    expect($progression.get()).toBe(avant);
  });

  it('issue 15, cas 7 : 5 000 essais datés de 2099 ne chassent pas les essais de l’apprenant ; le rapport dit ce qui est écarté', () => {
    for (let i = 0; i < 30; i++)
      enregistrerTentative({
        exerciceId: 'budgetiser/a',
        correct: true,
        date: new Date(Date.UTC(2026, 10, 1, 10, i)).toISOString(),
      });
    const futurs = Array.from({ length: MAX_TENTATIVES }, (_, i) => ({
      exerciceId: 'budgetiser/b',
      code: '',
      correct: true,
      date: new Date(Date.UTC(2099, 0, 1, 0, 0, i)).toISOString(),
    }));
    const r = importerProgression(valide(futurs), { maintenant: new Date('2026-12-06T08:00:00Z') });
    expect(r).toEqual({
      ok: true,
      valeur: { ajoutees: 0, total: 30, futures: MAX_TENTATIVES, horsPlace: 0 },
    });
    expect($progression.get().tentatives.every((t) => t.exerciceId === 'budgetiser/a')).toBe(true);
  });

  it('issue 15, cas 7 : quand la limite est atteinte, les essais de l’apprenant passent d’abord, puis les plus récents du fichier', () => {
    for (let i = 0; i < 30; i++)
      enregistrerTentative({
        exerciceId: 'budgetiser/a',
        correct: true,
        date: new Date(Date.UTC(2026, 10, 1, 10, i)).toISOString(),
      });
    const anciens = Array.from({ length: MAX_TENTATIVES }, (_, i) => ({
      exerciceId: 'budgetiser/b',
      code: '',
      correct: false,
      date: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    }));
    const r = importerProgression(valide(anciens), {
      maintenant: new Date('2026-12-06T08:00:00Z'),
    });
    expect(r).toEqual({
      ok: true,
      valeur: { ajoutees: MAX_TENTATIVES - 30, total: MAX_TENTATIVES, futures: 0, horsPlace: 30 },
    });
    expect(
      $progression.get().tentatives.filter((t) => t.exerciceId === 'budgetiser/a'),
    ).toHaveLength(30);
  });

  it('does not let a hostile file pollute prototypes', () => {
    const texte =
      '{"format":"atelier-prospection/progression","version":1,"__proto__":{"pollue":true},"tentatives":[{"exerciceId":"a/b","code":"","correct":true,"date":"2025-03-01T10:00:00.000Z","__proto__":{"pollue":true},"extra":"<script>"}]}';
    expect(importerProgression(texte).ok).toBe(true);
    expect(({} as Record<string, unknown>).pollue).toBeUndefined();
    const t = $progression.get().tentatives.at(-1)!;
    expect(Object.keys(t).sort()).toEqual(['code', 'correct', 'date', 'exerciceId']);
  });

  it('effacerProgression empties the store and clears the error', () => {
    enregistrerTentative({ exerciceId: 'budgetiser/a', correct: true });
    $progressionErreur.set('x');
    effacerProgression();
    expect($progression.get().tentatives).toEqual([]);
    expect($progressionErreur.get()).toBeUndefined();
  });
});

describe('issue 19: what the trainer’s class summary needs', () => {
  beforeEach(() => effacerProgression());
  it('keeps the anticipated mistake of a wrong answer, never of a right one', () => {
    enregistrerTentative({
      exerciceId: 'budgetiser/ca-minimum',
      code: 'K7Q2',
      correct: false,
      date: '2025-03-01T10:00:00.000Z',
      erreur: 'Divisé par le taux de marge.',
    });
    enregistrerTentative({
      exerciceId: 'budgetiser/ca-minimum',
      code: 'K7Q3',
      correct: true,
      date: '2025-03-01T10:01:00.000Z',
      erreur: 'ignoré',
    });
    expect($progression.get().tentatives.map((t) => t.erreur)).toEqual([
      'Divisé par le taux de marge.',
      undefined,
    ]);
  });
  it('exports the learner’s name, class and production grids; the export imports back', () => {
    enregistrerTentative({
      exerciceId: 'budgetiser/ca-minimum',
      code: 'K7Q2',
      correct: true,
      date: '2025-03-01T10:00:00.000Z',
    });
    const texte = exporterProgression({
      maintenant: new Date('2025-03-02T00:00:00Z'),
      eleve: { nom: 'Amina', classe: '1A' },
      productions: { grille: { niveaux: { ton: 2 } } },
    });
    expect(JSON.parse(texte)).toMatchObject({
      eleve: { nom: 'Amina', classe: '1A' },
      productions: { grille: { niveaux: { ton: 2 } } },
    });
    effacerProgression();
    expect(importerProgression(texte).ok).toBe(true);
  });
});
