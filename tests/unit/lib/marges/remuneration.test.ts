import { describe, expect, test } from 'vitest';
import { gainParVente, motsRemuneration } from '@lib/marges/remuneration.ts';

describe('motsRemuneration (verif14 item 5)', () => {
  test('une agence touche des commissions, un fabricant ou un revendeur une marge', () => {
    expect(motsRemuneration('commission').taux).toBe('taux de commission');
    expect(motsRemuneration('commission').gain).toBe('commissions');
    expect(motsRemuneration('marge').taux).toBe('taux de marque');
    expect(motsRemuneration(undefined)).toEqual(motsRemuneration('marge'));
  });
});

describe('gainParVente', () => {
  test('Hilal : la même soustraction, dite en prime et en part reversée à la compagnie', () => {
    expect(
      gainParVente({
        remuneration: 'commission',
        unite: 'contrat',
        nom: 'Hilal Conseil Assurances',
        prix: 4800,
        cout: 4017.6,
        devise: 'MAD',
      }),
    ).toBe(
      'la commission moyenne par contrat de Hilal Conseil Assurances\u202f: 4\u202f800\u00a0DH de prime − 4\u202f018\u00a0DH reversés à la compagnie = 782\u00a0DH (16,3\u202f% de la prime)',
    );
  });
  test('Vénimob : la marge d’une commande', () => {
    expect(
      gainParVente({
        remuneration: 'marge',
        unite: 'commande',
        nom: 'Vénimob',
        prix: 10000,
        cout: 6000,
        devise: 'EUR',
      }),
    ).toBe(
      'la marge moyenne par commande de Vénimob\u202f: 10\u202f000\u00a0€ − 6\u202f000\u00a0€ = 4\u202f000\u00a0€',
    );
  });
});
