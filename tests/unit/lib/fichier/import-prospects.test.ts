import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decoderOctets, lireCsv, type TableauCsv } from '@lib/fichier/csv.ts';
import { devinerCorrespondance, verifierCorrespondance } from '@lib/fichier/correspondance.ts';
import {
  convertirLignes,
  ENTETES_EXPORT,
  exporterProspects,
  type OptionsImport,
} from '@lib/fichier/import-prospects.ts';
import { rapportQualite } from '@lib/fichier/qualite.ts';
import type { Prospect } from '@lib/commun/prospect.ts';

const OPTIONS: OptionsImport = { pays: 'FR', source: 'fichier-achete', aujourdhui: '2026-11-23' };

function tableau(nom: string): TableauCsv {
  const r = lireCsv({
    texte: decoderOctets({
      octets: new Uint8Array(readFileSync(new URL(`../../../fixtures/${nom}`, import.meta.url))),
    }).texte,
  });
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
}

function importer(t: TableauCsv, options = OPTIONS) {
  const c = verifierCorrespondance({
    correspondance: devinerCorrespondance({ entetes: t.entetes }),
    entetes: t.entetes,
  });
  if (!c.ok) throw new Error(c.erreur.message);
  return convertirLignes({ tableau: t, correspondance: c.valeur, options });
}

describe('devinerCorrespondance', () => {
  test('en-têtes d’un Excel français', () => {
    expect(
      devinerCorrespondance({ entetes: tableau('excel-fr-windows-1252.csv').entetes }),
    ).toEqual([
      'raisonSociale',
      'nom',
      'prenom',
      'fonction',
      'telephone',
      'email',
      'ville',
      'codePostal',
      'age',
      'type',
      'dateCollecte',
      'opposition',
      null,
    ]);
  });

  test('en-têtes anglais', () => {
    expect(devinerCorrespondance({ entetes: tableau('utf8-bom-virgule.csv').entetes })).toEqual([
      'raisonSociale',
      'nom',
      'prenom',
      'fonction',
      'telephone',
      'email',
      'ville',
      'codePostal',
      'pays',
      'temperature',
      'dateCollecte',
    ]);
  });

  test('les identifiants des champs et nos propres en-têtes d’export reviennent à leur champ ; un champ n’est pris qu’une fois', () => {
    expect(
      devinerCorrespondance({
        entetes: ['raisonSociale', 'codePostal', 'dateDernierContact', 'visitesSite'],
      }),
    ).toEqual(['raisonSociale', 'codePostal', 'dateDernierContact', 'visitesSite']);
    expect(devinerCorrespondance({ entetes: ENTETES_EXPORT })).toEqual(
      ENTETES_EXPORT.map((_, i) => devinerCorrespondance({ entetes: ENTETES_EXPORT })[i]),
    );
    expect(devinerCorrespondance({ entetes: ENTETES_EXPORT }).every((c) => c !== null)).toBe(true);
    expect(devinerCorrespondance({ entetes: ['Mail', 'Courriel', 'Remarques'] })).toEqual([
      'email',
      null,
      null,
    ]);
  });

  test('verifierCorrespondance refuse un champ rempli deux fois, ou rien pour identifier un prospect', () => {
    const r = verifierCorrespondance({
      correspondance: ['email', 'email'],
      entetes: ['Mail', 'Courriel'],
    });
    expect(!r.ok && r.erreur.message).toBe(
      'Les colonnes «\u00a0Mail\u00a0» et «\u00a0Courriel\u00a0» remplissent toutes deux le champ «\u00a0e-mail\u00a0»\u202f: ignorez l’une des deux.',
    );
    expect(
      verifierCorrespondance({ correspondance: ['ville', null], entetes: ['Ville', 'X'] }).ok,
    ).toBe(false);
    expect(verifierCorrespondance({ correspondance: ['ville'], entetes: ['Ville', 'X'] }).ok).toBe(
      false,
    );
  });
});

