import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  conditionDepuisSaisie,
  pageDe,
  requeteDepuisLignes,
  requeteParDefaut,
  villePrincipale,
  trierLignes,
  type LigneRequete,
} from '@lib/fichier/requetes-saisie.ts';
import { decrireRequete, filtrer } from '@lib/fichier/requetes.ts';
import type { Prospect } from '@lib/commun/prospect.ts';

const L = (
  lien: 'ET' | 'OU',
  champ: string,
  operateur: LigneRequete['operateur'],
  texte: string,
): LigneRequete => ({ lien, champ, operateur, texte });
const fichier = [
  { id: 'a', age: 22, ville: 'Rabat' },
  { id: 'b', age: 30, ville: 'Rabat' },
  { id: 'c', age: 19, ville: 'Salé' },
  { id: 'd', age: 45, ville: 'Témara' },
  { id: 'e', ville: 'Rabat' },
];

describe('conditionDepuisSaisie', () => {
  it('reads a French number for a numeric field', () => {
    expect(conditionDepuisSaisie({ champ: 'age', operateur: '<', texte: ' 25 ' })).toEqual({
      ok: true,
      valeur: { champ: 'age', operateur: '<', valeur: 25 },
    });
    expect(
      conditionDepuisSaisie({ champ: 'chiffreAffaires', operateur: '≥', texte: '1 500,5' }),
    ).toMatchObject({ ok: true, valeur: { valeur: 1500.5 } });
  });
  it('refuses a word where a number is expected, naming the field in French', () => {
    const r = conditionDepuisSaisie({ champ: 'age', operateur: '<', texte: 'vingt' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.erreur.message).toContain('«\u00a0âge\u00a0»');
      expect(r.erreur.champ).toBe('age');
    }
  });
  it('asks for a value, except for « est vide »', () => {
    expect(conditionDepuisSaisie({ champ: 'ville', operateur: '=', texte: '  ' }).ok).toBe(false);
    expect(conditionDepuisSaisie({ champ: 'ville', operateur: 'est vide', texte: '' })).toEqual({
      ok: true,
      valeur: { champ: 'ville', operateur: 'est vide' },
    });
  });
  it('turns a French date into ISO and refuses an impossible one', () => {
    expect(
      conditionDepuisSaisie({ champ: 'dateDernierContact', operateur: '<', texte: '1/9/2023' }),
    ).toMatchObject({ ok: true, valeur: { valeur: '2023-09-01' } });
    expect(
      conditionDepuisSaisie({ champ: 'dateDernierContact', operateur: '<', texte: '31/02/2023' })
        .ok,
    ).toBe(false);
  });
  it('reads oui / non, and refuses an order on a yes/no field', () => {
    expect(
      conditionDepuisSaisie({ champ: 'opposition', operateur: '=', texte: 'Oui' }),
    ).toMatchObject({ ok: true, valeur: { valeur: true } });
    expect(
      conditionDepuisSaisie({ champ: 'opposition', operateur: '=', texte: 'peut-être' }).ok,
    ).toBe(false);
    expect(conditionDepuisSaisie({ champ: 'bloctel', operateur: '<', texte: 'oui' }).ok).toBe(
      false,
    );
  });
});

describe('requeteDepuisLignes', () => {
  it('gives the lesson’s « âge < 25 ET ville = Rabat »', () => {
    const r = requeteDepuisLignes({
      lignes: [L('ET', 'age', '<', '25'), L('ET', 'ville', '=', 'rabat')],
    });
    expect(r.ok).toBe(true);
    if (!r.ok || !r.valeur) throw new Error();
    expect(decrireRequete({ requete: r.valeur })).toBe('âge < 25 ET ville = rabat');
    expect(
      filtrer({ lignes: fichier, requete: r.valeur }).ok &&
        filtrer({ lignes: fichier, requete: r.valeur }),
    ).toMatchObject({ valeur: [{ id: 'a' }] });
  });
  it('binds ET tighter than OU, and says so with parentheses', () => {
    const r = requeteDepuisLignes({
      lignes: [
        L('ET', 'ville', '=', 'Salé'),
        L('OU', 'ville', '=', 'Rabat'),
        L('ET', 'age', '<', '25'),
      ],
    });
    if (!r.ok || !r.valeur) throw new Error();
    expect(decrireRequete({ requete: r.valeur })).toBe(
      'ville = Salé OU (ville = Rabat ET âge < 25)',
    );
    const f = filtrer({ lignes: fichier, requete: r.valeur });
    expect(f.ok && f.valeur.map((x) => x.id)).toEqual(['a', 'c']);
  });
  it('reports errors per row and gives null without rows', () => {
    const r = requeteDepuisLignes({
      lignes: [L('ET', 'ville', '=', 'Rabat'), L('ET', 'age', '<', 'abc')],
    });
    expect(r).toEqual({ ok: false, erreurs: { 1: expect.stringMatching(/nombre/) } });
    expect(requeteDepuisLignes({ lignes: [] })).toMatchObject({ ok: true, valeur: null });
  });
});

