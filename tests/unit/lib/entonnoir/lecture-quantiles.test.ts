import { describe, expect, test } from 'vitest';
import { lireQuantiles, type Compte } from '@lib/entonnoir/lecture-quantiles.ts';

const clients: Compte = { singulier: 'client', pluriel: 'clients', verbe: ['gagne', 'gagnent'] };
const commandes: Compte = {
  singulier: 'commande',
  pluriel: 'commandes',
  feminin: true,
  verbe: ['signe', 'signent'],
  decimales: 1,
};

describe('lireQuantiles (verif14 item 4 : « au moins aucun client », « plus de 1 client »)', () => {
  test('P10 = 0 : jamais « au moins aucun »', () => {
    expect(lireQuantiles({ p10: 0, p90: 1 }, clients)).toBe(
      'plus d’une campagne sur 10 ne gagne aucun\u00a0client, 1 sur 10 gagne plus d’un\u00a0client',
    );
  });
  test('P90 = 0 : jamais « plus de aucun »', () => {
    expect(lireQuantiles({ p10: 0, p90: 0 }, clients)).toBe(
      'au moins 9 campagnes sur 10 ne gagnent aucun\u00a0client',
    );
    expect(lireQuantiles({ p10: 0, p90: 0 }, commandes)).toBe(
      'au moins 9 campagnes sur 10 ne signent aucune\u00a0commande',
    );
  });
  test('1 et 2', () => {
    expect(lireQuantiles({ p10: 1, p90: 2 }, clients)).toBe(
      '9 campagnes sur 10 gagnent au moins 1\u00a0client, 1 sur 10 gagne plus de 2\u00a0clients',
    );
    expect(lireQuantiles({ p10: 2, p90: 1 }, commandes)).toContain('au moins 2\u00a0commandes');
    expect(lireQuantiles({ p10: 1, p90: 1 }, commandes)).toBe(
      '9 campagnes sur 10 signent au moins 1\u00a0commande, 1 sur 10 signe plus d’une\u00a0commande',
    );
  });
  test('les grands nombres gardent l’espace fine', () => {
    expect(lireQuantiles({ p10: 1200, p90: 3400 }, clients)).toBe(
      '9 campagnes sur 10 gagnent au moins 1\u202f200\u00a0clients, 1 sur 10 gagne plus de 3\u202f400\u00a0clients',
    );
  });
  test('jamais « de 0 », « de 1 », « de aucun » ni NaN', () => {
    for (const p10 of [0, 0.4, 1, 2, Number.NaN])
      for (const p90 of [0, 1, 1.04, 2, 7]) {
        const t = lireQuantiles({ p10, p90: Math.max(p10 || 0, p90) }, commandes);
        expect(t).not.toMatch(/au moins aucun|de aucun|de 1\u00a0|de 0\u00a0|NaN|\b1\u00a0\w+s\b/);
      }
  });
});
