import { mkdtempSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chargerJeu, listerJeux } from '../../../src/build/jeux-de-donnees.ts';
import { depuisTable, versTable } from '../../../src/lib/commun/table.ts';
import { CHAMPS_PROSPECT, type Prospect } from '../../../src/lib/commun/prospect.ts';

// Two tiny companies that follow src/schemas/datasets.ts: the loader is tested on them, the
// committed datasets are tested where they are generated.
const FIXTURES = 'tests/fixtures/jeux';

/** A copy of the fixture company with one file rewritten by `f`, and the build error it gives. */
function erreurApres(fichier: string, f: (texte: string) => string): string {
  const dossier = mkdtempSync(join(tmpdir(), 'jeux-'));
  cpSync(join(FIXTURES, 'alpha-emballage'), join(dossier, 'alpha-emballage'), { recursive: true });
  const chemin = join(dossier, 'alpha-emballage', fichier);
  writeFileSync(chemin, f(readFileSync(chemin, 'utf8')));
  try {
    chargerJeu({ id: 'alpha-emballage', dossier });
    return '';
  } catch (e) {
    return (e as Error).message.replace(/^.*alpha-emballage\//, '');
  }
}

describe('jeux de données (lecture au build)', () => {
  test('un jeu valide est lu et typé', () => {
    expect(listerJeux({ dossier: FIXTURES })).toEqual(['alpha-emballage', 'beta-mobilier']);
    const j = chargerJeu({ id: 'beta-mobilier', dossier: FIXTURES });
    expect(j.fiche).toMatchObject({
      nom: 'Bêta Mobilier (test)',
      devise: 'EUR',
      dateReference: '2026-09-01',
    });
    expect(j.prospects).toHaveLength(3);
    expect(j.prospects[1]).toMatchObject({
      id: 'P0002',
      type: 'B2C',
      age: 24,
      bloctel: true,
      consentementEmail: true,
      temperature: 'tiede',
    });
    expect(j.prospects[1].raisonSociale).toBeUndefined();
    expect(j.prospects[2]).toMatchObject({ opposition: true, dateRefus: '2025-01-01' });
    expect(j.ventes[0]).toEqual({
      id: 'V00001',
      client: 'C001',
      categorie: 'grossiste',
      date: '2025-01-15',
      montantHT: 1200.5,
      coutHT: 800,
    });
  });

  test.each([
    [
      'prospects.csv',
      (t: string) => t.replace(';Gérant;;Rabat;', ';Gérant;12;Rabat;'),
      /^prospects\.csv, ligne 4, champ «\u00a0age\u00a0»\u202f: L’âge doit être au moins 16/,
    ],
    [
      'prospects.csv',
      (t: string) => t.replace(';non;non;non;suspect;', ';non;peut-être;non;suspect;'),
      /^prospects\.csv, ligne 4, champ «\u00a0opposition\u00a0»\u202f: L’opposition doit valoir oui ou non.*peut-être/,
    ],
    [
      'prospects.csv',
      (t: string) => t.replace(';MA;0522 11 22 33;', ';Maroc;0522 11 22 33;'),
      /^prospects\.csv, ligne 2, champ «\u00a0pays\u00a0»\u202f: Le pays doit valoir FR.*Maroc/,
    ],
    [
      'prospects.csv',
      (t: string) => t.replace('P0004;', 'P0001;'),
      /^prospects\.csv, ligne 5, champ «\u00a0id\u00a0»\u202f: l’identifiant «\u00a0P0001\u00a0» est déjà utilisé ligne 2\.$/,
    ],
    [
      'prospects.csv',
      (t: string) => t.replace('id;raisonSociale', 'id;raisonSocial'),
      /^prospects\.csv, ligne 1, champ «\u00a0raisonSocial\u00a0»\u202f: colonne inconnue/,
    ],
    [
      'ventes.csv',
      (t: string) => t.replace('300;210', '300;-210'),
      /^ventes\.csv, ligne 3, champ «\u00a0coutHT\u00a0»\u202f: Le coût HT/,
    ],
    [
      'ventes.csv',
      (t: string) => t.replace(';C002;', ';C999;'),
      /^ventes\.csv, champ «\u00a0client\u00a0»\u202f: la vente «\u00a0V00002\u00a0» cite le client «\u00a0C999\u00a0», absent de clients\.csv\.$/,
    ],
    [
      'entreprise.json',
      (t: string) => t.replace('"tauxDeMarque": 0.3', '"tauxDeMarque": 0.4'),
      /^entreprise\.json, champ «\u00a0offre\.tauxDeMarque\u00a0»\u202f: Le taux de marque/,
    ],
    ['campagne.json', (t: string) => t.slice(0, -3), /^campagne\.json\u202f: JSON illisible/],
  ])('%s abîmé → le build s’arrête sur un message précis', (fichier, f, attendu) => {
    // The schema's own wording may evolve: the file, line and field are what is pinned here.
    expect(erreurApres(fichier, f)).toMatch(attendu);
  });
});

describe('jeux de données du cours (content/datasets)', () => {
  const ids = listerJeux();
  test('au moins trois entreprises, toutes lisibles', () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });
  test.each(ids)(
    '%s : lu, 300 à 1 000 prospects, et identique après le passage par /donnees/<id>.json',
    (id) => {
      const j = chargerJeu({ id });
      expect(j.prospects.length).toBeGreaterThanOrEqual(300);
      expect(j.prospects.length).toBeLessThanOrEqual(1000);
      const table = JSON.parse(
        JSON.stringify(versTable({ champs: CHAMPS_PROSPECT, objets: j.prospects })),
      );
      const relus = depuisTable<Prospect>(table);
      expect(relus).toEqual(
        j.prospects.map((p) =>
          Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)),
        ),
      );
    },
  );
});
