import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  arrondiSuperieur,
  exigerFraction,
  exigerNombre,
  exigerPositif,
  exigerStrictementPositif,
  libelleChamp,
  nomChamp,
  resultat,
  uniteChamp,
} from '@lib/commun/champs.ts';

import type { Resultat } from '@lib/commun/resultat.ts';

const message = (r: Resultat<never> | undefined) => (r && !r.ok ? r.erreur.message : undefined);

describe('field names and French agreement', () => {
  it('labels and units', () => {
    expect(libelleChamp('coutAchatHT')).toBe('Coût d’achat HT');
    expect(libelleChamp('objectif')).toBe('Objectif');
    expect(libelleChamp('depenses')).toBe('Dépenses');
    expect(nomChamp('objectif')).toBe('l’objectif');
    expect(uniteChamp('tauxDeMarque')).toBe('taux');
  });

  it('agrees adjectives and verbs in gender and number', () => {
    expect(message(exigerPositif('prixVenteHT', -1))).toBe(
      'Le prix de vente HT ne peut pas être négatif.',
    );
    expect(message(exigerPositif('quantite', -1))).toBe('La quantité ne peut pas être négative.');
    expect(message(exigerPositif('depenses', -1))).toBe(
      'Les dépenses ne peuvent pas être négatives.',
    );
    expect(message(exigerStrictementPositif('chargesFixes', 0))).toBe(
      'Les charges fixes doivent être supérieures à 0.',
    );
    expect(message(exigerStrictementPositif('objectif', 0))).toBe(
      'L’objectif doit être supérieur à 0.',
    );
    expect(message(exigerFraction('tauxRemise', 2))).toBe(
      'Le taux de remise doit être compris entre 0\u202F% et 100\u202F%.',
    );
    expect(message(exigerNombre('valeurDepart', Number.NaN))).toBe(
      'La valeur de départ doit être un nombre.',
    );
  });

  it('accepts good values', () => {
    expect(exigerPositif('prixVenteHT', 0)).toBeUndefined();
    expect(exigerStrictementPositif('prixVenteHT', 1e-9)).toBeUndefined();
    expect(exigerFraction('tauxRemise', 1)).toBeUndefined();
  });
});

describe('resultat and arrondiSuperieur', () => {
  it('turns −0 into 0 and an overflow into an error', () => {
    const r = resultat(-0);
    expect(r.ok && Object.is(r.valeur, 0)).toBe(true);
    expect(resultat(Infinity).ok).toBe(false);
    expect(resultat(Number.NaN).ok).toBe(false);
  });

  it('rounds up counts without floating-point noise', () => {
    expect(arrondiSuperieur(1.1 / 0.1)).toBe(11);
    expect(arrondiSuperieur(200 * 0.15)).toBe(30);
    expect(arrondiSuperieur(3.0001)).toBe(4);
    expect(arrondiSuperieur(0)).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        (n) => arrondiSuperieur(n) === n && arrondiSuperieur(n + 0.5) === n + 1,
      ),
    );
  });
});
