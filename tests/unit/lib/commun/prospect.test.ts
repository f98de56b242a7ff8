import { describe, expect, it } from 'vitest';
import {
  CHAMPS_PROSPECT,
  LIBELLES_PROSPECT,
  nomAffiche,
  SOURCES_EXTERNES,
  SOURCES_INTERNES,
} from '@lib/commun/prospect.ts';
import { PREFIXES_CODE_POSTAL } from '@lib/fichier/codes-postaux.ts';
import { codePostalValide } from '@lib/fichier/coordonnees.ts';

describe('prospect', () => {
  it('labels every field once, in file order', () => {
    expect(Object.keys(LIBELLES_PROSPECT).sort()).toEqual([...CHAMPS_PROSPECT].sort());
    expect(new Set(CHAMPS_PROSPECT).size).toBe(CHAMPS_PROSPECT.length);
    expect(new Set([...SOURCES_INTERNES, ...SOURCES_EXTERNES]).size).toBe(9);
  });

  it('shows a company by its name and a person by « Prénom Nom »', () => {
    expect(
      nomAffiche({ prospect: { type: 'B2B', raisonSociale: 'Atlas Pack', nom: 'Idrissi' } }),
    ).toBe('Atlas Pack');
    expect(nomAffiche({ prospect: { type: 'B2C', prenom: 'Salma', nom: 'Idrissi' } })).toBe(
      'Salma Idrissi',
    );
    expect(nomAffiche({ prospect: { type: 'B2C' } })).toBe('');
  });

  it('gives postal-code prefixes that a valid code can start with', () => {
    for (const pays of ['FR', 'MA'] as const) {
      for (const [ville, prefixes] of Object.entries(PREFIXES_CODE_POSTAL[pays])) {
        for (const p of prefixes)
          expect(codePostalValide({ codePostal: p.padEnd(5, '1'), pays }), `${ville} ${p}`).toBe(
            true,
          );
      }
    }
  });
});
