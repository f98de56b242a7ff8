import { describe, expect, it } from 'vitest';
import { autreDevise, decimalesMontant } from '@lib/dossier/devise-saisie.ts';

describe('autreDevise (session 11 : « 3 000 € » tapé dans un dossier en DH)', () => {
  it('refuse l’euro dans un dossier en dirhams, en disant quoi faire', () => {
    expect(autreDevise({ texte: '3 000 €', devise: 'MAD' })).toBe(
      'Ce dossier compte en DH\u202f: tapez le montant en dirhams, sans «\u00a0€\u00a0» (la devise se change à l’étape 1).',
    );
    expect(autreDevise({ texte: '3000 EUR', devise: 'MAD' })).toMatch(/^Ce dossier compte en DH/);
  });
  it('refuse le dirham dans un dossier en euros', () => {
    expect(autreDevise({ texte: '3 000 DH', devise: 'EUR' })).toBe(
      'Ce dossier compte en euros\u202f: tapez le montant en euros, sans «\u00a0DH\u00a0» (la devise se change à l’étape 1).',
    );
    expect(autreDevise({ texte: '3 000 MAD', devise: 'EUR' })).toMatch(
      /^Ce dossier compte en euros/,
    );
    expect(autreDevise({ texte: '3 000 dhs', devise: 'EUR' })).toMatch(
      /^Ce dossier compte en euros/,
    );
  });
  it('laisse passer la bonne devise ou aucune', () => {
    for (const [texte, devise] of [
      ['3 000 €', 'EUR'],
      ['3 000', 'EUR'],
      ['3 000 DH', 'MAD'],
      ['3 000', 'MAD'],
      ['12,5 %', 'MAD'],
    ] as const)
      expect(autreDevise({ texte, devise })).toBeUndefined();
  });
});

describe('decimalesMontant (session 11 : 90 000 − 40 001 affiché 50 000)', () => {
  it('un montant tapé au centime garde ses centimes, comme ce qu’on en calcule par somme ou différence', () => {
    const cout = 25_000 + 12_000.5 + 3_000; // 40 000,50
    expect(decimalesMontant(cout)).toBe(2);
    expect(decimalesMontant(90_000 - cout)).toBe(2); // 49 999,50
  });
  it('un montant rond ou une moyenne reste sans centimes au-delà de 100', () => {
    expect(decimalesMontant(40_000)).toBe(0);
    expect(decimalesMontant(2_130_501 / 1_240)).toBe(0); // panier moyen 1 718,146…
  });
  it('sous 100, toujours au centime', () => {
    expect(decimalesMontant(12.3456)).toBe(2);
  });
});
