import { describe, expect, test } from 'vitest';
import { TRAVAIL_VIDE, validerOperation, validerTravail } from '@stores/travail.ts';
import { validerProspect } from '@stores/prospect-stocke.ts';
import { validerSaisieBudget, BUDGET_PAR_DEFAUT } from '@stores/budget.ts';
import type { Prospect } from '@lib/commun/prospect.ts';

const prospect: Prospect = {
  id: 'P1',
  nom: 'Martin',
  type: 'B2C',
  secteur: '',
  fonction: '',
  ville: 'Lyon',
  codePostal: '69003',
  pays: 'FR',
  telephone: '',
  email: '',
  source: 'salon',
  dateCollecte: '2024-01-01',
  dateDernierContact: '',
  consentementEmail: false,
  opposition: false,
  bloctel: false,
  temperature: 'suspect',
  ouvertures: 0,
  clics: 0,
  visitesSite: 0,
  demandeDevis: false,
  converti: false,
};
const valider = (t: unknown) => validerTravail(t, validerSaisieBudget);

describe('validerTravail', () => {
  test('la base de la méthode (D11) : gardée si elle est bien formée ; absente (version précédente) ou illisible, le travail se charge sans elle', () => {
    const t = { ...TRAVAIL_VIDE, selection: ['P1'], methode: 'telephone' };
    const base = { prospects: 1, empreinte: '0a1b2c3d', contacts: 1 };
    expect(valider({ ...t, baseMethode: base })).toEqual({ ...t, baseMethode: base });
    expect(valider(t)).toEqual(t);
    expect(valider({ ...t, baseMethode: { prospects: '1', empreinte: 3 } })).toEqual(t);
    // No method, no record.
    expect(valider({ ...t, methode: null, baseMethode: base })).toEqual({ ...t, methode: null });
  });
  test('accepte le travail vide et un travail complet', () => {
    expect(valider(TRAVAIL_VIDE)).toEqual(TRAVAIL_VIDE);
    const complet = {
      journal: [
        { type: 'modifier', id: 'P1', champ: 'email', valeur: 'a@b.fr' },
        { type: 'supprimer', ids: ['P2'] },
        { type: 'fusionner', ids: ['P3', 'P4'], garder: 'P3' },
      ],
      grille: {
        criteres: [
          { id: 's', nature: 'profil', champ: 'secteur', valeurs: { industrie: 20 } },
          {
            id: 'o',
            nature: 'engagement',
            champ: 'ouvertures',
            pointsParOccurrence: 2,
            plafond: 10,
          },
          {
            id: 'ca',
            nature: 'profil',
            champ: 'chiffreAffaires',
            tranches: [{ min: 0, max: 1e6, points: 5 }],
          },
        ],
        seuils: { chaud: 50, tiede: 20 },
      },
      selection: ['P1'],
      methode: 'telephone',
    };
    expect(valider(complet)).toEqual(complet);
  });

  test('migration (issue 20) : « entonnoir », jamais écrit, est lu sans erreur puis abandonné, même abîmé', () => {
    const etapes = [{ nom: 'RDV', min: 0.1, probable: 0.2, max: 0.3 }];
    expect(valider({ ...TRAVAIL_VIDE, entonnoir: { etapes, objectif: 12 } })).toEqual(TRAVAIL_VIDE);
    expect(valider({ ...TRAVAIL_VIDE, entonnoir: null })).toEqual(TRAVAIL_VIDE);
    expect(valider({ ...TRAVAIL_VIDE, entonnoir: { etapes: 'abîmé' } })).toEqual(TRAVAIL_VIDE);
  });

  test('migration (issue 14) : « plan », une copie de chiffres dérivés, est abandonné ; « budget » est adopté par budget-saisie.ts, puis disparaît du travail', () => {
    const ancien = {
      ...TRAVAIL_VIDE,
      budget: BUDGET_PAR_DEFAUT,
      plan: { effectifs: [800, 480, 96, 60, 15], cout: 17_200, tauxDeMarque: 0.25 },
    };
    expect(valider(ancien)).toEqual(TRAVAIL_VIDE);
    expect(valider({ ...TRAVAIL_VIDE, budget: null, plan: null })).toEqual(TRAVAIL_VIDE);
    // A damaged former budget or plan is dropped, never a reason to set the whole work aside.
    expect(
      valider({ ...TRAVAIL_VIDE, budget: { lignes: 'x' }, plan: { effectifs: [10, -1] } }),
    ).toEqual(TRAVAIL_VIDE);
  });

  test.each([
    ['pas un objet', 'texte'],
    ['journal absent', { ...TRAVAIL_VIDE, journal: undefined }],
    ['opération inconnue', { ...TRAVAIL_VIDE, journal: [{ type: 'effacer-tout' }] }],
    [
      'champ inconnu',
      {
        ...TRAVAIL_VIDE,
        journal: [{ type: 'modifier', id: 'P1', champ: 'motDePasse', valeur: 'x' }],
      },
    ],
    [
      'valeur objet',
      {
        ...TRAVAIL_VIDE,
        journal: [{ type: 'modifier', id: 'P1', champ: 'email', valeur: { a: 1 } }],
      },
    ],
    [
      'note NaN',
      {
        ...TRAVAIL_VIDE,
        grille: {
          criteres: [{ id: 's', nature: 'profil', champ: 'secteur', valeurs: { a: Number.NaN } }],
          seuils: { chaud: 1, tiede: 0 },
        },
      },
    ],
    ['sélection de nombres', { ...TRAVAIL_VIDE, selection: [1, 2] }],
  ])('refuse : %s', (_, brut) => {
    expect(valider(brut)).toBeUndefined();
  });
});

