import { describe, expect, test } from 'vitest';
import { correspond, mots, exact } from '../../../../src/lib/commun/recherche-mots.ts';

describe('correspond : un mot du texte répond-il au mot cherché ?', () => {
  test('le mot lui-même, sans casse ni accents', () => {
    expect(correspond('AIDA', 'aida')).toBe(true);
    expect(correspond('prospecté', 'prospecte')).toBe(true);
  });
  test('« AIDA » ne trouve pas « aide » ni « aider »', () => {
    expect(correspond('aide', 'AIDA')).toBe(false);
    expect(correspond('aider', 'aida')).toBe(false);
  });
  test('pluriels et formes du verbe', () => {
    expect(correspond('scoring', 'scorings')).toBe(true);
    expect(correspond('prospecter', 'prospectés')).toBe(true);
    expect(correspond('attrition', 'attritions')).toBe(true);
  });
  test('un début de mot, pendant la frappe', () => {
    expect(correspond('prospection', 'prosp')).toBe(true);
    expect(correspond('bloctel', 'bloc')).toBe(true);
  });
  test('exact : le mot tel quel, sans casse ni accents', () => {
    expect(exact('Aida', 'AIDA')).toBe(true);
    expect(exact('scoring', 'scorings')).toBe(false);
  });
  test('mots : découpe un texte français', () => {
    expect(mots('L’AIDA, c’est l’e-mail « taux de marque » !')).toEqual([
      'l',
      'aida',
      'c',
      'est',
      'l',
      'e',
      'mail',
      'taux',
      'de',
      'marque',
    ]);
  });
});
