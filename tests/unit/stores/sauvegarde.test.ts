import { describe, expect, test } from 'vitest';
import {
  aImporter,
  exporterTravail,
  FORMAT_SAUVEGARDE,
  misesDeCote,
  texteRestaure,
  type ValidateurImport,
} from '@stores/sauvegarde.ts';
import { lireTravail } from '@stores/lecture-travail.ts';
import { valeursCoherentes, verifierFichiers } from '@stores/sauvegarde-fichiers.ts';

describe('sauvegarde et mises de côté (issue 15)', () => {
  test('l’export garde chaque clé telle qu’enregistrée', () => {
    const stock: Record<string, string> = {
      'atelier:v1:usure': '{"clients":"1 200"}',
      'atelier:v1:travail': '{}',
    };
    const f = JSON.parse(
      exporterTravail({
        cles: Object.keys(stock),
        lire: (c) => stock[c] ?? null,
        maintenant: new Date('2026-12-06T08:00:00Z'),
      }),
    );
    expect(f).toEqual({
      format: FORMAT_SAUVEGARDE,
      version: 1,
      exporteLe: '2026-12-06T08:00:00.000Z',
      valeurs: stock,
    });
  });

  test('les clés mises de côté sont reconnues, datées ou non', () => {
    expect(
      misesDeCote([
        'atelier:v1:travail',
        'atelier:v1:travail:corrompu',
        'atelier:v1:progression:corrompu:2026-12-01T10:00:00.000Z',
        'autre:corrompu',
      ]),
    ).toEqual([
      { cle: 'atelier:v1:travail:corrompu', origine: 'atelier:v1:travail', nom: 'travail' },
      {
        cle: 'atelier:v1:progression:corrompu:2026-12-01T10:00:00.000Z',
        origine: 'atelier:v1:progression',
        nom: 'progression',
        date: '2026-12-01T10:00:00.000Z',
      },
    ]);
  });

  test('restaurer un store par entreprise rend les entreprises mises de côté sans écraser les plus récentes', () => {
    expect(
      JSON.parse(
        texteRestaure({
          misDeCote: '{"a":{"n":1},"b":{"n":2}}',
          actuel: '{"b":{"n":3}}',
          parEntreprise: true,
        }),
      ),
    ).toEqual({ a: { n: 1 }, b: { n: 3 } });
    expect(
      texteRestaure({
        misDeCote: '{"clients":"9"}',
        actuel: '{"clients":"1"}',
        parEntreprise: false,
      }),
    ).toBe('{"clients":"9"}');
    expect(texteRestaure({ misDeCote: 'pas du JSON', actuel: null, parEntreprise: true })).toBe(
      'pas du JSON',
    );
  });
});

describe('lireTravail (issue 15, cas 10 : un scénario trop long voyage en fichier)', () => {
  test('relit un export ; ignore les clés hors du site et les mises de côté ; refuse en français le reste', () => {
    const texte = exporterTravail({
      cles: ['atelier:v1:usure', 'atelier:v1:travail:corrompu', 'autre'],
      lire: (c) => `"${c}"`,
      maintenant: new Date(),
    });
    expect(lireTravail(texte)).toEqual({
      ok: true,
      valeur: { valeurs: { 'atelier:v1:usure': '"atelier:v1:usure"' } },
    });
    for (const mauvais of [
      '',
      '{}',
      '[]',
      '{"format":"atelier-prospection-travail","version":2,"valeurs":{}}',
      '{"format":"atelier-prospection-travail","version":1,"valeurs":{"__proto__":"x"}}',
    ]) {
      const r = lireTravail(mauvais);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.erreur.message).toMatch(/fichier/i);
    }
  });

  test('entrée hostile : chaque refus dit pourquoi, une clé de prototype ne passe jamais', () => {
    const refus = (json: string) => {
      const r = lireTravail(json);
      return r.ok ? '' : r.erreur.message;
    };
    const enTete = '"format":"atelier-prospection-travail","version":1';
    expect(refus('[]')).toMatch(/n’est pas un travail exporté/);
    expect(refus('{"format":7}')).toMatch(/n’est pas un travail exporté/);
    expect(refus('{"format":"atelier-prospection-travail","version":"1"}')).toMatch(
      /autre version/,
    );
    expect(refus(`{${enTete},"valeurs":["atelier:v1:usure"]}`)).toMatch(/aucune saisie\.$/);
    expect(refus(`{${enTete},"valeurs":{"atelier:v1:usure":{"clients":1}}}`)).toMatch(
      /aucune saisie de l’Atelier/,
    );
    const r = lireTravail(
      `{${enTete},"__proto__":{"pollue":1},"valeurs":{"__proto__":"x","constructor":"y","atelier:v1:usure":"${'9'.repeat(1000)}"}}`,
    );
    expect(r.ok && Object.keys(r.valeur.valeurs)).toEqual(['atelier:v1:usure']);
    expect(({} as Record<string, unknown>).pollue).toBeUndefined();
  });
});

