import { describe, expect, it } from 'vitest';
import { majuscule } from '@lib/commun/majuscule.ts';

describe('majuscule', () => {
  it('capitalises the first letter only, accents included', () => {
    expect(majuscule('la marge unitaire')).toBe('La marge unitaire');
    expect(majuscule('écart de 2 visites')).toBe('Écart de 2 visites');
    expect(majuscule('« Sadaf »')).toBe('« Sadaf »');
    expect(majuscule('')).toBe('');
  });
});