describe('validerOperation / validerProspect', () => {
  test('une opération valide est recopiée sans champ en trop', () => {
    expect(validerOperation({ type: 'supprimer', ids: ['P1'], pirate: true })).toEqual({
      type: 'supprimer',
      ids: ['P1'],
    });
  });

  test('un prospect relu d’IndexedDB est vérifié champ par champ', () => {
    expect(validerProspect(prospect)).toEqual(prospect);
    expect(
      validerProspect({
        ...prospect,
        raisonSociale: '<script>alert(1)</script>',
        taille: 'PME',
        age: 30,
      }),
    ).toBeDefined();
    expect(validerProspect({ ...prospect, type: 'B2X' })).toBeUndefined();
    expect(validerProspect({ ...prospect, ouvertures: -1 })).toBeUndefined();
    expect(validerProspect({ ...prospect, opposition: 'non' })).toBeUndefined();
    expect(validerProspect({ ...prospect, age: '30' })).toBeUndefined();
    expect(validerProspect({ ...prospect, inconnu: 1 })).toBeUndefined();
    expect(validerProspect({ ...prospect, taille: 'XXL' })).toBeUndefined();
    expect(validerProspect(null)).toBeUndefined();
  });
});

describe('partiesDuTravail (issue 15, cas 5)', () => {
  test('dit ce qu’un nouveau fichier effacerait, avec le bon accord', async () => {
    const { partiesDuTravail, TRAVAIL_VIDE } = await import('../../../src/stores/travail.ts').then(
      async (m) => ({ ...m, ...(await import('../../../src/lib/fichier/travail-parties.ts')) }),
    );
    expect(partiesDuTravail(TRAVAIL_VIDE)).toEqual([]);
    expect(
      partiesDuTravail({
        ...TRAVAIL_VIDE,
        journal: [{ type: 'supprimer', ids: ['a'] }],
        selection: ['a'],
        methode: 'telephone',
      }),
    ).toEqual([
      '1\u00a0opération de nettoyage',
      '1\u00a0prospect sélectionné',
      'la méthode choisie',
    ]);
    expect(
      partiesDuTravail({
        ...TRAVAIL_VIDE,
        journal: [
          { type: 'supprimer', ids: ['a'] },
          { type: 'supprimer', ids: ['b'] },
        ],
        selection: ['a', 'b'],
        grille: { criteres: [], seuils: { chaud: 70, tiede: 40 } },
      }),
    ).toEqual([
      '2\u00a0opérations de nettoyage',
      'la grille de scoring',
      '2\u00a0prospects sélectionnés',
    ]);
  });
});
