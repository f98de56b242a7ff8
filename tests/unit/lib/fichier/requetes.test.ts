import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decrireRequete,
  filtrer,
  OPERATEURS,
  requeteDepuisJSON,
  verifierRequete,
  type Requete,
} from '@lib/fichier/requetes.ts';
import { CHAMPS_PROSPECT } from '@lib/commun/prospect.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

const lignes = [
  {
    id: '1',
    nom: 'Benali',
    age: 22,
    ville: 'Rabat',
    email: 'a@x.ma',
    bloctel: false,
    dateCollecte: '2022-05-01',
    chiffreAffaires: undefined,
  },
  {
    id: '2',
    nom: 'Élise Durand',
    age: 31,
    ville: 'RABAT',
    email: '',
    bloctel: true,
    dateCollecte: '2024-01-15',
    chiffreAffaires: undefined,
  },
  {
    id: '3',
    nom: 'Chraibi',
    age: 24,
    ville: 'Salé',
    email: 'c@x.ma',
    bloctel: false,
    dateCollecte: '2023-03-03',
    chiffreAffaires: undefined,
  },
  {
    id: '4',
    nom: 'Alaoui',
    age: 19,
    ville: 'rabat ',
    email: 'd@x.ma',
    bloctel: false,
    dateCollecte: '2021-12-31',
    chiffreAffaires: undefined,
  },
  {
    id: '5',
    nom: 'Atlas Pack',
    age: undefined,
    ville: '',
    email: 'e@x.ma',
    bloctel: false,
    dateCollecte: '2024-06-01',
    chiffreAffaires: 1250000.5,
  },
];
const ids = (requete: Requete) => v(filtrer({ lignes, requete })).map((l) => l.id);

describe('filtrer', () => {
  it('answers « âge < 25 ET ville = Rabat » ignoring case, accents and spaces', () => {
    expect(
      ids({
        et: [
          { champ: 'age', operateur: '<', valeur: 25 },
          { champ: 'ville', operateur: '=', valeur: 'rabat' },
        ],
      }),
    ).toEqual(['1', '4']);
  });

  it('combines ET and OU', () => {
    const q: Requete = {
      et: [
        {
          ou: [
            { champ: 'ville', operateur: '=', valeur: 'Rabat' },
            { champ: 'ville', operateur: '=', valeur: 'sale' },
          ],
        },
        { champ: 'age', operateur: '≤', valeur: '24' },
      ],
    };
    expect(ids(q)).toEqual(['1', '3', '4']);
  });

  it('supports every operator', () => {
    expect(ids({ champ: 'age', operateur: '≥', valeur: 24 })).toEqual(['2', '3']);
    expect(ids({ champ: 'age', operateur: '>', valeur: 24 })).toEqual(['2']);
    expect(ids({ champ: 'ville', operateur: '≠', valeur: 'Rabat' })).toEqual(['3', '5']);
    expect(ids({ champ: 'nom', operateur: 'contient', valeur: 'dur' })).toEqual(['2']);
    expect(ids({ champ: 'nom', operateur: 'commence par', valeur: 'eli' })).toEqual(['2']);
    expect(ids({ champ: 'email', operateur: 'est vide' })).toEqual(['2']);
    expect(ids({ champ: 'age', operateur: 'n’est pas vide' })).toEqual(['1', '2', '3', '4']);
    expect(ids({ champ: 'bloctel', operateur: '=', valeur: 'oui' })).toEqual(['2']);
    expect(ids({ champ: 'bloctel', operateur: '=', valeur: false })).toEqual(['1', '3', '4', '5']);
    expect(ids({ champ: 'dateCollecte', operateur: '<', valeur: '2023-01-01' })).toEqual([
      '1',
      '4',
    ]);
    expect(ids({ champ: 'chiffreAffaires', operateur: '>', valeur: '1 000 000,25' })).toEqual([
      '5',
    ]);
  });

  it('refuses malformed queries in French', () => {
    expect(erreur(filtrer({ lignes, requete: { champ: 'age', operateur: '<' } }))?.message).toBe(
      'La condition sur «\u00a0age\u00a0» demande une valeur.',
    );
    expect(erreur(filtrer({ lignes, requete: { et: [] } }))?.message).toBe(
      'Un groupe ET / OU doit contenir au moins une condition.',
    );
    expect(
      erreur(filtrer({ lignes, requete: { champ: 'age', operateur: '~' as '=', valeur: 1 } }))
        ?.message,
    ).toBe('L’opérateur «\u00a0~\u00a0» est inconnu.');
    expect(
      erreur(
        filtrer({
          lignes,
          requete: { champ: 'pointure', operateur: '=', valeur: 42 },
          champs: CHAMPS_PROSPECT,
        }),
      )?.message,
    ).toBe('Le champ «\u00a0pointure\u00a0» n’existe pas dans le fichier.');
  });
});

describe('permalinks and description', () => {
  const q: Requete = {
    et: [
      { champ: 'age', operateur: '<', valeur: 25 },
      {
        ou: [
          { champ: 'ville', operateur: '=', valeur: 'Rabat' },
          { champ: 'ville', operateur: '=', valeur: 'Salé' },
        ],
      },
    ],
  };

  it('round-trips through JSON', () => {
    expect(v(requeteDepuisJSON({ texte: JSON.stringify(q) }))).toEqual(q);
    expect(erreur(requeteDepuisJSON({ texte: '{oops' }))?.message).toBe(
      'Le lien ne contient pas une requête lisible.',
    );
    expect(erreur(requeteDepuisJSON({ texte: '42' }))?.champ).toBe('requete');
    let profond: Requete = { champ: 'age', operateur: '<', valeur: 1 };
    for (let i = 0; i < 12; i++) profond = { et: [profond] };
    expect(erreur(verifierRequete({ requete: profond }))?.message).toBe(
      'La requête imbrique trop de parenthèses.',
    );
  });

  it('describes a query in French, with parentheses where ET and OU mix', () => {
    expect(
      decrireRequete({
        requete: {
          et: [
            { champ: 'age', operateur: '<', valeur: 25 },
            { champ: 'ville', operateur: '=', valeur: 'Rabat' },
          ],
        },
      }),
    ).toBe('âge < 25 ET ville = Rabat');
    expect(decrireRequete({ requete: q })).toBe('âge < 25 ET (ville = Rabat OU ville = Salé)');
    expect(decrireRequete({ requete: { champ: 'email', operateur: 'est vide' } })).toBe(
      'e-mail est vide',
    );
    expect(
      decrireRequete({ requete: { champ: 'chiffreAffaires', operateur: '≥', valeur: 1500000 } }),
    ).toBe('chiffre d’affaires ≥ 1\u202f500\u202f000');
  });

  it('property: any well-formed query filters without throwing, and ET ⊆ each part', () => {
    const condition = fc.record({
      champ: fc.constantFrom('age', 'ville', 'nom', 'email', 'bloctel', 'dateCollecte'),
      operateur: fc.constantFrom(...OPERATEURS),
      valeur: fc.oneof(fc.string(), fc.integer(), fc.boolean()),
    });
    fc.assert(
      fc.property(condition, condition, (a, b) => {
        const et = ids({ et: [a, b] }),
          ou = ids({ ou: [a, b] });
        for (const id of et) expect(ids(a).includes(id) && ids(b).includes(id)).toBe(true);
        expect(ou.length).toBeGreaterThanOrEqual(Math.max(ids(a).length, ids(b).length));
        expect(typeof decrireRequete({ requete: { ou: [a, b] } })).toBe('string');
      }),
    );
  });
});
