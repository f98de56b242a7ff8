import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GrilleSchema, grillesDuCours } from '../../../../src/schemas/grille.ts';
import { NIVEAUX, totalGrille } from '../../../../src/lib/evaluation/grille.ts';
import { fautesTypographiques } from '../../content/typographie.ts';

const dossier = join(import.meta.dirname, '../../../../content/grilles');
const chapitres = readdirSync(join(import.meta.dirname, '../../../../content/chapters'));

describe('les grilles des productions évaluées (content/grilles)', () => {
  const grilles = grillesDuCours();
  test('au moins les six tâches de l’issue 18, chacune placée dans son chapitre', () => {
    expect(grilles.map((g) => g.id).sort()).toEqual(
      expect.arrayContaining([
        'choix-methode',
        'email-prospection',
        'grille-scoring',
        'persona',
        'plan-prospection',
        'script-telephonique',
      ]),
    );
    for (const g of grilles) {
      const fichier = chapitres.find((f) => f.replace(/^\d+-|\.mdx$/g, '') === g.chapitre);
      expect(fichier, g.id).toBeDefined();
      expect(
        readFileSync(join(import.meta.dirname, '../../../../content/chapters', fichier!), 'utf8'),
      ).toContain(`<TacheProduction grille="${g.id}" />`);
    }
  });
  test.each(readdirSync(dossier))('%s : typographie française', (f) => {
    expect(fautesTypographiques(readFileSync(join(dossier, f), 'utf8'), f)).toEqual([]);
  });
  test('le schéma refuse un critère sans un descripteur par niveau', () => {
    const g = grilles[0];
    expect(
      GrilleSchema.safeParse({
        ...g,
        criteres: [{ ...g.criteres[0], niveaux: ['Un seul niveau'] }, ...g.criteres.slice(1)],
      }).success,
    ).toBe(false);
    expect(
      GrilleSchema.safeParse({ ...g, criteres: [g.criteres[0], g.criteres[0], g.criteres[1]] })
        .success,
    ).toBe(false);
  });
});

describe('totalGrille', () => {
  const criteres = ['a', 'b', 'c'].map((id) => ({
    id,
    libelle: id.toUpperCase(),
    niveaux: [...NIVEAUX],
  }));
  test('additionne les niveaux choisis, sur 3 points par critère', () => {
    expect(totalGrille({ criteres, niveaux: { a: 3, b: 1 } })).toEqual({
      ok: true,
      valeur: { points: 4, max: 9, evalues: 2, complet: false },
    });
    expect(totalGrille({ criteres, niveaux: { a: 0, b: 0, c: 0 } })).toEqual({
      ok: true,
      valeur: { points: 0, max: 9, evalues: 3, complet: true },
    });
  });
  test('ignore un critère retiré de la grille, refuse un niveau qui n’existe pas', () => {
    expect(totalGrille({ criteres, niveaux: { ancien: 3, a: 2 } })).toMatchObject({
      ok: true,
      valeur: { points: 2 },
    });
    const r = totalGrille({ criteres, niveaux: { a: 4 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur.champ).toBe('a');
  });
});
