/**
 * Issue 20: the evaluations of the ch 7, 9, 10 and 11 simulators answer with one shape,
 * `ResultatChamps`. A valid input gives `ok: true` with finite numbers only; one field made
 * unreadable gives `ok: false` with an error on exactly that field, the one the island flags.
 */
import { describe, test } from 'vitest';
import fc from 'fast-check';
import { evaluerEntonnoir, ENTONNOIR_PAR_DEFAUT } from '@lib/campagne/entonnoir-saisi.ts';
import type { ChampEntonnoir, SaisieEntonnoir } from '@lib/campagne/entonnoir-saisi.ts';
import { evaluerBudget, type SaisieBudget } from '@lib/campagne/budget-saisi.ts';
import {
  LIGNES,
  evaluerTableauDeBord,
  type CleErreur,
  type SaisieTableauDeBord,
} from '@lib/campagne/tableau-saisi.ts';
import {
  evaluerMethodes,
  figuresParDefaut,
  saisieParDefaut,
  type ChampMethodes,
  type SaisieMethodes,
} from '@lib/campagne/methodes-saisi.ts';
import { METHODES } from '@lib/methodes/methodes.ts';
import { proprieteDesChamps } from '../aide-lib.ts';

const entier = (min: number, max: number) => fc.integer({ min, max }).map(String);
/** A field of a flat input, set to a text. */
const champPlat = <S, C extends keyof S & string>(champ: C) => ({
  champ,
  mettre: (s: S, texte: string) => ({ ...s, [champ]: texte }),
});

describe('entonnoir (ch. 10)', () => {
  const taux = (min: number) =>
    fc.tuple(entier(min, 100), entier(min, 100), entier(min, 100), entier(min, 100));
  const champsTaux = [0, 1, 2, 3].map((i) => ({
    champ: `taux-${i}` as ChampEntonnoir,
    mettre: (s: SaisieEntonnoir, texte: string) => ({
      ...s,
      taux: s.taux.map((t, j) => (j === i ? texte : t)),
    }),
  }));
  test('à partir des contacts', () => {
    proprieteDesChamps({
      evaluer: evaluerEntonnoir,
      saisie: fc
        .record({ contacts: entier(0, 100_000), taux: taux(0) })
        .map(({ contacts, taux }): SaisieEntonnoir => ({
          ...ENTONNOIR_PAR_DEFAUT,
          contacts,
          taux,
        })),
      champs: [champPlat<SaisieEntonnoir, 'contacts'>('contacts'), ...champsTaux],
    });
  });
  test('à rebours, depuis l’objectif de commandes', () => {
    proprieteDesChamps({
      evaluer: evaluerEntonnoir,
      saisie: fc
        .record({ objectif: entier(0, 1000), taux: taux(1) })
        .map(({ objectif, taux }): SaisieEntonnoir => ({
          ...ENTONNOIR_PAR_DEFAUT,
          mode: 'rebours',
          objectif,
          taux,
        })),
      champs: [champPlat<SaisieEntonnoir, 'objectif'>('objectif'), ...champsTaux],
    });
  });
});

describe('budget (ch. 9)', () => {
  const ids = ['salon', 'phoning', 'visites'];
  test('trois lignes et un taux de marque ou de marge', () => {
    proprieteDesChamps({
      evaluer: evaluerBudget,
      saisie: fc
        .record({
          montants: fc.tuple(entier(0, 1_000_000), entier(0, 1_000_000), entier(0, 1_000_000)),
          typeTaux: fc.constantFrom('marque' as const, 'marge' as const),
          taux: fc.integer({ min: 1, max: 99 }),
        })
        .map(({ montants, typeTaux, taux }): SaisieBudget => ({
          lignes: ids.map((id, i) => ({ id, action: id, montant: montants[i] })),
          typeTaux,
          taux: String(taux),
          devise: 'EUR',
        })),
      champs: [
        champPlat<SaisieBudget, 'taux'>('taux'),
        ...ids.map((id) => ({
          champ: id,
          mettre: (s: SaisieBudget, texte: string) => ({
            ...s,
            lignes: s.lignes.map((l) => (l.id === id ? { ...l, montant: texte } : l)),
          }),
        })),
      ],
    });
  });
});

describe('tableau de bord (ch. 11)', () => {
  const colonne = (min: number) =>
    fc
      .tuple(...LIGNES.map(() => entier(min, 100_000)))
      .map(
        (v) =>
          Object.fromEntries(LIGNES.map((l, i) => [l, v[i]])) as SaisieTableauDeBord['objectif'],
      );
  test('objectifs au-dessus de 0, réalisé positif ou nul, taux de marque', () => {
    proprieteDesChamps({
      evaluer: evaluerTableauDeBord,
      saisie: fc
        .record({ objectif: colonne(1), realise: colonne(0), taux: entier(1, 99) })
        .map(({ objectif, realise, taux }): SaisieTableauDeBord => ({
          objectif,
          realise,
          tauxDeMarque: taux,
          devise: 'MAD',
          depuisPlan: false,
        })),
      champs: [
        champPlat<SaisieTableauDeBord, 'tauxDeMarque'>('tauxDeMarque'),
        ...(['objectif', 'realise'] as const).flatMap((cote) =>
          LIGNES.map((l) => ({
            champ: `${cote}.${l}` as CleErreur,
            mettre: (s: SaisieTableauDeBord, texte: string) => ({
              ...s,
              [cote]: { ...s[cote], [l]: texte },
            }),
          })),
        ),
      ],
    });
  });
});

describe('méthodes (ch. 7)', () => {
  const telephone = METHODES[0];
  /** A figure of the telephone method, typed over its default figures. */
  const figure = (
    champ: ChampMethodes,
    changer: (f: ReturnType<typeof figuresParDefaut>, texte: string) => void,
  ) => ({
    champ,
    mettre: (s: SaisieMethodes, texte: string) => {
      const f = structuredClone(s.figures[telephone.id] ?? figuresParDefaut(telephone));
      changer(f, texte);
      return { ...s, figures: { ...s.figures, [telephone.id]: f } };
    },
  });
  test('sur un nombre de contacts, avec la marge par client', () => {
    proprieteDesChamps({
      evaluer: (saisie: SaisieMethodes) => evaluerMethodes({ saisie, devise: 'EUR' }),
      saisie: fc
        .record({ contacts: entier(1, 100_000), marge: entier(0, 1_000_000) })
        .map(({ contacts, marge }): SaisieMethodes => ({
          ...saisieParDefaut('EUR'),
          contacts,
          margeParClient: marge,
        })),
      champs: [
        champPlat<SaisieMethodes, 'contacts'>('contacts'),
        {
          champ: 'margeParClient',
          mettre: (s: SaisieMethodes, texte: string) => ({ ...s, margeParClient: texte }),
        },
        figure(`${telephone.id}-coutParContact`, (f, t) => (f.coutParContact = t)),
        figure(`${telephone.id}-contactsParJour`, (f, t) => (f.contactsParJour = t)),
        figure(`${telephone.id}-etape-0-min`, (f, t) => (f.etapes[0].min = t)),
      ],
    });
  });
});
