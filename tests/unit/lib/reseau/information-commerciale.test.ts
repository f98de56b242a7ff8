import { describe, expect, it } from 'vitest';
import { CHECKLIST_RGPD, validerCoches } from '@lib/reseau/information-commerciale.ts';
import { REGLES } from '@lib/droit/index.ts';

describe('CHECKLIST_RGPD', () => {
  it('has unique ids and a one-line explanation for every point', () => {
    expect(new Set(CHECKLIST_RGPD.map((p) => p.id)).size).toBe(CHECKLIST_RGPD.length);
    for (const p of CHECKLIST_RGPD) {
      expect(p.explication).not.toMatch(/\n/);
      expect(p.explication.length).toBeLessThan(130);
    }
  });
  it('names only rules that exist, in both countries where the point depends on the law', () => {
    const ids = new Set(REGLES.map((r) => r.id));
    for (const p of CHECKLIST_RGPD) for (const id of p.regles ?? []) expect(ids).toContain(id);
    expect(CHECKLIST_RGPD.map((p) => `${p.libelle} ${p.explication}`).join(' ')).not.toMatch(
      /Bloctel/,
    );
  });
});

describe('validerCoches', () => {
  it('keeps known ids once, drops ids the checklist no longer has', () => {
    expect(validerCoches(['finalite', 'finalite', 'ancien-point', 'bloctel', 'telephone'])).toEqual(
      ['finalite', 'telephone'],
    );
    expect(validerCoches([])).toEqual([]);
  });
  it('refuses anything that is not a list of strings', () => {
    for (const brut of [
      undefined,
      null,
      'finalite',
      { finalite: true },
      [1, 2],
      Array(101).fill('x'),
    ])
      expect(validerCoches(brut)).toBeUndefined();
  });
});
