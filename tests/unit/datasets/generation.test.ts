/**
 * The generator is deterministic: the same seed writes the same bytes, in-process and through the
 * command line (Node's type stripping, as `npm run datasets` runs it), and the committed files are
 * exactly what the generator writes today.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DOSSIER_DATASETS, genererDatasets } from '../../../outils/generate-datasets.ts';

const SCRIPT = fileURLToPath(new URL('../../../outils/generate-datasets.ts', import.meta.url));
const temporaires: string[] = [];
afterAll(() => {
  for (const d of temporaires) rmSync(d, { recursive: true, force: true });
});

/** Runs the script as a user would, into a fresh temporary folder, and returns that folder. */
function lancerScript(): string {
  const dossier = mkdtempSync(join(tmpdir(), 'datasets-'));
  temporaires.push(dossier);
  const r = spawnSync(process.execPath, [SCRIPT, '--sortie', dossier], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return dossier;
}

describe('generate-datasets', () => {
  const fichiers = genererDatasets();

  it('writes 5 files for each of the 3 companies', () => {
    expect([...fichiers.keys()].sort()).toEqual(
      ['assurances-rabat', 'emballages-casablanca', 'mobilier-lyon'].flatMap((id) =>
        ['campagne.json', 'clients.csv', 'entreprise.json', 'prospects.csv', 'ventes.csv'].map(
          (f) => `${id}/${f}`,
        ),
      ),
    );
  });

  it('gives the same bytes when run twice in the same process', () => {
    expect(genererDatasets()).toEqual(fichiers);
  });

  it('gives byte-identical folders when the command is run twice', () => {
    const a = lancerScript(),
      b = lancerScript();
    for (const chemin of fichiers.keys()) {
      const x = readFileSync(join(a, chemin));
      expect(x.equals(readFileSync(join(b, chemin))), chemin).toBe(true);
      expect(x.toString('utf8'), chemin).toBe(fichiers.get(chemin));
    }
  }, 30_000);

  it('matches the committed files (regenerate with `npm run datasets` after changing the generator)', () => {
    for (const [chemin, contenu] of fichiers)
      expect(readFileSync(join(DOSSIER_DATASETS, chemin), 'utf8'), chemin).toBe(contenu);
  });

  it('changes with the seed, and only through it', () => {
    const autre = genererDatasets({ graine: 'une-autre-graine' });
    expect(autre.get('mobilier-lyon/prospects.csv')).not.toBe(
      fichiers.get('mobilier-lyon/prospects.csv'),
    );
    expect(genererDatasets({ graine: 'une-autre-graine' })).toEqual(autre);
  });

  it('writes plain UTF-8 without BOM, LF line ends and a final line break', () => {
    for (const [chemin, contenu] of fichiers) {
      expect(contenu.charCodeAt(0), chemin).not.toBe(0xfeff);
      expect(contenu.includes('\r'), chemin).toBe(false);
      expect(contenu.endsWith('\n'), chemin).toBe(true);
    }
  });
});
