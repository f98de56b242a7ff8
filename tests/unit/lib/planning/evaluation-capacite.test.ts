import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { erreursDe } from '@lib/commun/resultat.ts';
import {
  CAPACITE_PAR_DEFAUT,
  capaciteParDefaut,
  evaluerCapacite,
  CHAMPS_CAPACITE,
  premieresEtSecondes,
  type SaisieCapacite,
} from '@lib/planning/evaluation-capacite.ts';
import { proprieteDesChamps, valeurDe } from '../aide-lib.ts';

const avec = (c: Partial<SaisieCapacite>): SaisieCapacite => ({ ...CAPACITE_PAR_DEFAUT, ...c });

/** The same figures computed here, by hand, without src/lib. */
function calculIndependant(
  semaines: number,
  jours: number,
  heures: number,
  admin: number,
  visite: number,
  trajet: number,
  prospects: number,
  taux: number,
) {
  const disponibles = heures * 60 - admin;
  const parJour = Math.floor(Number((disponibles / (visite + trajet)).toFixed(9)));
  const possibles = semaines * jours * parJour;
  const necessaires = prospects + Math.ceil(Number((prospects * taux).toFixed(9)));
  return {
    disponibles,
    parJour,
    possibles,
    necessaires,
    ecart: possibles - necessaires,
    commerciaux: Math.ceil(Number((necessaires / possibles).toFixed(9))),
  };
}

describe('evaluerCapacite', () => {
  test('l’exemple de la leçon : 420 min, 4 visites par jour, 368 possibles, 420 nécessaires, 2 commerciaux', () => {
    const r = valeurDe(evaluerCapacite(CAPACITE_PAR_DEFAUT))!;
    expect(r.minutesDisponibles).toBe(420);
    expect(r.minutesParVisite).toBe(100);
    expect(r.visitesParJourExact).toBeCloseTo(4.2, 12);
    expect(r.visitesParJour).toBe(4);
    expect(r.jours).toBe(92);
    expect(r.visitesPossibles).toBe(368);
    expect(r.secondesVisites).toBe(120);
    expect(r.visitesNecessaires).toBe(420);
    expect(r.ecart).toBe(-52);
    expect(r.commerciauxNecessaires).toBe(2);
  });

  test('la tournée de la leçon : 20 min de trajet → 5 visites par jour, 460 par an, 1 commercial', () => {
    const r = valeurDe(evaluerCapacite(avec({ dureeTrajet: '20' })))!;
    expect(r.visitesParJour).toBe(5);
    expect(r.visitesPossibles).toBe(460);
    expect(r.ecart).toBe(40);
    expect(r.commerciauxNecessaires).toBe(1);
  });

  test.each([
    [
      {
        semaines: '45',
        joursParSemaine: '2,5',
        heuresParJour: '7,5',
        tempsAdministratif: '45',
        dureeVisite: '50',
        dureeTrajet: '35',
        prospects: '1 250',
        tauxSecondeVisite: '35 %',
      },
      [45, 2.5, 7.5, 45, 50, 35, 1250, 0.35],
    ],
    [
      {
        semaines: '47',
        joursParSemaine: '3',
        heuresParJour: '8',
        tempsAdministratif: '0',
        dureeVisite: '45',
        dureeTrajet: '0',
        prospects: '37',
        tauxSecondeVisite: '0',
      },
      [47, 3, 8, 0, 45, 0, 37, 0],
    ],
    [
      {
        semaines: '40',
        joursParSemaine: '1',
        heuresParJour: '9,25',
        tempsAdministratif: '75',
        dureeVisite: '90',
        dureeTrajet: '60',
        prospects: '2\u202f000',
        tauxSecondeVisite: '100',
      },
      [40, 1, 9.25, 75, 90, 60, 2000, 1],
    ],
  ] as const)(
    'saisie à la française %# comparée à un calcul indépendant',
    (saisie, [s, j, h, a, v, t, p, x]) => {
      const r = valeurDe(evaluerCapacite(saisie))!;
      const e = calculIndependant(s, j, h, a, v, t, p, x);
      expect(r.minutesDisponibles).toBeCloseTo(e.disponibles, 9);
      expect(r.visitesParJour).toBe(e.parJour);
      expect(r.visitesPossibles).toBe(e.possibles);
      expect(r.visitesNecessaires).toBe(e.necessaires);
      expect(r.ecart).toBe(e.ecart);
      expect(r.commerciauxNecessaires).toBe(e.commerciaux);
    },
  );

  test('une saisie invalide donne une erreur en français sur le bon champ, sans résultat', () => {
    const e = evaluerCapacite(avec({ semaines: 'beaucoup', dureeTrajet: '' }));
    expect(valeurDe(e)).toBeUndefined();
    expect(erreursDe(e).semaines).toMatch(/nombre/);
    expect(erreursDe(e).dureeTrajet).toBe(
      'Le temps de trajet est vide\u202F: saisissez un nombre.',
    );
    expect(erreursDe(e).prospects).toBeUndefined();
    expect(erreursDe(evaluerCapacite(avec({ semaines: '60' }))).semaines).toMatch(/entre 0 et 53/);
    expect(erreursDe(evaluerCapacite(avec({ joursParSemaine: '8' }))).joursParSemaine).toMatch(
      /entre 0 et 7/,
    );
    expect(erreursDe(evaluerCapacite(avec({ heuresParJour: '25' }))).heuresParJour).toMatch(
      /24\u00a0heures/,
    );
    expect(erreursDe(evaluerCapacite(avec({ dureeVisite: '-5' }))).dureeVisite).toMatch(/positif/);
    expect(erreursDe(evaluerCapacite(avec({ prospects: '12,5' }))).prospects).toMatch(/entier/);
    expect(
      erreursDe(evaluerCapacite(avec({ tauxSecondeVisite: '150' }))).tauxSecondeVisite,
    ).toMatch(/entre 0\u202f% et 100\u202f%/);
  });

  test('sans visite possible, une erreur dit quel chiffre change tout', () => {
    expect(
      erreursDe(evaluerCapacite(avec({ tempsAdministratif: '480' }))).tempsAdministratif,
    ).toMatch(/toute la journée/);
    expect(erreursDe(evaluerCapacite(avec({ dureeVisite: '500' }))).dureeVisite).toMatch(
      /ne tiennent pas/,
    );
    expect(erreursDe(evaluerCapacite(avec({ joursParSemaine: '0' }))).joursParSemaine).toMatch(
      /aucun jour/,
    );
    expect(
      erreursDe(evaluerCapacite(avec({ dureeVisite: '0', dureeTrajet: '0' }))).dureeVisite,
    ).toBeTruthy();
  });
});

