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
  test('issue 15 (« 1 lignes lues », « 1 ans ») : les grands nombres, les décimales, l’arrondi', () => {
    expect(accorder(1, 'ligne lue', 'lignes lues', { feminin: true })).toBe('1\u00a0ligne lue');
    expect(accorder(12000, 'ligne lue', 'lignes lues')).toBe('12\u202f000\u00a0lignes lues');
    expect(accorder(1234567, 'contact', 'contacts')).toBe('1\u202f234\u202f567\u00a0contacts');
    expect(accorder(1.5, 'an', 'ans', { decimales: 1 })).toBe('1,5\u00a0an');
    expect(accorder(2, 'an', 'ans', { decimales: 1 })).toBe('2\u00a0ans');
    // The word agrees with the number shown: 1,96 shown « 2 » is « 2 ans », 1,94 « 1,9 an ».
    expect(accorder(1.96, 'an', 'ans', { decimales: 1 })).toBe('2\u00a0ans');
    expect(accorder(1.94, 'an', 'ans', { decimales: 1 })).toBe('1,9\u00a0an');
    expect(accorder(-3, 'client', 'clients')).toBe('\u22123\u00a0clients');
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
