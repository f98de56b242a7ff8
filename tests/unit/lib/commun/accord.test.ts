import { describe, expect, test } from 'vitest';
import { accorder, de, a, enumerer } from '@lib/commun/accord.ts';

describe('accorder', () => {
  test('0, 1 et plusieurs, avec l’espace insécable', () => {
    expect(accorder(0, 'commande', 'commandes', { feminin: true })).toBe('aucune\u00a0commande');
    expect(accorder(0, 'contact', 'contacts')).toBe('aucun\u00a0contact');
    expect(accorder(1, 'commande', 'commandes')).toBe('1\u00a0commande');
    expect(accorder(1.5, 'commande', 'commandes', { decimales: 1 })).toBe('1,5\u00a0commande');
    expect(accorder(2, 'commande', 'commandes')).toBe('2\u00a0commandes');
    expect(accorder(1234, 'contact', 'contacts')).toBe('1\u202f234\u00a0contacts');
    expect(accorder(0.4, 'commande', 'commandes', { feminin: true })).toBe('aucune\u00a0commande');
  });
});

describe('de, à : élision et contraction', () => {
  test('jamais « de le »', () => {
    expect(de('le budget du chapitre 9')).toBe('du budget du chapitre 9');
    expect(de('les taux')).toBe('des taux');
    expect(de('la marge')).toBe('de la marge');
    expect(de('l’entonnoir')).toBe('de l’entonnoir');
    expect(de('entonnoir')).toBe('d’entonnoir');
    expect(a('le chapitre 6')).toBe('au chapitre 6');
    expect(a('les étapes')).toBe('aux étapes');
    expect(enumerer(['a', 'b', 'c'])).toBe('a, b et c');
  });
});
