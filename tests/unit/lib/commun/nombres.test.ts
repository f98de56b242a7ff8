import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatMontant,
  formatNombre,
  formatPourcentage,
  nombreSaisissable,
  parseNombre,
  parsePourcentage,
} from '@lib/commun/nombres.ts';

const valeur = (r: { ok: boolean; valeur?: number }) => (r.ok ? r.valeur : undefined);

describe('parseNombre', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 250', 1250],
    ['1 250,00', 1250],
    ['1\u00A0250,5', 1250.5],
    ['1\u202F250\u202F000', 1250000],
    ['1\u2009250', 1250],
    ['3 000 €', 3000],
    ['3000€', 3000],
    ['3 000 DH', 3000],
    ['3 000 dh', 3000],
    ['3 000 MAD', 3000],
    ['3 000 EUR', 3000],
    ['12,5 %', 12.5],
    ['12,5%', 12.5],
    ['-3', -3],
    ['\u22123,5', -3.5],
    ['- 3', -3],
    ['+4', 4],
    ['  42  ', 42],
    ['0,5', 0.5],
    [',5', 0.5],
    ['1.250,50', 1250.5],
    ['12.345.678,9', 12345678.9],
    ['1.250', 1.25],
    ['007', 7],
    ['-0', 0],
  ])('reads « %s » as %d', (texte, attendu) => {
    expect(valeur(parseNombre(texte))).toBe(attendu);
  });

  it('reads « -0 » as a plain 0, not −0', () => {
    const r = parseNombre('-0');
    expect(r.ok && Object.is(r.valeur, 0)).toBe(true);
  });

  it.each([
    '12,5,3',
    'abc',
    '12a',
    '1,250.50',
    '1.250.000',
    '12 5',
    '1 2345',
    '12,',
    '12.',
    '-',
    '%',
    '€',
    '1,2 3',
    '1e5',
    'NaN',
    'Infinity',
    '0x10',
  ])('refuses « %s »', (texte) => {
    const r = parseNombre(texte, { champ: 'prixVenteHT' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.erreur.champ).toBe('prixVenteHT');
      expect(r.erreur.message).toMatch(/tapez par exemple 12,5\.$/);
    }
  });

  it('explains garbage with French quotes and typography', () => {
    const r = parseNombre('abc');
    expect(r).toEqual({
      ok: false,
      erreur: { message: '«\u00A0abc\u00A0» n’est pas un nombre\u202F: tapez par exemple 12,5.' },
    });
  });

  it('says what is wrong with several commas', () => {
    const r = parseNombre('12,5,3');
    expect(!r.ok && r.erreur.message).toContain('plusieurs virgules');
  });

  it('rejects several points, a comma decimal holding a point, and a mark with nothing after it', () => {
    const r = parseNombre('1.2.3');
    expect(!r.ok && r.erreur.message).toContain('plusieurs points');
    for (const texte of ['1,5.3', '12,', '12.', '1.250,5,'])
      expect(parseNombre(texte).ok, texte).toBe(false);
    expect(parseNombre('1.250,5')).toEqual({ ok: true, valeur: 1250.5 });
    expect(parseNombre('− 3')).toEqual({ ok: true, valeur: -3 });
  });

  it('names the field when a label is given', () => {
    const r = parseNombre('abc', { champ: 'tauxDeMarque', libelle: 'le taux de marque' });
    expect(r).toEqual({
      ok: false,
      erreur: {
        champ: 'tauxDeMarque',
        message:
          'Pour le taux de marque, «\u00A0abc\u00A0» n’est pas un nombre\u202F: tapez par exemple 12,5.',
      },
    });
  });

  it.each(['', '   ', '\u00A0\u202F'])('refuses the blank input « %s »', (texte) => {
    expect(parseNombre(texte)).toEqual({
      ok: false,
      erreur: { message: 'Ce champ est vide\u202F: saisissez un nombre.' },
    });
    expect(parseNombre(texte, { champ: 'tauxDeMarque', libelle: 'le taux de marque' })).toEqual({
      ok: false,
      erreur: {
        champ: 'tauxDeMarque',
        message: 'Le taux de marque est vide\u202F: saisissez un nombre.',
      },
    });
  });

  it('refuses a number too large to compute instead of returning Infinity', () => {
    const r = parseNombre('9'.repeat(400));
    expect(r.ok).toBe(false);
  });

  it('shortens a long input in the message', () => {
    const r = parseNombre('x'.repeat(200));
    expect(!r.ok && r.erreur.message.length).toBeLessThan(80);
  });

  it('never throws and never returns a non-finite number, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (texte) => {
        const r = parseNombre(texte);
        return !r.ok || Number.isFinite(r.valeur);
      }),
    );
  });
});

