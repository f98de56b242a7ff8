import { describe, expect, it } from 'vitest';
import {
  ExportProgressionSchema,
  ProductionsEvalueesSchema,
  ProgressionSchema,
  TentativeSchema,
} from '../../../src/schemas/progression.ts';

const tentative = {
  exerciceId: 'budgetiser/ca-minimum',
  code: 'K7Q2',
  correct: false,
  date: '2026-03-01T10:00:00.000Z',
  erreur: 'Vous avez divisé par le taux de marge.',
};
const exportValide = {
  format: 'atelier-prospection/progression',
  version: 1,
  tentatives: [tentative],
};
/** JSON.parse makes `__proto__` an own key, as a tampered file would. */
const json = (texte: string): unknown => JSON.parse(texte);

describe('TentativeSchema', () => {
  it('accepts an attempt as the store records it, a static question’s empty code included', () => {
    expect(TentativeSchema.safeParse(tentative).success).toBe(true);
    expect(TentativeSchema.safeParse({ ...tentative, code: '' }).success).toBe(true);
  });
  it.each([
    ['a number for the id', { exerciceId: 42 }],
    ['an id without its chapter', { exerciceId: 'ca-minimum' }],
    ['an id in capitals', { exerciceId: 'Budgetiser/CA' }],
    ['a huge id', { exerciceId: `budgetiser/${'a'.repeat(200)}` }],
    ['a code outside the alphabet (0, O, I, L)', { code: 'K0Q2' }],
    ['a five-letter code', { code: 'K7Q2A' }],
    ['a verdict as text', { correct: 'true' }],
    ['a date that is not ISO', { date: '01/03/2026' }],
    ['a date that does not exist', { date: '2026-02-30T10:00:00.000Z' }],
    ['a huge mistake message', { erreur: 'x'.repeat(401) }],
    ['a mistake message that is an object', { erreur: { toString: 'x' } }],
  ])('refuses %s', (_, change) => {
    expect(TentativeSchema.safeParse({ ...tentative, ...change }).success).toBe(false);
  });
  it('drops unknown keys and never lets `__proto__` reach the object', () => {
    const lu = TentativeSchema.safeParse(
      json(`{ "exerciceId": "budgetiser/ca-minimum", "code": "", "correct": true,
        "date": "2026-03-01T10:00:00.000Z", "admin": true, "__proto__": { "pollue": 1 } }`),
    );
    expect(lu.success && lu.data).toEqual({
      exerciceId: 'budgetiser/ca-minimum',
      code: '',
      correct: true,
      date: '2026-03-01T10:00:00.000Z',
    });
    expect(({} as Record<string, unknown>).pollue).toBeUndefined();
    expect(lu.success && Object.getPrototypeOf(lu.data)).toBe(Object.prototype);
  });
});

describe('ProgressionSchema', () => {
  it.each([
    ['null', null],
    ['a list', [tentative]],
    ['another version', { version: 2, tentatives: [] }],
    ['the version as text', { version: '1', tentatives: [] }],
    ['attempts that are not a list', { version: 1, tentatives: { 0: tentative } }],
    [
      'one bad attempt among good ones',
      { version: 1, tentatives: [tentative, { ...tentative, correct: 1 }] },
    ],
  ])('refuses %s', (_, brut) => {
    expect(ProgressionSchema.safeParse(brut).success).toBe(false);
  });
});

describe('ProductionsEvalueesSchema', () => {
  it('accepts levels 0 to 3 by criterion', () => {
    expect(
      ProductionsEvalueesSchema.safeParse({ persona: { niveaux: { ton: 0, cible: 3 } } }).success,
    ).toBe(true);
  });
  it.each([
    ['a level above 3', { persona: { niveaux: { ton: 4 } } }],
    ['a fractional level', { persona: { niveaux: { ton: 1.5 } } }],
    ['a level as text', { persona: { niveaux: { ton: '2' } } }],
    ['a grid id with capitals', { Persona: { niveaux: { ton: 2 } } }],
    ['a criterion id that is too long', { persona: { niveaux: { ['a'.repeat(61)]: 2 } } }],
    [
      'more than 20 criteria',
      {
        persona: {
          niveaux: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`c${i}`, 1])),
        },
      },
    ],
    [
      'more than 100 grids',
      Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`g${i}`, { niveaux: {} }])),
    ],
  ])('refuses %s', (_, brut) => {
    expect(ProductionsEvalueesSchema.safeParse(brut).success).toBe(false);
  });
  it('drops a `__proto__` key (Zod skips it) and never changes a prototype', () => {
    const dessus = ProductionsEvalueesSchema.safeParse(
      json('{ "__proto__": { "niveaux": { "pollue": 3 } } }'),
    );
    expect(dessus.success && dessus.data).toEqual({});
    expect(dessus.success && Object.getPrototypeOf(dessus.data)).toBe(Object.prototype);
    const dedans = ProductionsEvalueesSchema.safeParse(
      json('{ "persona": { "niveaux": { "__proto__": 1, "ton": 2 } } }'),
    );
    expect(dedans.success && dedans.data).toEqual({ persona: { niveaux: { ton: 2 } } });
    expect(({} as Record<string, unknown>).pollue).toBeUndefined();
    expect(({} as Record<string, unknown>).niveaux).toBeUndefined();
    // `constructor` matches the id pattern: it is kept as an ordinary own key, never as the prototype's.
    const lu = ProductionsEvalueesSchema.safeParse(json('{ "constructor": { "niveaux": {} } }'));
    expect(lu.success && Object.getPrototypeOf(lu.data)).toBe(Object.prototype);
  });
});

describe('ExportProgressionSchema', () => {
  it('accepts an export, and reads a malformed learner name as no name rather than refusing the file', () => {
    const lu = ExportProgressionSchema.safeParse({
      ...exportValide,
      eleve: { nom: 7, classe: 'BTS' },
    });
    expect(lu.success && lu.data.eleve).toEqual({ classe: 'BTS' });
    const long = ExportProgressionSchema.safeParse({
      ...exportValide,
      eleve: { nom: 'x'.repeat(61) },
    });
    expect(long.success && long.data.eleve).toEqual({});
  });
  it.each([
    ['another format', { ...exportValide, format: 'autre' }],
    ['another version', { ...exportValide, version: 2 }],
    ['more than 20 000 attempts', { ...exportValide, tentatives: Array(20_001).fill(tentative) }],
    ['malformed grids', { ...exportValide, productions: { persona: { niveaux: { ton: 9 } } } }],
    ['a huge export date', { ...exportValide, exporteLe: 'x'.repeat(41) }],
  ])('refuses %s', (_, brut) => {
    expect(ExportProgressionSchema.safeParse(brut).success).toBe(false);
  });
  it('names the attempt at fault in its issue path (the page quotes its number)', () => {
    const lu = ExportProgressionSchema.safeParse({
      ...exportValide,
      tentatives: [tentative, tentative, { ...tentative, date: 'hier' }],
    });
    expect(lu.success).toBe(false);
    expect(!lu.success && lu.error.issues[0].path.slice(0, 2)).toEqual(['tentatives', 2]);
  });
});
