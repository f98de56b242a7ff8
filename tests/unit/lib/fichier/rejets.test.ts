import { describe, expect, it } from 'vitest';
import { lignesRejetees } from '@lib/fichier/rejets.ts';

describe('lignesRejetees (session 11 : « 2 lignes lues, 3 lignes rejetées »)', () => {
  it('compte les lignes, pas les raisons : une ligne refusée deux fois compte une fois', () => {
    // The tester's malformed file: line 2 too short, line 3 an open quote and a cell count.
    expect(lignesRejetees([{ ligne: 2 }, { ligne: 3 }, { ligne: 3 }])).toBe(2);
  });
  it('aucun rejet, aucune ligne', () => {
    expect(lignesRejetees([])).toBe(0);
  });
});
