import { describe, expect, it } from 'vitest';
import {
  bilanNettoyage,
  champACorriger,
  fichesEnDouble,
  tauxDeDoublons,
  validerCorrection,
} from '@lib/fichier/nettoyage.ts';

describe('bilanNettoyage', () => {
  it('gives the lesson’s example: 800 rows, 712 usable, 89 %', () => {
    const r = bilanNettoyage({
      total: 800,
      retraits: { exacts: 18, probables: 10, perimees: 52, oppositions: 8 },
    });
    expect(r).toEqual({
      ok: true,
      valeur: { retirees: 88, restantes: 712, partExploitable: 0.89, partInutilisable: 0.11 },
    });
  });
  it('refuses impossible counts in French', () => {
    expect(bilanNettoyage({ total: 0, retraits: {} }).ok).toBe(false);
    expect(bilanNettoyage({ total: 10, retraits: { a: -1 } }).ok).toBe(false);
    expect(bilanNettoyage({ total: 10, retraits: { a: 11 } }).ok).toBe(false);
  });
});

describe('doublons', () => {
  it('a group of n rows costs n − 1', () => {
    expect(fichesEnDouble({ groupes: [{ ids: ['a', 'b'] }, { ids: ['c', 'd', 'e'] }] })).toBe(3);
    expect(
      tauxDeDoublons({ total: 300, groupes: [{ ids: ['a', 'b'] }, { ids: ['c', 'd', 'e'] }] }),
    ).toEqual({ ok: true, valeur: 0.01 });
    expect(tauxDeDoublons({ total: 1, groupes: [{ ids: ['c', 'd', 'e'] }] }).ok).toBe(false);
  });
});

describe('corrections', () => {
  it('picks the field a problem fixes', () => {
    expect(champACorriger({ type: 'email-invalide', prospect: {} })).toBe('email');
    expect(
      champACorriger({ type: 'adresse-incomplete', prospect: { ville: '', codePostal: '10000' } }),
    ).toBe('ville');
    expect(champACorriger({ type: 'identite-manquante', prospect: { type: 'B2B' } })).toBe(
      'raisonSociale',
    );
    expect(champACorriger({ type: 'doublon-exact', prospect: {} })).toBeNull();
  });
  it('checks a correction with the report’s rules', () => {
    expect(
      validerCorrection({ champ: 'email', texte: ' salma@exemple.ma ', prospect: { pays: 'MA' } }),
    ).toEqual({ ok: true, valeur: 'salma@exemple.ma' });
    const e = validerCorrection({
      champ: 'email',
      texte: 'salma@@exemple',
      prospect: { pays: 'MA' },
    });
    expect(e.ok === false && e.erreur.champ).toBe('email');
    expect(
      validerCorrection({ champ: 'telephone', texte: '0537 12 34 56', prospect: { pays: 'MA' } })
        .ok,
    ).toBe(true);
    expect(
      validerCorrection({ champ: 'telephone', texte: '0537 12 34', prospect: { pays: 'MA' } }).ok,
    ).toBe(false);
    expect(
      validerCorrection({ champ: 'codePostal', texte: '6900', prospect: { pays: 'FR' } }).ok,
    ).toBe(false);
    expect(validerCorrection({ champ: 'ville', texte: '', prospect: { pays: 'FR' } }).ok).toBe(
      false,
    );
  });
});
