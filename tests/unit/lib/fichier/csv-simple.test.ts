import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  echapperChampCsv,
  formatCsvSimple,
  lireTableCsv,
  parseCsvSimple,
} from '../../../../src/lib/fichier/csv-simple.ts';

const champs = (texte: string, separateur?: string) => {
  const r = parseCsvSimple({ texte, separateur });
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};

describe('parseCsvSimple', () => {
  it('splits on « ; » by default, on LF and CRLF, and keeps empty fields', () => {
    expect(champs('a;b;\r\n1;;3\n')).toEqual([
      { ligne: 1, champs: ['a', 'b', ''] },
      { ligne: 2, champs: ['1', '', '3'] },
    ]);
  });

  it('reads RFC 4180 quotes: separator, doubled quote and line break inside a field', () => {
    expect(
      champs('nom;note\n"Dupont; fils";"dit ""le grand"""\n"sur\ndeux lignes";x\nfin;z'),
    ).toEqual([
      { ligne: 1, champs: ['nom', 'note'] },
      { ligne: 2, champs: ['Dupont; fils', 'dit "le grand"'] },
      { ligne: 3, champs: ['sur\ndeux lignes', 'x'] },
      { ligne: 5, champs: ['fin', 'z'] },
    ]);
  });

  it('ignores a BOM and blank lines, and accepts another separator', () => {
    expect(champs('\ufeffa,b\n\n1,2', ',')).toEqual([
      { ligne: 1, champs: ['a', 'b'] },
      { ligne: 3, champs: ['1', '2'] },
    ]);
  });

  it('reports an unclosed quote or text after a closing quote with the line, never throws', () => {
    expect(parseCsvSimple({ texte: 'a;b\n"ouvert;x\ny' })).toEqual({
      ok: false,
      erreur: { champ: 'texte', message: 'Ligne 2\u202f: un guillemet ouvert n’est jamais fermé.' },
    });
    expect(parseCsvSimple({ texte: '"a"b;c' }).ok).toBe(false);
    expect(parseCsvSimple({ texte: 'a', separateur: '"' }).ok).toBe(false);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(champs('5" écran;x')[0].champs).toEqual(['5" écran', 'x']);
  });
});

describe('lireTableCsv', () => {
  it('maps each row to the header and keeps its line number', () => {
    const r = lireTableCsv({ texte: 'id;nom\nP1;"A\nB"\nP2;C\n' });
    expect(r).toEqual({
      ok: true,
      valeur: {
        entetes: ['id', 'nom'],
        lignes: [
          { ligne: 2, valeurs: { id: 'P1', nom: 'A\nB' } },
          { ligne: 4, valeurs: { id: 'P2', nom: 'C' } },
        ],
      },
    });
  });

  it('refuses a row with the wrong number of fields, an empty text and a repeated column', () => {
    expect(lireTableCsv({ texte: 'a;b\n1;2;3' })).toEqual({
      ok: false,
      erreur: {
        champ: 'texte',
        message: 'Ligne 2\u202f: 3 champs au lieu de 2 (nombre de colonnes de l’en-tête).',
      },
    });
    expect(lireTableCsv({ texte: '' }).ok).toBe(false);
    expect(lireTableCsv({ texte: 'a;a\n1;2' }).ok).toBe(false);
  });
});

describe('formatCsvSimple', () => {
  it('quotes only what needs it', () => {
    expect(echapperChampCsv({ valeur: 'simple' })).toBe('simple');
    expect(echapperChampCsv({ valeur: 'a;b' })).toBe('"a;b"');
    expect(echapperChampCsv({ valeur: 'a,b' })).toBe('a,b');
    expect(echapperChampCsv({ valeur: 'dit "oui"' })).toBe('"dit ""oui"""');
    expect(formatCsvSimple({ entetes: ['x', 'y'], lignes: [['1', 'deux\nlignes']] })).toBe(
      'x;y\n1;"deux\nlignes"\n',
    );
  });

  it('round-trips any table of text through parse', () => {
    const cellule = fc.string({
      unit: fc.constantFrom('a', 'é', ';', '"', '\n', '\r\n', ' ', ',', '1'),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) =>
          fc.array(fc.array(cellule, { minLength: n, maxLength: n }), {
            minLength: 1,
            maxLength: 5,
          }),
        ),
        (tableau) => {
          const [entetes, ...lignes] = tableau.map((l) => l.map((c, k) => (k === 0 ? `c${c}` : c))); // a first cell never empty: a blank line is skipped
          const r = parseCsvSimple({ texte: formatCsvSimple({ entetes, lignes }) });
          expect(r.ok && r.valeur.map((l) => l.champs)).toEqual([entetes, ...lignes]);
        },
      ),
    );
  });
});