describe('trierLignes and pageDe', () => {
  it('sorts numbers numerically, empty cells last, stable', () => {
    expect(
      trierLignes({ lignes: fichier, champ: 'age', sens: 'croissant' }).map((x) => x.id),
    ).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(
      trierLignes({ lignes: fichier, champ: 'age', sens: 'decroissant' }).map((x) => x.id),
    ).toEqual(['d', 'b', 'a', 'c', 'e']);
    expect(
      trierLignes({ lignes: fichier, champ: 'ville', sens: 'croissant' }).map((x) => x.id),
    ).toEqual(['a', 'b', 'e', 'c', 'd']);
  });
  it('sorting is a permutation; pages cover every row once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), n: fc.option(fc.integer(), { nil: undefined }) })),
        fc.integer({ min: 1, max: 30 }),
        (lignes, parPage) => {
          const t = trierLignes({ lignes, champ: 'n', sens: 'croissant' });
          expect(t.length).toBe(lignes.length);
          const { pages } = pageDe({ lignes: t, page: 1, parPage });
          const toutes = Array.from(
            { length: pages },
            (_, i) => pageDe({ lignes: t, page: i + 1, parPage }).lignes,
          ).flat();
          expect(toutes).toEqual(t);
        },
      ),
    );
  });
  it('clamps a page out of range', () => {
    expect(pageDe({ lignes: fichier, page: 9, parPage: 2 })).toMatchObject({
      page: 3,
      pages: 3,
      lignes: [{ id: 'e' }],
    });
    expect(pageDe({ lignes: [], page: 0, parPage: 20 })).toEqual({ lignes: [], page: 1, pages: 1 });
  });
});

describe('requeteParDefaut, villePrincipale', () => {
  // Only the fields the default query reads; the rest of a prospect does not matter here.
  const p = (type: 'B2B' | 'B2C', ville: string) => ({ type, ville }) as Prospect;

  it('des particuliers à Rabat (3 sur 4) : « âge < 25 ET ville = Rabat »', () => {
    const prospects = [p('B2C', 'Rabat'), p('B2C', 'Salé'), p('B2C', 'Rabat'), p('B2B', 'Rabat')];
    expect(villePrincipale({ prospects })).toBe('Rabat');
    expect(requeteParDefaut({ prospects })).toEqual([
      { lien: 'ET', champ: 'age', operateur: '<', texte: '25' },
      { lien: 'ET', champ: 'ville', operateur: '=', texte: 'Rabat' },
    ]);
  });

  it('des entreprises, surtout à Lyon : « taille = PME ET ville = Lyon »', () => {
    const prospects = [p('B2B', 'Villeurbanne'), p('B2B', 'Lyon'), p('B2C', 'Lyon')];
    expect(requeteParDefaut({ prospects })).toEqual([
      { lien: 'ET', champ: 'taille', operateur: '=', texte: 'PME' },
      { lien: 'ET', champ: 'ville', operateur: '=', texte: 'Lyon' },
    ]);
  });

  it('à égalité, la première ville rencontrée ; sans ville, Rabat (l’exemple du cours)', () => {
    expect(villePrincipale({ prospects: [p('B2B', 'Lyon'), p('B2B', 'Paris')] })).toBe('Lyon');
    expect(villePrincipale({ prospects: [p('B2B', '')] })).toBeUndefined();
    expect(requeteParDefaut({ prospects: [] })[1].texte).toBe('Rabat');
  });

  it('propriété : la ville choisie est au moins aussi fréquente que toute autre, et la requête est valide', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('B2B' as const, 'B2C' as const),
            fc.constantFrom('', 'A', 'B', 'C'),
          ),
          { maxLength: 40 },
        ),
        (brut) => {
          const prospects = brut.map(([type, ville]) => p(type, ville));
          const compte = (v: string | undefined) => prospects.filter((x) => x.ville === v).length;
          const v = villePrincipale({ prospects });
          const lignes = requeteParDefaut({ prospects });
          return (
            (v === undefined
              ? prospects.every((x) => !x.ville)
              : ['A', 'B', 'C'].every((autre) => compte(v) >= compte(autre))) &&
            requeteDepuisLignes({ lignes }).ok
          );
        },
      ),
    );
  });
});
