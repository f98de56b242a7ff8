/**
 * Every committed file passes the dataset schemas, and a bad value is reported with the file,
 * the line and the field, in French.
 */
import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAMPS_PROSPECT } from '../../../src/lib/commun/prospect.ts';
import { ProspectLigneSchema, VenteLigneSchema } from '../../../src/schemas/datasets.ts';
import {
  analyserDataset,
  formaterErreurDataset,
  type TextesDataset,
} from '../../../src/schemas/valider-dataset.ts';
import { DOSSIER_DATASETS } from '../../../outils/generate-datasets.ts';
import { validerDataset } from '../../../outils/valider-dataset.ts';
import { dataset, IDS, textesCommis } from './aide-datasets.ts';

/** A copy of a company's texts with one line of one file replaced. */
function remplacer(
  id: string,
  fichier: keyof TextesDataset,
  ligne: number,
  modifier: (l: string) => string,
): TextesDataset {
  const t = { ...textesCommis(id) };
  const lignes = t[fichier].split('\n');
  lignes[ligne - 1] = modifier(lignes[ligne - 1]);
  t[fichier] = lignes.join('\n');
  return t;
}

describe('committed datasets', () => {
  it.each(IDS)('%s passes every schema and cross-file check', (id) => {
    const r = validerDataset({ dossier: join(DOSSIER_DATASETS, id) });
    expect(r.ok ? 'conforme' : r.erreur.message).toBe('conforme');
  });

  it.each([
    ['emballages-casablanca', 300, 1000],
    ['assurances-rabat', 300, 1000],
    ['mobilier-lyon', 300, 1000],
  ])(
    '%s has 300 to 1 000 prospects, 60 to 200 clients and sales over 24 months',
    (id, min, max) => {
      const d = dataset(id);
      expect(d.prospects.length).toBeGreaterThanOrEqual(min);
      expect(d.prospects.length).toBeLessThanOrEqual(max);
      expect(d.clients.length).toBeGreaterThanOrEqual(60);
      expect(d.clients.length).toBeLessThanOrEqual(200);
      const dates = d.ventes.map((v) => v.date).sort();
      expect(dates[0] < '2024-10-01' && dates[dates.length - 1] >= '2026-08-01').toBe(true);
    },
  );

  it('uses exactly the fields of the Prospect record as prospects.csv columns, in order', () => {
    for (const id of IDS)
      expect(textesCommis(id)['prospects.csv'].split('\n')[0].split(';')).toEqual([
        ...CHAMPS_PROSPECT,
      ]);
  });

  it('coerces a CSV row: numbers, oui / non, empty cells', () => {
    const vide = Object.fromEntries(CHAMPS_PROSPECT.map((c) => [c, '']));
    const r = ProspectLigneSchema.safeParse({
      ...vide,
      id: 'P0001',
      nom: 'Tazi',
      prenom: 'Salma',
      type: 'B2C',
      secteur: 'particulier',
      fonction: 'Cadre',
      age: '24',
      ville: 'Rabat',
      codePostal: '10000',
      pays: 'MA',
      source: 'site-web',
      dateCollecte: '2025-01-02',
      dateDernierContact: '2025-03-04',
      consentementEmail: 'oui',
      opposition: 'non',
      bloctel: 'NON',
      temperature: 'tiede',
      ouvertures: '3',
      clics: '1',
      visitesSite: '0',
      demandeDevis: 'non',
      converti: 'oui',
      nature: 'consommateur',
      consentementTelephone: 'oui',
      dateConsentementTelephone: '2025-02-01',
    });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      age: 24,
      consentementEmail: true,
      bloctel: false,
      converti: true,
      ouvertures: 3,
      raisonSociale: undefined,
      taille: undefined,
      dateRefus: undefined,
      chiffreAffaires: undefined,
      nature: 'consommateur',
      consentementTelephone: true,
      origineConsentementTelephone: undefined,
    });
    expect(
      VenteLigneSchema.parse({
        id: 'V00001',
        client: 'C001',
        categorie: 'PME',
        date: '2025-01-31',
        montantHT: '1250.50',
        coutHT: '800',
      }).montantHT,
    ).toBe(1250.5);
  });
});

