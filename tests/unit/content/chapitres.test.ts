import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ChapitreSchema, slugDepuisFichier } from '../../../src/schemas/chapitre.ts';
import { fautesTypographiques } from './typographie.ts';

const dossier = join(import.meta.dirname, '../../../content/chapters');
const fichiers = readdirSync(dossier)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const lire = (f: string) => readFileSync(join(dossier, f), 'utf8');
const frontmatter = (texte: string) => parse(texte.split(/^---$/m)[1]);

describe('chapitres du cours', () => {
  test('les treize chapitres (les douze de PRODUCT.md et le chapitre 13 de l’issue 18) sont là, numérotés de 1 à 13', () => {
    expect(fichiers).toHaveLength(13);
    fichiers.forEach((f, i) =>
      expect(f.startsWith(String(i + 1).padStart(2, '0') + '-')).toBe(true),
    );
  });

  test.each(fichiers)('%s : frontmatter valide et numéro conforme au nom', (f) => {
    const donnees = ChapitreSchema.parse(frontmatter(lire(f)));
    expect(donnees.numero).toBe(Number(f.slice(0, 2)));
    expect(slugDepuisFichier(f)).toMatch(/^[a-z0-9-]+$/);
  });

  test('les slugs sont uniques', () => {
    const slugs = fichiers.map(slugDepuisFichier);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  test.each(fichiers)('%s : typographie française', (f) => {
    expect(fautesTypographiques(lire(f), f)).toEqual([]);
  });

  test.each(fichiers)(
    '%s : un chapitre rédigé a une synthèse « L’essentiel » et au moins un simulateur',
    (f) => {
      const texte = lire(f);
      if (frontmatter(texte).statut !== 'redige') return;
      expect(texte).toContain('<Essentiel>');
      expect(texte).toMatch(/<\w+Lab\b/);
    },
  );
});

describe('détecteur de fautes typographiques', () => {
  test('signale les espaces ordinaires et les guillemets sans insécable', () => {
    expect(fautesTypographiques('Il faut : vendre', 'x')).toHaveLength(1);
    expect(fautesTypographiques('un taux de 25%', 'x')).toHaveLength(1);
    expect(fautesTypographiques('« mot »', 'x')).toHaveLength(1);
    expect(fautesTypographiques('Vraiment?', 'x')).toHaveLength(1);
  });
  test('signale un nombre coupé par une espace ordinaire ou insécable, pas une année suivie d’un nombre', () => {
    expect(fautesTypographiques('48 000 DH', 'x')).toHaveLength(1);
    expect(fautesTypographiques('soit 1\u00a0250,50 €', 'x')).toHaveLength(1);
    expect(fautesTypographiques('3\u202f000 000 €', 'x')).toHaveLength(1);
    expect(fautesTypographiques('48\u202f000 DH et 1\u202f250,50 €', 'x')).toEqual([]);
    expect(fautesTypographiques('en 2026 300 prospects', 'x')).toEqual([]);
  });
  test('signale les anglicismes, sauf « backtest » entre parenthèses après son nom français', () => {
    for (const mot of [
      'une campagne de phoning',
      'le site et l’inbound',
      'l’office manager',
      'dans le cloud',
      'un backtest',
    ]) {
      expect(fautesTypographiques(mot, 'x'), mot).toHaveLength(1);
    }
    expect(fautesTypographiques('un test rétrospectif (backtest) sur la campagne', 'x')).toEqual(
      [],
    );
  });
  test('accepte la typographie correcte', () => {
    expect(
      fautesTypographiques(
        'Il faut\u202f: vendre 25\u202f% «\u00a0mot\u00a0» vraiment\u202f?',
        'x',
      ),
    ).toEqual([]);
  });
});