describe('convertirLignes', () => {
  test('fichier Excel Windows-1252 : les lignes mauvaises sont rejetées avec leur numéro et la raison, les autres gardées', () => {
    const r = importer(tableau('excel-fr-windows-1252.csv'));
    expect(r.rejets.map((x) => [x.ligne, x.champ])).toEqual([
      [6, 'age'],
      [7, 'dateCollecte'],
      [8, undefined],
      [9, undefined],
      [10, 'type'],
    ]);
    expect(r.rejets[0].raison).toBe(
      'âge\u202f: «\u00a0abc\u00a0» n’est pas un nombre entier entre 0 et 130.',
    );
    expect(r.rejets[1].raison).toBe(
      'date de collecte\u202f: date «\u00a031/02/2024\u00a0» impossible.',
    );
    expect(r.rejets[2].raison).toMatch(/^15 cellules pour 13 colonnes/);
    expect(r.rejets[3].raison).toMatch(/^7 cellules pour 13 colonnes/);
    expect(r.rejets[4].raison).toMatch(/^type\u202f: valeur «\u00a0XYZ\u00a0» inconnue/);
    expect(r.lignesLues).toBe(9);
    expect(r.lignesVides).toBe(1);
    const [sge, cafe, boulangerie, fes] = r.prospects;
    expect(r.prospects).toHaveLength(4);
    expect(sge.id).toMatch(/^H[0-9a-z]+$/);
    expect(sge).toMatchObject({
      raisonSociale: 'Société Générale d’Emballage',
      prenom: 'Karim',
      type: 'B2B',
      dateCollecte: '2024-03-15',
      opposition: false,
      pays: 'FR',
      source: 'fichier-achete',
      temperature: 'suspect',
    });
    expect(cafe.id).toMatch(/^H[0-9a-z]+$/);
    expect(cafe.id).not.toBe(sge.id);
    expect(cafe).toMatchObject({
      raisonSociale: 'Café Crème & Cie',
      type: 'B2B',
      dateCollecte: '2023-11-02',
    });
    expect(boulangerie).toMatchObject({
      raisonSociale: 'Boulangerie Œuvre',
      prenom: 'Ève',
      codePostal: '01000',
      opposition: true,
    });
    expect(fes).toMatchObject({
      raisonSociale: 'Délices de Fès',
      ville: 'Casablanca',
      dateCollecte: '2024-06-30',
    });
    expect('Commentaire' in sge).toBe(false);
  });

  test('valeurs anglaises, pays et température lus ; un prospect importé passe dans le rapport qualité', () => {
    const r = importer(tableau('utf8-bom-virgule.csv'));
    expect(r.rejets).toEqual([]);
    expect(r.prospects[0]).toMatchObject({
      pays: 'MA',
      temperature: 'tiede',
      fonction: 'Purchasing manager',
    });
    expect(r.prospects[1]).toMatchObject({
      raisonSociale: 'Dupont, Fils et Cie',
      fonction: 'CEO "founder"',
      temperature: 'chaud',
      pays: 'FR',
    });
    const q = rapportQualite({ prospects: r.prospects, aujourdhui: OPTIONS.aujourdhui });
    expect(q.ok && q.valeur.total).toBe(2);
  });

  test('contenu hostile : gardé tel quel comme texte, caractères de contrôle retirés, cellule démesurée refusée', () => {
    const t = tableau('hostile.csv');
    const r = importer(t);
    expect(r.rejets).toEqual([]);
    expect(r.prospects.map((p) => p.raisonSociale)).toEqual([
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned=2">',
      'A'.repeat(3000),
      'ContrôleSA',
      '<svg onload="window.__pwned=3">',
    ]);
    expect(r.cellulesNettoyees).toBe(1);
    expect(r.prospects[0].fonction).toBe('=HYPERLINK("http://exemple.invalid";"clic")');
    const enorme = convertirLignes({
      tableau: { ...t, lignes: [['x'.repeat(10_001), 'N', 'e@x.fr', 'Lyon', 'f']], numeros: [2] },
      correspondance: devinerCorrespondance({ entetes: t.entetes }),
      options: OPTIONS,
    });
    expect(enorme.rejets).toEqual([
      {
        ligne: 2,
        champ: 'raisonSociale',
        raison: 'raison sociale\u202f: valeur de 10001 caractères, au-delà de 10000.',
      },
    ]);
  });

  test('identifiants : repris de la colonne, doublon refusé, sinon générés d’après la ligne', () => {
    const t: TableauCsv = {
      entetes: ['Id', 'Nom'],
      lignes: [
        ['A1', 'Martin'],
        ['A1', 'Durand'],
        ['', 'Petit'],
        ['L5', 'Roux'],
      ],
      numeros: [2, 3, 4, 5],
      separateur: ';',
      lignesVides: 0,
      erreurs: [],
    };
    const r = importer(t);
    expect(r.prospects.map((p) => p.id)).toEqual([
      'A1',
      expect.stringMatching(/^H[0-9a-z]+$/),
      'L5',
    ]);
    expect(r.rejets).toEqual([
      { ligne: 3, champ: 'id', raison: 'identifiant «\u00a0A1\u00a0» déjà utilisé ligne 2.' },
    ]);
    const sans = importer({
      ...t,
      entetes: ['Nom', 'Ville'],
      lignes: [
        ['', ''],
        ['Petit', 'Lyon'],
      ],
      numeros: [2, 3],
    });
    expect(sans.rejets[0]).toEqual({
      ligne: 2,
      raison:
        'ni raison sociale, ni nom, ni e-mail, ni téléphone\u202f: ce prospect ne peut pas être identifié.',
    });
  });
});