describe('parsePourcentage', () => {
  it.each([
    ['12,5', 0.125],
    ['12,5 %', 0.125],
    ['12,5%', 0.125],
    ['12,5\u202F%', 0.125],
    ['100', 1],
    ['0', 0],
    ['-5 %', -0.05],
    ['5 ‰', 0.005],
  ])('reads « %s » as the fraction %d', (texte, attendu) => {
    expect(valeur(parsePourcentage(texte))).toBeCloseTo(attendu, 12);
  });

  it('reports errors the same way as parseNombre', () => {
    expect(parsePourcentage('', { champ: 'tauxTVA', libelle: 'le taux de TVA' })).toEqual({
      ok: false,
      erreur: { champ: 'tauxTVA', message: 'Le taux de TVA est vide\u202F: saisissez un nombre.' },
    });
    expect(parsePourcentage('‰').ok).toBe(false);
    expect(parsePourcentage('douze').ok).toBe(false);
  });
});

describe('formatNombre, formatMontant, formatPourcentage', () => {
  it('formats the French way', () => {
    expect(formatNombre(1250.5)).toBe('1\u202F250,5');
    expect(formatNombre(1250.456)).toBe('1\u202F250,46');
    expect(formatNombre(1250.456, 0)).toBe('1\u202F250');
    expect(formatNombre(-3)).toBe('\u22123');
    expect(formatNombre(-0.001)).toBe('0');
    expect(formatMontant(1250.5)).toBe('1\u202F250,50\u00A0€');
    expect(formatMontant(1250.5, 'MAD')).toBe('1\u202F250,50\u00A0DH');
    expect(formatMontant(1250.5, 'EUR', 0)).toBe('1\u202F251\u00A0€');
    expect(formatPourcentage(0.125)).toBe('12,5\u202F%');
    expect(formatPourcentage(0.3971, 2)).toBe('39,71\u202F%');
    expect(formatPourcentage(1)).toBe('100\u202F%');
  });

  it('never prints NaN or Infinity', () => {
    for (const n of [Number.NaN, Infinity, -Infinity]) {
      expect(formatNombre(n)).toBe('—');
      expect(formatMontant(n)).toBe('—');
      expect(formatMontant(n, 'MAD')).toBe('—');
      expect(formatPourcentage(n)).toBe('—');
    }
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -5, max: 40 }), (n, d) => {
        const textes = [
          formatNombre(n, d),
          formatMontant(n, 'EUR', d),
          formatMontant(n, 'MAD', d),
          formatPourcentage(n, d),
        ];
        return textes.every((t) => !/NaN|Infinity|∞/.test(t));
      }),
    );
  });

  it('writes exactly what Intl.NumberFormat fr-FR writes (issue 14: Intl is not loaded in the page)', () => {
    // Intl writes the hyphen « - »; the site writes the true minus sign « − » (tested below).
    const intl = (options: Intl.NumberFormatOptions, x: number) =>
      new Intl.NumberFormat('fr-FR', { signDisplay: 'negative', ...options })
        .format(x)
        .replace('-', '\u2212');
    // The cases where a digit-by-digit writer could go wrong: ties, carries, 1,005 (shortest
    // digits « 1.005 », which ICU rounds up), tiny and huge numbers, negatives rounding to 0.
    const cas = [1.005, 2.5, -2.5, 0.5, 999.995, 9999.5, -0.4, 1e-7, 1e21, 1.5e300, 0.1 + 0.2];
    const nombres = fc.oneof(
      fc.constantFrom(...cas),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e7, max: 1e7 }).map((c) => c / 1000),
    );
    fc.assert(
      fc.property(nombres, fc.integer({ min: 0, max: 6 }), (x, d) => {
        expect(formatNombre(x, d)).toBe(intl({ maximumFractionDigits: d }, x));
        expect(formatMontant(x, 'EUR', d)).toBe(
          intl(
            {
              style: 'currency',
              currency: 'EUR',
              minimumFractionDigits: d,
              maximumFractionDigits: d,
            },
            x,
          ),
        );
        expect(formatMontant(x, 'MAD', d)).toBe(
          `${intl({ minimumFractionDigits: d, maximumFractionDigits: d }, x)}\u00A0DH`,
        );
        expect(formatPourcentage(x, d)).toBe(
          intl({ style: 'percent', maximumFractionDigits: d }, x).replace(/[ \u00A0]%/, '\u202F%'),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a negative number with the minus sign U+2212, never the hyphen (tester D12)', () => {
    expect(formatNombre(-343114, 0)).toBe('\u2212343\u202f114');
    expect(formatMontant(-365254, 'MAD', 0)).toBe('\u2212365\u202f254\u00a0DH');
    expect(formatMontant(-12, 'EUR', 0)).toBe('\u221212\u00a0€');
    expect(formatPourcentage(-0.738, 1)).toBe('\u221273,8\u202f%');
    // Rounded to zero: no sign at all, as before.
    expect(formatNombre(-0.4, 0)).toBe('0');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) =>
        [formatNombre(x, 2), formatMontant(x, 'MAD', 0), formatPourcentage(x, 1)].every(
          (t) => !t.includes('-'),
        ),
      ),
    );
  });

  it('round-trips: parseNombre(formatNombre(x)) gives x rounded to the shown decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const lu = parseNombre(formatNombre(x, d));
          const attendu = Number(x.toFixed(d));
          return lu.ok && Math.abs(lu.valeur - attendu) <= Math.abs(attendu) * 1e-12 + 10 ** -d / 2;
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (centimes) => {
        const x = centimes / 100;
        const eur = parseNombre(formatMontant(x));
        const mad = parseNombre(formatMontant(x, 'MAD'));
        return (
          eur.ok && mad.ok && Math.abs(eur.valeur - x) < 1e-6 && Math.abs(mad.valeur - x) < 1e-6
        );
      }),
    );
  });

  it('round-trips percentages through parsePourcentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (milliemes) => {
        const fraction = milliemes / 1000;
        const lu = parsePourcentage(formatPourcentage(fraction, 1));
        return lu.ok && Math.abs(lu.valeur - fraction) < 1e-9;
      }),
    );
  });
});

