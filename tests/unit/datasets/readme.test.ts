/**
 * content/datasets/README.md quotes each company's counts (prospects, clients, sales): they must
 * be those of the committed files. The table said 1 929 / 585 / 567 sales after a regeneration
 * had made them 1 907 / 563 / 557 (issue 14), and nothing noticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DOSSIER_DATASETS } from '../../../outils/generate-datasets.ts';
import { dataset, IDS } from './aide-datasets.ts';

const readme = readFileSync(join(DOSSIER_DATASETS, 'README.md'), 'utf8');
/** « 1 907 » (with a normal, non-breaking or thin space) → 1907. */
const nombre = (texte: string) => Number(texte.replace(/[\s\u00a0\u202f]/g, ''));

test.each(IDS)('README des jeux de données : les effectifs de %s sont ceux des fichiers', (id) => {
  const ligne = readme.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
  expect(ligne, `ligne de ${id} dans le tableau du README`).toBeDefined();
  const cellules = ligne!.split('|').map((c) => c.trim());
  // | folder | company | market | currency | prospects | clients | sales (24 months) |
  const [prospects, clients, ventes] = cellules.slice(5, 8).map(nombre);
  const d = dataset(id);
  expect({ prospects, clients, ventes }).toEqual({
    prospects: d.prospects.length,
    clients: d.clients.length,
    ventes: d.ventes.length,
  });
});