const prospect = fc.record(
  {
    id: fc.stringMatching(/^[A-Z][0-9]{1,5}$/),
    raisonSociale: fc.option(
      fc
        .string({ minLength: 1, maxLength: 30 })
        // eslint-disable-next-line no-control-regex -- control characters are what this rejects
        .filter((s) => s.trim() === s && s !== '' && !/[\u0000-\u001f\u007f]/.test(s)),
      { nil: undefined },
    ),
    nom: fc.constantFrom(
      'Martin',
      'Benali',
      'Lefèvre',
      '=Dupont',
      '-Tiret',
      '@Arobase',
      'O’Brien; "fils"',
    ),
    type: fc.constantFrom('B2B', 'B2C'),
    secteur: fc.constantFrom('', 'agroalimentaire', 'cosmétique'),
    taille: fc.option(fc.constantFrom('TPE', 'PME', 'ETI', 'GE'), { nil: undefined }),
    chiffreAffaires: fc.option(
      fc.integer({ min: 0, max: 1e9 }).map((n) => n / 100),
      { nil: undefined },
    ),
    fonction: fc.constantFrom('', 'Gérant', 'Responsable achats\nsite de Lyon'),
    age: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    ville: fc.constantFrom('Lyon', 'Rabat', ''),
    codePostal: fc.constantFrom('69003', '10000', ''),
    pays: fc.constantFrom('FR', 'MA'),
    telephone: fc.constantFrom('', '+33 4 72 10 20 30', '06 12 34 56 78'),
    email: fc.constantFrom('', 'a@b.fr', 'mauvais@'),
    source: fc.constantFrom(
      'force-de-vente',
      'marketing',
      'comptabilite',
      'annuaire',
      'fichier-achete',
      'salon',
      'site-web',
      'parrainage',
      'reseau-social',
    ),
    dateCollecte: fc.constantFrom('2021-01-31', '2024-02-29'),
    dateDernierContact: fc.constantFrom('', '2025-12-01'),
    consentementEmail: fc.boolean(),
    opposition: fc.boolean(),
    bloctel: fc.boolean(),
    temperature: fc.constantFrom('suspect', 'froid', 'tiede', 'chaud'),
    ouvertures: fc.nat(50),
    clics: fc.nat(50),
    visitesSite: fc.nat(50),
    demandeDevis: fc.boolean(),
    converti: fc.boolean(),
    dateRefus: fc.option(fc.constant('2025-06-01'), { nil: undefined }),
  },
  {
    requiredKeys: [
      'id',
      'nom',
      'type',
      'secteur',
      'fonction',
      'ville',
      'codePostal',
      'pays',
      'telephone',
      'email',
      'source',
      'dateCollecte',
      'dateDernierContact',
      'consentementEmail',
      'opposition',
      'bloctel',
      'temperature',
      'ouvertures',
      'clics',
      'visitesSite',
      'demandeDevis',
      'converti',
    ],
  },
) as fc.Arbitrary<Prospect>;

describe('aller-retour export → import', () => {
  test('propriété : un fichier exporté puis réimporté redonne les mêmes prospects', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(prospect, { selector: (p) => p.id, minLength: 1, maxLength: 20 }),
        (prospects) => {
          const csv = exporterProspects({ prospects });
          expect(csv.startsWith('\uFEFF')).toBe(true);
          const r = importer(tableau2(csv), {
            pays: 'FR',
            source: 'salon',
            aujourdhui: '2000-01-01',
          });
          expect(r.rejets).toEqual([]);
          expect(r.prospects).toEqual(
            prospects.map((p) => ({ ...p, fonction: p.fonction.trim() })),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  test('les cellules dangereuses sortent neutralisées', () => {
    const csv = exporterProspects({
      prospects: [{ ...basique, nom: '=1+1', telephone: '+33 4 72 10 20 30' }],
    });
    expect(csv).toContain(";'=1+1;");
    expect(csv).toContain(";'+33 4 72 10 20 30;");
  });
});

const basique: Prospect = {
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

function tableau2(csv: string): TableauCsv {
  const r = lireCsv({ texte: decoderOctets({ octets: new TextEncoder().encode(csv) }).texte });
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
}

describe('identifiants sans colonne (issue 15, cas 9)', () => {
  test('la même personne garde le sien, une autre au même rang en a un autre, les lignes identiques sont comptées', () => {
    const t = (lignes: string[][]): TableauCsv => ({
      entetes: ['Nom', 'Prénom', 'Ville'],
      lignes,
      numeros: lignes.map((_, k) => k + 2),
      separateur: ';',
      lignesVides: 0,
      erreurs: [],
    });
    const ids = (lignes: string[][]) => importer(t(lignes)).prospects.map((p) => p.id);
    const [martin, durand] = ids([
      ['Martin', 'Paul', 'Lyon'],
      ['Durand', 'Anne', 'Lyon'],
    ]);
    const [martin2, roux] = ids([
      ['Martin', 'Paul', 'Lyon'],
      ['Roux', 'Léa', 'Lyon'],
    ]);
    expect(martin2).toBe(martin);
    expect(roux).not.toBe(durand);
    expect(
      ids([
        ['Durand', 'Anne', 'Lyon'],
        ['Martin', 'Paul', 'Lyon'],
      ]),
    ).toEqual([durand, martin]);
    expect(
      ids([
        ['Martin', 'Paul', 'Lyon'],
        ['Martin', 'Paul', 'Lyon'],
        ['Martin', 'Paul', 'Lyon'],
      ]),
    ).toEqual([martin, `${martin}-2`, `${martin}-3`]);
  });
});
