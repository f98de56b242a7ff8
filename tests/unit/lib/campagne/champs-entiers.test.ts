/**
 * Issue 19: a whole-number field of the ch 7, 9–11 simulators gives a whole example in its errors
 * (« par exemple 12 »), never a decimal one (« 12,5 »).
 */
import { describe, expect, test } from 'vitest';
import {
  ENTONNOIR_PAR_DEFAUT,
  evaluerEntonnoir,
} from '../../../../src/lib/campagne/entonnoir-saisi.ts';
import {
  TABLEAU_PAR_DEFAUT,
  evaluerTableauDeBord,
} from '../../../../src/stores/tableau-de-bord.ts';
import { erreursDe } from '../../../../src/lib/commun/resultat.ts';

const messages = (erreurs: Record<string, string | undefined>) =>
  Object.values(erreurs).filter(Boolean) as string[];

describe('un champ qui compte des personnes donne un exemple entier', () => {
  for (const texte of ['douze', '12,5', '1,2,3']) {
    test(`entonnoir, « ${texte} » en contacts et en objectif`, () => {
      for (const mode of ['avant', 'rebours'] as const) {
        const e = evaluerEntonnoir({
          ...ENTONNOIR_PAR_DEFAUT,
          mode,
          contacts: texte,
          objectif: texte,
        });
        const m = messages(erreursDe(e));
        expect(m.length).toBe(1);
        expect(m[0]).toMatch(/par exemple 12\b/);
        expect(m[0]).not.toContain('12,5 ');
        expect(m[0]).not.toMatch(/exemple 12,5/);
      }
    });
    test(`tableau de bord, « ${texte} » en rendez-vous`, () => {
      for (const cote of ['objectif', 'realise'] as const) {
        const e = evaluerTableauDeBord({
          ...TABLEAU_PAR_DEFAUT,
          [cote]: { ...TABLEAU_PAR_DEFAUT[cote], rdv: texte },
        });
        const m = messages(erreursDe(e));
        expect(m.length).toBe(1);
        expect(m[0]).toMatch(/par exemple 12\b/);
        expect(m[0]).not.toMatch(/exemple 12,5/);
      }
    });
  }
  test('un montant garde son exemple décimal', () => {
    const e = evaluerTableauDeBord({
      ...TABLEAU_PAR_DEFAUT,
      realise: { ...TABLEAU_PAR_DEFAUT.realise, cout: 'beaucoup' },
    });
    expect(messages(erreursDe(e))[0]).toMatch(/exemple 12,5/);
  });
});

describe('chapitre 10 : ce que compte chaque champ (session 11)', () => {
  test('l’objectif compte des commandes, pas des personnes ; les contacts, des personnes', () => {
    const rebours = messages(
      erreursDe(evaluerEntonnoir({ ...ENTONNOIR_PAR_DEFAUT, mode: 'rebours', objectif: '12,5' })),
    );
    expect(rebours).toEqual([
      'L’objectif de commandes est un nombre entier\u202f: on ne signe pas une fraction de commande. Saisissez par exemple 12.',
    ]);
    const avant = messages(
      erreursDe(evaluerEntonnoir({ ...ENTONNOIR_PAR_DEFAUT, contacts: '12,5' })),
    );
    expect(avant[0]).toContain('Le nombre de contacts compte des personnes');
  });
  test('« 1.200 » contacts : écrivez 1 200 ou 1200', () => {
    const m = messages(erreursDe(evaluerEntonnoir({ ...ENTONNOIR_PAR_DEFAUT, contacts: '1.200' })));
    expect(m).toEqual([
      'Pour le nombre de contacts, «\u00a01.200\u00a0»\u202f: sans point, écrivez 1\u202f200 ou 1200.',
    ]);
  });
});
