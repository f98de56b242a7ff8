/**
 * Every simulator's « Partager ce scénario » names stores that exist: a name left behind by a
 * store's rename (the budget became per company as `budgets`) would silently drop that part of
 * the link, and the visitor would see the default instead of the trainer's figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import '@stores/tous-les-stores.ts';
import { validateurs } from '@stores/persistance.ts';
import { NOMS_PARTAGEABLES, PAR_ENTREPRISE } from '@stores/scenario.ts';
import { TRAVAIL_VIDE } from '@stores/travail.ts';

const DOSSIER = new URL('../../../src/components/labs/', import.meta.url);
const partages = readdirSync(DOSSIER)
  .filter((f) => f.endsWith('.astro'))
  .flatMap((f) => {
    const m = /<Labo\b[^>]*?\bpartage="([^"]*)"/s.exec(readFileSync(new URL(f, DOSSIER), 'utf8'));
    return m ? [[f, m[1]] as const] : [];
  });

test('chaque simulateur partageable est trouvé (au moins les treize du cours et les deux du chapitre 13)', () => {
  expect(partages.length).toBeGreaterThanOrEqual(15);
});

test.each(partages)(
  '%s : chaque partie de son lien est un store enregistré, partageable, du bon type',
  (_, partage) => {
    for (const spec of partage.split(',')) {
      const [nom, champ] = spec.split('.');
      expect(validateurs.has(`atelier:v1:${nom}`), `${spec} : aucun store atelier:v1:${nom}`).toBe(
        true,
      );
      expect(NOMS_PARTAGEABLES as readonly string[], spec).toContain(nom);
      const parEntreprise = 'partiel' in (validateurs.get(`atelier:v1:${nom}`) as object);
      expect(PAR_ENTREPRISE.has(nom), `${nom} : par entreprise ?`).toBe(parEntreprise);
      if (champ) {
        expect(nom).toBe('travail');
        expect(Object.keys(TRAVAIL_VIDE), spec).toContain(champ);
      }
    }
  },
);