describe('a bad value names the file, the line and the field', () => {
  it('in prospects.csv', () => {
    const t = remplacer('mobilier-lyon', 'prospects.csv', 12, (l) =>
      l.replace(/;(FR);/, ';FR;').replace(/;(suspect|froid|tiede|chaud);/, ';brulant;'),
    );
    const { erreurs } = analyserDataset({ textes: t });
    expect(erreurs).toHaveLength(1);
    expect(formaterErreurDataset({ erreur: erreurs[0] })).toBe(
      'prospects.csv, ligne 12, champ «\u00a0temperature\u00a0»\u202f: La température doit valoir suspect, froid, tiede ou chaud (valeur lue\u202f: «\u00a0brulant\u00a0»).',
    );
  });

  it('in ventes.csv, for an amount written with a decimal comma', () => {
    const t = remplacer('emballages-casablanca', 'ventes.csv', 40, (l) =>
      l.replace(/;(\d+)\.(\d+);/, ';$1,$2;'),
    );
    const [e] = analyserDataset({ textes: t }).erreurs;
    expect(e).toMatchObject({ fichier: 'ventes.csv', ligne: 40, champ: 'montantHT' });
    expect(e.message).toMatch(/point décimal/);
  });

  it('in the links between files: a sale of an unknown client, a campaign that does not match the file', () => {
    let t = remplacer('assurances-rabat', 'ventes.csv', 7, (l) => l.replace(/;C\d{3};/, ';C999;'));
    expect(analyserDataset({ textes: t }).erreurs).toEqual([
      {
        fichier: 'ventes.csv',
        ligne: 7,
        champ: 'client',
        message: 'le client C999 n’existe pas dans clients.csv.',
      },
    ]);
    t = { ...textesCommis('assurances-rabat') };
    t['campagne.json'] = t['campagne.json'].replace(
      /"commandes": (\d+)/,
      (_, n: string) => `"commandes": ${Number(n) - 1}`,
    );
    expect(analyserDataset({ textes: t }).erreurs.map((e) => e.champ)).toContain(
      'etapes.commandes',
    );
  });

  it('in entreprise.json, with the path of the field', () => {
    const t = { ...textesCommis('mobilier-lyon') };
    t['entreprise.json'] = t['entreprise.json'].replace(
      '"tauxDeMarque": 0.4',
      '"tauxDeMarque": 40',
    );
    const erreurs = analyserDataset({ textes: t }).erreurs;
    expect(erreurs[0]).toMatchObject({ fichier: 'entreprise.json', champ: 'offre.tauxDeMarque' });
    expect(erreurs[0].message).toMatch(/fraction/);
  });

  it('in a folder on disk, with the folder name first; a missing file is reported, not thrown', () => {
    const dossier = mkdtempSync(join(tmpdir(), 'dataset-'));
    try {
      cpSync(join(DOSSIER_DATASETS, 'mobilier-lyon'), join(dossier, 'mobilier-lyon'), {
        recursive: true,
      });
      const t = remplacer('mobilier-lyon', 'clients.csv', 3, (l) =>
        l.replace(/;\d{4}-\d{2}-\d{2}$/, ';2025-02-30'),
      );
      writeFileSync(join(dossier, 'mobilier-lyon', 'clients.csv'), t['clients.csv']);
      const r = validerDataset({ dossier: join(dossier, 'mobilier-lyon') });
      expect(r.ok ? '' : r.erreur.message).toBe(
        'mobilier-lyon/clients.csv, ligne 3, champ «\u00a0dateEntree\u00a0»\u202f: La date d’entrée doit être une date aaaa-mm-jj (valeur lue\u202f: «\u00a02025-02-30\u00a0»).',
      );
      rmSync(join(dossier, 'mobilier-lyon', 'campagne.json'));
      const manque = validerDataset({ dossier: join(dossier, 'mobilier-lyon') });
      expect(manque.ok ? '' : manque.erreur.message).toMatch(/campagne\.json/);
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  });
});
