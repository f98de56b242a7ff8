import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseNombre } from '@lib/commun/nombres.ts';
import {
  decoderOctets,
  detecterSeparateur,
  ecrireCsv,
  LIMITE_LIGNES,
  LIMITE_OCTETS,
  lireCsv,
  neutraliserCellule,
  retablirCellule,
  verifierTaille,
} from '@lib/fichier/csv.ts';

const fixture = (nom: string) =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/${nom}`, import.meta.url)));

describe('decoderOctets', () => {
  test('un CSV enregistré par Excel en français (Windows-1252) est relu avec ses accents et son apostrophe courbe', () => {
    const { texte, encodage } = decoderOctets({ octets: fixture('excel-fr-windows-1252.csv') });
    expect(encodage).toBe('windows-1252');
    expect(texte).toContain('Société Générale d’Emballage');
    expect(texte).toContain('Boulangerie Œuvre;Dupré;Ève');
    expect(texte).toContain('«\u00a0prioritaire\u00a0»'.replace(/\u00a0/g, ' '));
  });

  test('UTF-8 avec BOM : le BOM est retiré', () => {
    const { texte, encodage } = decoderOctets({ octets: fixture('utf8-bom-virgule.csv') });
    expect(encodage).toBe('utf-8-bom');
    expect(texte.startsWith('Company,')).toBe(true);
    expect(texte).toContain('Société Générale d’Emballage');
  });

  test('UTF-8 sans BOM est reconnu, et UTF-16 avec BOM aussi', () => {
    expect(decoderOctets({ octets: fixture('utf8-sans-bom-tabulation.csv') }).encodage).toBe(
      'utf-8',
    );
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Nom\tVille'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(decoderOctets({ octets: utf16 })).toEqual({ texte: 'Nom\tVille', encodage: 'utf-16le' });
  });

  test('un octet isolé 0xE9 (é en Windows-1252) n’est pas de l’UTF-8 valide', () => {
    expect(decoderOctets({ octets: new Uint8Array([0x43, 0x61, 0x66, 0xe9]) })).toEqual({
      texte: 'Café',
      encodage: 'windows-1252',
    });
  });
});

describe('detecterSeparateur', () => {
  test.each([
    ['excel-fr-windows-1252.csv', ';'],
    ['utf8-bom-virgule.csv', ','],
    ['utf8-sans-bom-tabulation.csv', '\t'],
    ['hostile.csv', ';'],
  ])('%s → « %s »', (nom, attendu) => {
    expect(detecterSeparateur({ texte: decoderOctets({ octets: fixture(nom) }).texte })).toBe(
      attendu,
    );
  });

  test('des virgules décimales dans un fichier à points-virgules ne trompent pas la détection', () => {
    expect(detecterSeparateur({ texte: 'Nom;CA;Taux\nA;1250,5;12,5\nB;300;3\nC;4,25;0,5\n' })).toBe(
      ';',
    );
  });

  test('des points-virgules entre guillemets ne comptent pas', () => {
    expect(detecterSeparateur({ texte: 'a,b,c\n"x;y;z",2,3\n"p;q",5,6\n' })).toBe(',');
  });
});

describe('lireCsv', () => {
  test('champs entre guillemets avec retours à la ligne, lignes vides, numéros de ligne à la manière d’Excel', () => {
    const r = lireCsv({
      texte: decoderOctets({ octets: fixture('excel-fr-windows-1252.csv') }).texte,
    });
    if (!r.ok) throw new Error(r.erreur.message);
    const t = r.valeur;
    expect(t.separateur).toBe(';');
    expect(t.entetes[0]).toBe('Raison sociale');
    expect(t.entetes).toHaveLength(13);
    expect(t.lignes[1][12]).toBe('Adresse :\r\n12 rue de la Paix\r\nBâtiment B');
    // The quoted field spans three physical lines but is one record: the next record is line 4.
    expect(t.numeros.slice(0, 4)).toEqual([2, 3, 4, 6]);
    expect(t.lignesVides).toBe(1);
    expect(t.lignes).toHaveLength(9);
  });

  test('un guillemet jamais refermé est signalé avec sa ligne', () => {
    const r = lireCsv({ texte: 'a;b\n1;2\n3;"ouvert\n4;5\n' });
    expect(r.ok && r.valeur.erreurs).toEqual([
      { ligne: 3, raison: expect.stringContaining('jamais refermé') },
    ]);
  });

  test('la progression va jusqu’à 1', () => {
    const parts: number[] = [];
    const texte = `a;b\n${'xxxxxxxxxx;yyyyyyyyyy\n'.repeat(90_000)}`;
    lireCsv({ texte, surProgression: (p) => parts.push(p) });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.at(-1)).toBe(1);
    expect([...parts].sort((x, y) => x - y)).toEqual(parts);
  });

  test('au-delà de 100 000 lignes, refus clair en français', () => {
    expect(lireCsv({ texte: `a\n${'1\n'.repeat(LIMITE_LIGNES)}` }).ok).toBe(true);
    const r = lireCsv({ texte: `a\n${'1\n'.repeat(LIMITE_LIGNES + 1)}` });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.erreur.message).toBe(
        'Le fichier compte plus de 100\u202f000 lignes\u202f: rien n’a été importé. Gardez les 100\u202f000 premières lignes (ou filtrez le fichier) et recommencez.',
      );
  });

  test('un fichier sans en-tête est refusé', () => {
    expect(lireCsv({ texte: '\n\n' }).ok).toBe(false);
    expect(lireCsv({ texte: ';;\n1;2;3\n' }).ok).toBe(false);
  });

  test('un fichier qui n’a que sa ligne d’en-têtes est refusé en le disant (testeur A5)', () => {
    const r = lireCsv({ texte: 'nom;societe;ville\r\n\r\n' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.erreur.message).toMatch(/^Le fichier ne contient que la ligne d’en-têtes\u202f: /);
  });

  test('un fichier binaire renommé .csv est refusé comme n’étant pas du texte (testeur A4)', () => {
    // The first bytes of an ELF program, then of a zip (an .xlsx workbook): NUL bytes in both.
    for (const octets of [
      Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x3b, 0x0a, 0x41]),
      Uint8Array.from([0x50, 0x4b, 3, 4, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0]),
    ]) {
      const r = lireCsv({ texte: decoderOctets({ octets }).texte });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.erreur.message).toMatch(/^Ce fichier n’est pas un fichier texte\u202f: /);
    }
  });
});

describe('verifierTaille', () => {
  test('20 Mo passent, un octet de plus est refusé avant toute lecture', () => {
    expect(verifierTaille({ octets: LIMITE_OCTETS }).ok).toBe(true);
    const r = verifierTaille({ octets: LIMITE_OCTETS + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.erreur.message).toMatch(
        /^Le fichier pèse 20\u00a0Mo, au-delà de la limite de 20\u00a0Mo\u202f: rien n’a été importé/,
      );
    expect(verifierTaille({ octets: 0 }).ok).toBe(false);
    expect(verifierTaille({ octets: Number.NaN }).ok).toBe(false);
  });
});

describe('écriture et injection de formules', () => {
  test.each(['=1+1', '+33 4 72', '-2', '@SOMME(A1)', '\tx', '\rx'])(
    '« %s » est neutralisé par une apostrophe',
    (v) => {
      expect(neutraliserCellule({ valeur: v })).toBe(`'${v}`);
      expect(retablirCellule({ valeur: neutraliserCellule({ valeur: v }) })).toBe(v);
    },
  );

  test('le reste n’est pas touché', () => {
    for (const v of ['Lyon', '', "'déjà", '1=1', ' =x', "l'="])
      expect(neutraliserCellule({ valeur: v })).toBe(v);
  });

  test('BOM UTF-8, point-virgule, CRLF, guillemets quand il faut', () => {
    const csv = ecrireCsv({
      entetes: ['Nom', 'Note'],
      lignes: [
        ['Dupont; fils', 12.5],
        ['Il a dit "oui"', true],
        ['=cmd|calc', undefined],
        ['a\nb', -3],
      ],
    });
    expect(csv).toBe(
      '\uFEFFNom;Note\r\n"Dupont; fils";12,5\r\n"Il a dit ""oui""";oui\r\n\'=cmd|calc;\r\n"a\nb";\'-3\r\n',
    );
  });

  test('propriété : toute grille de textes survit à écriture puis lecture', () => {
    const texte = fc.string({
      unit: fc.constantFrom(
        'a',
        'é',
        ';',
        ',',
        '"',
        '\n',
        '\r\n',
        '=',
        '-',
        ' ',
        "'",
        '@',
        '\t',
        'Œ',
        '’',
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.array(fc.array(texte, { minLength: n, maxLength: n }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        (grille) => {
          const [entetes, ...lignes] = [
            ['c1', 'c2', 'c3', 'c4', 'c5'].slice(0, grille[0].length),
            ...grille,
          ];
          const csv = ecrireCsv({ entetes, lignes });
          const octets = new TextEncoder().encode(csv);
          const r = lireCsv({ texte: decoderOctets({ octets }).texte });
          // Rows made only of one blank cell are read as empty lines, which the import skips;
          // a file left with its header alone is refused.
          const attendues = lignes.filter(
            (l) => !(l.length === 1 && neutraliserCellule({ valeur: l[0] }).trim() === ''),
          );
          if (attendues.length === 0) return !r.ok;
          if (!r.ok) return false;
          expect(r.valeur.lignes.map((l) => l.map((v) => retablirCellule({ valeur: v })))).toEqual(
            attendues,
          );
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('nombres exportés (issue 15, cas 11)', () => {
  const allerRetour = (n: number) => {
    const lu = lireCsv({
      texte: ecrireCsv({ entetes: ['valeur', 'b'], lignes: [[n, 'x']] }).replace(/^\uFEFF/, ''),
    });
    if (!lu.ok) throw new Error(lu.erreur.message);
    const cellule = retablirCellule({ valeur: lu.valeur.lignes[0][0] });
    const r = parseNombre(cellule);
    return { cellule, valeur: r.ok ? r.valeur : r.erreur.message };
  };

  test.each([
    [1e21, '1000000000000000000000'],
    [1e-7, '0,0000001'],
    [-2.5e-8, '-0,000000025'],
    [1.5e300, `15${'0'.repeat(299)}`],
    [123.456, '123,456'],
    [5e-324, `0,${'0'.repeat(323)}5`],
  ])('%s s’écrit « %s », sans exposant, et se relit', (n, attendu) => {
    expect(allerRetour(n)).toEqual({ cellule: attendu, valeur: n });
  });

  test('propriété : tout nombre fini exporté se relit à l’identique', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(allerRetour(n).valeur).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('fichiers venus d’ailleurs (issue 15, plus petits)', () => {
  test('la première ligne « sep=; » d’Excel donne le séparateur et n’est pas l’en-tête', () => {
    const r = lireCsv({ texte: 'sep=,\r\nnom,ville\r\nDupont,Lyon\r\n' });
    if (!r.ok) throw new Error(r.erreur.message);
    expect(r.valeur.separateur).toBe(',');
    expect(r.valeur.entetes).toEqual(['nom', 'ville']);
    expect(r.valeur.lignes).toEqual([['Dupont', 'Lyon']]);
    expect(r.valeur.numeros).toEqual([3]);
  });

  test.each([['utf-16le'], ['utf-16be']] as const)(
    'UTF-16 sans BOM (%s) est reconnu, pas lu comme Windows-1252',
    (encodage) => {
      const texte = 'nom;ville\r\nÉlodie Bérard;Orléans\r\n';
      const octets = new Uint8Array(texte.length * 2);
      for (let i = 0; i < texte.length; i++) {
        const u = texte.charCodeAt(i);
        octets[2 * i + (encodage === 'utf-16le' ? 0 : 1)] = u & 0xff;
        octets[2 * i + (encodage === 'utf-16le' ? 1 : 0)] = u >> 8;
      }
      expect(decoderOctets({ octets })).toEqual({ texte, encodage });
    },
  );

  test('un fichier de 20 000 colonnes est refusé d’emblée, en français (cas 14)', () => {
    const r = lireCsv({
      texte: `${Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(';')}\n${'1;'.repeat(19_999)}1\n`,
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.erreur.message).toMatch(/^Le fichier compte 20\u202f000 colonnes, au-delà des 200/);
  });

  test('le fichier des ventes annonce sa propre limite (20 000), pas celle des prospects', () => {
    const r = lireCsv({
      texte: `client;date;montant\n${'A;2026-01-01;1\n'.repeat(20_001)}`,
      limite: 20_000,
    });
    expect(!r.ok && r.erreur.message).toMatch(
      /plus de 20\u202f000 lignes.*Gardez les 20\u202f000 premières/,
    );
  });
});