describe('nombreSaisissable', () => {
  it('un nombre tel qu’on le retape : espaces ordinaires, virgule décimale, relu par parseNombre', () => {
    expect(nombreSaisissable(1284)).toBe('1 284');
    expect(nombreSaisissable(62.5)).toBe('62,5');
    expect(nombreSaisissable(4299.6, 0)).toBe('4 300');
    expect(parseNombre(nombreSaisissable(1234567.25), { champ: 'x', libelle: 'x' })).toEqual({
      ok: true,
      valeur: 1234567.25,
    });
  });
});

describe('a whole-number field (issue 19)', () => {
  it('gives « 12 » as its example, never « 12,5 »', () => {
    const r = parseNombre('douze', { libelle: 'le nombre de clients', entier: true });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.erreur.message).toContain('par exemple 12.');
      expect(r.erreur.message).not.toContain('12,5');
    }
  });
});

describe('a count typed with a point between thousands (« 1.200 », session 11)', () => {
  it('is refused with the two ways to write it, never « on ne compte pas de fraction »', () => {
    const r = parseNombre('1.200', {
      champ: 'clients',
      libelle: 'le nombre de clients',
      entier: true,
    });
    expect(r).toEqual({
      ok: false,
      erreur: {
        champ: 'clients',
        message:
          'Pour le nombre de clients, «\u00a01.200\u00a0»\u202f: sans point, écrivez 1\u202f200 ou 1200.',
      },
    });
    const grand = parseNombre('1.250.000 DH', { entier: true });
    expect(grand.ok).toBe(false);
    if (!grand.ok)
      expect(grand.erreur.message).toContain('écrivez 1\u202f250\u202f000 ou 1250000.');
  });
  it('leaves a decimal field as it was: « 1.200 » is 1,2 there', () => {
    expect(parseNombre('1.200')).toEqual({ ok: true, valeur: 1.2 });
    expect(parseNombre('1.2', { entier: true })).toEqual({ ok: true, valeur: 1.2 });
    expect(parseNombre('1.250,5', { entier: true })).toEqual({ ok: true, valeur: 1250.5 });
  });
});