describe('le fichier importé et Mon dossier voyagent avec le travail (session 11)', () => {
  const meta = {
    nom: 'prospects-marrakech.csv',
    lignes: 1,
    importeLe: '2026-12-07T07:00:00.000Z',
    devise: 'MAD',
  };
  const stock: Record<string, string> = {
    'atelier:v1:entreprise': '"mon-fichier"',
    'atelier:v1:import': JSON.stringify(meta),
  };
  const exporter = (fichiers?: { import?: unknown; dossier?: unknown }) =>
    exporterTravail({
      cles: Object.keys(stock),
      lire: (c) => stock[c] ?? null,
      maintenant: new Date('2026-12-07T08:00:00Z'),
      fichiers,
    });

  test('les lignes et le dossier sont dans le fichier, et relus tels quels', () => {
    const lignes = {
      version: 1,
      nom: meta.nom,
      importeLe: meta.importeLe,
      prospects: [{ id: 'p1', raisonSociale: 'Riad Dar Zitoune' }],
    };
    const dossier = { dossier: { entreprise: { nom: 'Menara Clim SARL' } }, etape: 2 };
    const texte = exporter({ import: lignes, dossier });
    expect(texte).toContain('Riad Dar Zitoune');
    expect(texte).toContain('Menara Clim SARL');
    const r = lireTravail(texte);
    expect(r.ok && r.valeur.fichiers).toEqual({ import: lignes, dossier });
    expect(r.ok && r.valeur.valeurs).toEqual(stock);
  });

  test('sans fichier ni dossier, le travail reste celui d’avant', () => {
    const r = lireTravail(exporter({}));
    expect(r.ok && r.valeur).toEqual({ valeurs: stock });
  });

  test('une sauvegarde sans les lignes : ni description du fichier ni « mon-fichier », et le message le dit', () => {
    const r = valeursCoherentes({ valeurs: stock, fichiers: { refuses: [] }, metaActuelle: null });
    expect(r.valeurs).toEqual({});
    expect(r.absent).toBe(
      'Fichier importé absent de la sauvegarde («\u00a0prospects-marrakech.csv\u00a0»)\u202f: importez à nouveau votre CSV sur la page Données.',
    );
    // This browser has a file of its own: it stays the company studied, its description is kept.
    const garde = valeursCoherentes({
      valeurs: stock,
      fichiers: { refuses: [] },
      metaActuelle: JSON.stringify({ ...meta, nom: 'autre.csv' }),
    });
    expect(garde.valeurs).toEqual({ 'atelier:v1:entreprise': '"mon-fichier"' });
  });

  test('avec les lignes : la description suit les lignes restaurées, devise comprise', () => {
    const r = valeursCoherentes({
      valeurs: { ...stock, 'atelier:v1:import': JSON.stringify({ ...meta, lignes: 99 }) },
      fichiers: {
        refuses: [],
        import: { nom: meta.nom, importeLe: meta.importeLe, prospects: [] },
      },
      metaActuelle: null,
    });
    expect(r.absent).toBeUndefined();
    expect(JSON.parse(r.valeurs['atelier:v1:import'])).toEqual({ ...meta, lignes: 0 });
    expect(r.valeurs['atelier:v1:entreprise']).toBe('"mon-fichier"');
  });

  test('des lignes ou un dossier abîmés sont refusés et nommés, rien n’est écrit pour eux', async () => {
    const r = await verifierFichiers({
      import: { version: 1, nom: 'x.csv', importeLe: '', prospects: [{ id: 1, type: 'B2Z' }] },
      dossier: { dossier: 'cassé' },
    });
    expect(r).toEqual({ refuses: ['fichier importé', 'Mon dossier'] });
  });
});

describe('aImporter', () => {
  const parEntreprise = Object.assign((b: unknown) => b, {
    partiel: (b: unknown) => {
      const valeur: Record<string, unknown> = {},
        refuses: Record<string, unknown> = {};
      for (const [id, v] of Object.entries(b as object))
        if (typeof (v as { n?: unknown }).n === 'number') valeur[id] = v;
        else refuses[id] = v;
      return { valeur, refuses };
    },
  });
  const validateurs = new Map<string, ValidateurImport>([
    ['atelier:v1:travail', parEntreprise],
    ['atelier:v1:usure', (b: unknown) => (typeof b === 'string' ? b : undefined)],
  ]);

  test('un store par entreprise garde les autres entreprises de l’apprenant ; une valeur refusée n’est pas écrite', () => {
    const stock: Record<string, string> = { 'atelier:v1:travail': '{"a":{"n":1},"b":{"n":2}}' };
    const r = aImporter({
      valeurs: {
        'atelier:v1:travail': '{"b":{"n":9},"c":{"n":"x"}}',
        'atelier:v1:usure': '12',
        'atelier:v1:inconnu': '1',
      },
      lire: (c) => stock[c] ?? null,
      validateurs,
    });
    expect(r.ecrire).toEqual([['atelier:v1:travail', '{"a":{"n":1},"b":{"n":9}}']]);
    expect(r.changes).toEqual(['travail (b)']);
    expect(r.refuses).toEqual(['travail (c)', 'usure', 'inconnu']);
  });
});
