import { describe, expect, test } from 'vitest';
import { appliquerJournal, fusionner, type OperationNettoyage } from '@lib/fichier/journal.ts';
import type { Prospect } from '@lib/commun/prospect.ts';

const base: Prospect = {
  id: 'P1',
  raisonSociale: 'Emballages du Sud',
  type: 'B2B',
  secteur: 'agroalimentaire',
  fonction: '',
  ville: 'Casablanca',
  codePostal: '20250',
  pays: 'MA',
  telephone: '',
  email: 'achats@eds.ma',
  source: 'salon',
  dateCollecte: '2024-03-01',
  dateDernierContact: '2025-01-10',
  consentementEmail: true,
  opposition: false,
  bloctel: false,
  temperature: 'tiede',
  ouvertures: 2,
  clics: 1,
  visitesSite: 0,
  demandeDevis: false,
  converti: false,
};
const fichier: Prospect[] = [
  base,
  {
    ...base,
    id: 'P2',
    raisonSociale: 'EMBALLAGES DU SUD SARL',
    telephone: '0522 45 67 89',
    fonction: 'Acheteur',
    dateCollecte: '2023-06-01',
    dateDernierContact: '2025-06-01',
    consentementEmail: false,
    opposition: true,
    ouvertures: 3,
  },
  { ...base, id: 'P3', raisonSociale: 'Cartonnages Atlas', email: 'atlas@', ouvertures: 0 },
];

describe('fusionner', () => {
  test('garde la ligne choisie, complète ses champs vides, ne perd aucune opposition, additionne les signaux', () => {
    const r = fusionner({ garder: fichier[0], autres: [fichier[1]] });
    expect(r).toEqual({
      ...base,
      telephone: '0522 45 67 89',
      fonction: 'Acheteur',
      dateCollecte: '2023-06-01',
      dateDernierContact: '2025-06-01',
      consentementEmail: false,
      opposition: true,
      ouvertures: 5,
      clics: 2,
    });
    expect(r.raisonSociale).toBe('Emballages du Sud');
  });
});

describe('appliquerJournal', () => {
  test('un journal vide rend l’original (c’est « Réinitialiser »), sans le modifier', () => {
    const avant = structuredClone(fichier);
    const r = appliquerJournal({ prospects: fichier, journal: [] });
    expect(r).toEqual({ prospects: fichier, ignorees: [] });
    expect(fichier).toEqual(avant);
  });

  test('modifier, fusionner, supprimer se rejouent dans l’ordre ; l’original reste intact', () => {
    const avant = structuredClone(fichier);
    const journal: OperationNettoyage[] = [
      { type: 'modifier', id: 'P3', champ: 'email', valeur: 'contact@atlas.ma' },
      { type: 'fusionner', ids: ['P1', 'P2'], garder: 'P1' },
      { type: 'modifier', id: 'P1', champ: 'fonction', valeur: null },
      { type: 'modifier', id: 'P1', champ: 'raisonSociale', valeur: null },
    ];
    const r = appliquerJournal({ prospects: fichier, journal });
    expect(r.ignorees).toEqual([]);
    expect(r.prospects.map((p) => p.id)).toEqual(['P1', 'P3']);
    expect(r.prospects[1].email).toBe('contact@atlas.ma');
    expect(r.prospects[0].fonction).toBe('');
    expect('raisonSociale' in r.prospects[0]).toBe(false);
    expect(r.prospects[0].opposition).toBe(true);
    expect(fichier).toEqual(avant);
    const moinsUne = appliquerJournal({ prospects: fichier, journal: journal.slice(0, -1) });
    expect(moinsUne.prospects[0].raisonSociale).toBe('Emballages du Sud');
  });

  test('une opération devenue sans objet est ignorée et signalée, jamais une erreur', () => {
    const r = appliquerJournal({
      prospects: fichier,
      journal: [
        { type: 'supprimer', ids: ['P2'] },
        { type: 'modifier', id: 'P2', champ: 'email', valeur: 'x@y.fr' },
        { type: 'fusionner', ids: ['P1', 'P2'], garder: 'P1' },
        { type: 'supprimer', ids: ['P9'] },
        { type: 'modifier', id: 'P1', champ: 'id', valeur: 'P7' },
        { type: 'supprimer', ids: ['P3', 'P9'] },
      ],
    });
    expect(r.ignorees).toEqual([1, 2, 3, 4]);
    expect(r.prospects.map((p) => p.id)).toEqual(['P1']);
  });

  test('10 000 lignes et 1 000 opérations : bien sous la frame', () => {
    const grand = Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `P${i}` }));
    const journal: OperationNettoyage[] = Array.from({ length: 1000 }, (_, i) =>
      i % 2
        ? { type: 'supprimer', ids: [`P${i}`] }
        : { type: 'modifier', id: `P${i}`, champ: 'ville', valeur: 'Rabat' },
    );
    const t0 = performance.now();
    const r = appliquerJournal({ prospects: grand, journal });
    expect(performance.now() - t0).toBeLessThan(50);
    expect(r.prospects).toHaveLength(9500);
  });
});
