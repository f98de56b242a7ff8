import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  POINTS,
  compacterChiffre,
  raccourcirEtiquette,
} from '../../../../src/islands/charts/etiquettes.ts';

/** A proportional fake font: « i » and « l » narrow, « m » and « W » wide, the rest 7 px. */
const LARGEURS: Record<string, number> = { i: 3, l: 3, ' ': 4, m: 11, W: 13, [POINTS]: 9 };
const mesurer = (t: string) => Array.from(t).reduce((s, c) => s + (LARGEURS[c] ?? 7), 0);

describe('raccourcirEtiquette', () => {
  it('keeps a name that fits, whole', () => {
    expect(raccourcirEtiquette({ texte: 'Salon', largeur: 35, mesurer })).toBe('Salon');
  });

  it('cuts where the measured width says, not at a fixed count of letters', () => {
    // 60 px hold 17 narrow letters and « … » (17 × 3 + 9), but only 4 wide ones (4 × 11 + 9).
    expect(raccourcirEtiquette({ texte: 'illillillillillillill', largeur: 60, mesurer })).toBe(
      'illillillillillill'.slice(0, 17) + POINTS,
    );
    expect(raccourcirEtiquette({ texte: 'mmmmmmmmmm', largeur: 60, mesurer })).toBe(
      'mmmm' + POINTS,
    );
  });

  it('ch 9 at 320 px: « Téléprospectrice à mi-temps » keeps its first letters', () => {
    const r = raccourcirEtiquette({ texte: 'Téléprospectrice à mi-temps', largeur: 120, mesurer });
    expect(r.startsWith('Téléprosp')).toBe(true);
    expect(r.endsWith(POINTS)).toBe(true);
    expect(mesurer(r)).toBeLessThanOrEqual(120);
  });

  it('drops the space before « … » and keeps at most maxLettres letters', () => {
    expect(raccourcirEtiquette({ texte: 'Salon pro', largeur: 50, mesurer })).toBe(
      'Salon' + POINTS,
    );
    expect(
      raccourcirEtiquette({ texte: 'a'.repeat(30), largeur: 1000, mesurer, maxLettres: 24 }),
    ).toBe('a'.repeat(23) + POINTS);
  });

  it('shows a long name whole when the room holds it (no letter cap unless one is given)', () => {
    const texte = 'Achat et qualification d’un fichier d’entreprises';
    expect(raccourcirEtiquette({ texte, largeur: 1000, mesurer })).toBe(texte);
  });

  it('gives « … » alone when nothing else fits', () => {
    expect(raccourcirEtiquette({ texte: 'Salon', largeur: 5, mesurer })).toBe(POINTS);
  });

  it('never measures wider than the room (once « … » fits), and keeps the longest start that does', () => {
    // The reference: every start tried in turn, the longest that fits kept.
    const attendu = (texte: string, largeur: number) => {
      const lettres = Array.from(texte);
      if (mesurer(texte) <= largeur) return texte;
      let meilleur = POINTS;
      for (let n = 1; n < lettres.length; n++) {
        const essai = lettres.slice(0, n).join('').trimEnd() + POINTS;
        if (mesurer(essai) <= largeur) meilleur = essai;
      }
      return meilleur;
    };
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'i', 'm', 'W', ' ', 'é'), maxLength: 40 }),
        fc.integer({ min: 9, max: 400 }),
        (texte, largeur) => {
          const r = raccourcirEtiquette({ texte, largeur, mesurer });
          expect(mesurer(r)).toBeLessThanOrEqual(largeur);
          expect(r).toBe(attendu(texte, largeur));
        },
      ),
    );
  });
});

describe('compacterChiffre (an axis too narrow for « 14 000 000 DH », session 11)', () => {
  const N = '\u202f',
    I = '\u00a0';
  it('writes millions as « M » and thousands as « k », the currency kept', () => {
    expect(compacterChiffre(`14${N}000${N}000${I}DH`)).toBe(`14${I}M${I}DH`);
    expect(compacterChiffre(`12${N}500${N}000${I}DH`)).toBe(`12,5${I}M${I}DH`);
    expect(compacterChiffre(`1${N}250${N}000${I}€`)).toBe(`1,25${I}M€`);
    expect(compacterChiffre(`400${N}000${I}€`)).toBe(`400${I}k€`);
    expect(compacterChiffre(`180${N}000${I}DH`)).toBe(`180${I}k${I}DH`);
    expect(compacterChiffre(`2${N}500`)).toBe(`2,5${I}k`);
  });
  it('keeps a figure under 1 000, a negative sign, and what is not a figure', () => {
    expect(compacterChiffre(`0${I}DH`)).toBe(`0${I}DH`);
    expect(compacterChiffre(`950${I}€`)).toBe(`950${I}€`);
    expect(compacterChiffre(`\u22123${N}000${N}000${I}€`)).toBe(`\u22123${I}M€`);
    expect(compacterChiffre(`80${N}%`)).toBe(`80${N}%`);
    expect(compacterChiffre('Salon')).toBe('Salon');
  });
  it('never gives two ticks of an axis the same label when they differ by a step of the axis', () => {
    const textes = [0, 2, 4, 6, 8, 10, 12, 14].map((m) =>
      compacterChiffre(`${m === 0 ? '0' : `${m}${N}000${N}000`}${I}DH`),
    );
    expect(new Set(textes).size).toBe(textes.length);
    expect(textes[7]).toBe(`14${I}M${I}DH`);
  });
});