describe('propriétés', () => {
  test('une saisie valide donne un résultat fini ; un seul champ illisible est signalé, lui seul', () => {
    const entier = (min: number, max: number) => fc.integer({ min, max }).map(String);
    proprieteDesChamps({
      evaluer: evaluerCapacite,
      saisie: fc.record({
        semaines: entier(1, 52),
        joursParSemaine: entier(1, 5),
        heuresParJour: entier(7, 10),
        tempsAdministratif: entier(0, 60),
        dureeVisite: entier(20, 90),
        dureeTrajet: entier(0, 60),
        prospects: entier(0, 2000),
        tauxSecondeVisite: entier(0, 100),
      }),
      champs: CHAMPS_CAPACITE.map((champ) => ({
        champ,
        mettre: (s: SaisieCapacite, texte: string) => ({ ...s, [champ]: texte }),
      })),
    });
  });
});

describe('capaciteParDefaut', () => {
  test('écrit les chiffres d’une entreprise comme l’apprenant les taperait', () => {
    const capacite = {
      semaines: 46,
      joursParSemaine: 1.5,
      heuresParJour: 7.5,
      tempsAdministratif: 48,
      dureeVisite: 60,
      dureeTrajet: 35,
      prospects: 1250,
      tauxSecondeVisite: 0.35,
    };
    expect(capaciteParDefaut({ capacite })).toEqual({
      semaines: '46',
      joursParSemaine: '1,5',
      heuresParJour: '7,5',
      tempsAdministratif: '48',
      dureeVisite: '60',
      dureeTrajet: '35',
      prospects: '1 250',
      tauxSecondeVisite: '35',
    });
    expect(capaciteParDefaut({})).toBe(CAPACITE_PAR_DEFAUT);
  });
  test('propriété : relus par evaluerCapacite, les chiffres tapés redonnent ceux de l’entreprise (le taux en fraction)', () => {
    fc.assert(
      fc.property(
        fc.record({
          semaines: fc.integer({ min: 1, max: 53 }),
          joursParSemaine: fc.integer({ min: 1, max: 14 }).map((x) => x / 2),
          heuresParJour: fc.integer({ min: 12, max: 20 }).map((x) => x / 2),
          tempsAdministratif: fc.integer({ min: 0, max: 120 }),
          dureeVisite: fc.integer({ min: 15, max: 120 }),
          dureeTrajet: fc.integer({ min: 0, max: 90 }),
          prospects: fc.integer({ min: 0, max: 100_000 }),
          tauxSecondeVisite: fc.integer({ min: 0, max: 20 }).map((x) => x / 20),
        }),
        (capacite) => {
          const e = evaluerCapacite(capaciteParDefaut({ capacite }));
          const r = e.ok ? e.valeur : undefined;
          return (
            r !== undefined &&
            (Object.keys(capacite) as (keyof typeof capacite)[]).every(
              (k) => Math.abs(r[k] - capacite[k]) < 1e-9,
            )
          );
        },
      ),
    );
  });
});

describe('premieresEtSecondes (verif14 item 4 : « 1 premières + 1 secondes »)', () => {
  test('0, 1 et 2, sous les chiffres et dans la phrase', () => {
    expect(premieresEtSecondes({ prospects: 1, secondesVisites: 1 })).toBe(
      '1\u00a0première + 1\u00a0seconde',
    );
    expect(premieresEtSecondes({ prospects: 2, secondesVisites: 0 })).toBe(
      '2\u00a0premières + aucune\u00a0seconde',
    );
    expect(premieresEtSecondes({ prospects: 0, secondesVisites: 2 })).toBe(
      'aucune\u00a0première + 2\u00a0secondes',
    );
  });
});
