import { describe, expect, test } from 'vitest';
import type { ResultatCapacite } from '@lib/planning/evaluation-capacite.ts';
import { interpreterCapacite } from '@lib/planning/interpretation-capacite.ts';

/**
 * The lesson's example, worked by hand: 46 weeks × 2 days = 92 days; 8 h − 60 min of admin =
 * 420 min; 60 + 40 = 100 min a visit, 4,2 → 4 a day, 368 a year; 300 prospects + 40 % seen
 * twice = 420 visits needed: 52 short, 2 salespeople.
 */
const lecon: ResultatCapacite = {
  semaines: 46,
  joursParSemaine: 2,
  heuresParJour: 8,
  tempsAdministratif: 60,
  dureeVisite: 60,
  dureeTrajet: 40,
  prospects: 300,
  tauxSecondeVisite: 0.4,
  jours: 92,
  minutesParJour: 480,
  minutesDisponibles: 420,
  minutesParVisite: 100,
  visitesParJourExact: 4.2,
  visitesParJour: 4,
  visitesPossibles: 368,
  secondesVisites: 120,
  visitesNecessaires: 420,
  ecart: -52,
  commerciauxNecessaires: 2,
};

describe('interpreterCapacite', () => {
  test('explique l’exemple de la leçon en français, avec la typographie française', () => {
    const p = interpreterCapacite(lecon);
    expect(p).toContain('Avec 420\u00a0min par jour pour le terrain et 100\u00a0min par visite');
    expect(p).toContain('4\u00a0visites par jour (4,2 arrondi vers le bas)');
    expect(p).toContain('368\u00a0visites sur ses 92\u00a0jours de prospection');
    expect(p).toContain(
      'Il en faut 420\u202f: 300\u00a0premières visites et 120\u00a0secondes (40\u202f% des prospects)',
    );
    expect(p).toContain('laisserait 52\u00a0visites non faites\u202f: il en faut 2,');
    expect(p).not.toMatch(/ [:;!?%]|NaN|undefined/);
  });

  test('accorde au singulier sous 2 (« 1 visite non faite », « 1,5 jour »)', () => {
    const p = interpreterCapacite({
      ...lecon,
      jours: 1.5,
      minutesDisponibles: 100,
      visitesParJourExact: 1,
      visitesParJour: 1,
      visitesPossibles: 1,
      prospects: 2,
      secondesVisites: 0,
      visitesNecessaires: 2,
      ecart: -1,
    });
    expect(p).toContain('fait 1\u00a0visite par jour, soit 1\u00a0visite sur ses 1,5\u00a0jour ');
    expect(p).toContain('laisserait 1\u00a0visite non faite\u202f:');
  });

  test('couvre le cas suffisant, l’égalité et l’absence de besoin', () => {
    expect(interpreterCapacite({ ...lecon, visitesPossibles: 460, ecart: 40 })).toContain(
      'Un seul commercial suffit, avec une marge de 40\u00a0visites.',
    );
    expect(interpreterCapacite({ ...lecon, visitesNecessaires: 368, ecart: 0 })).toContain(
      'Un seul commercial suffit, sans aucune marge.',
    );
    expect(interpreterCapacite({ ...lecon, prospects: 0, visitesNecessaires: 0 })).toContain(
      'Aucune visite n’est à faire\u202f: saisissez le nombre de prospects retenus.',
    );
  });

  test('verif14 item 4 : 0, 1 et 2 premières et secondes visites (jamais « 1 premières »)', () => {
    const besoin = (prospects: number, secondesVisites: number) =>
      interpreterCapacite({
        ...lecon,
        prospects,
        secondesVisites,
        visitesNecessaires: prospects + secondesVisites,
        ecart: lecon.visitesPossibles - prospects - secondesVisites,
      });
    expect(besoin(1, 1)).toContain(
      'Il en faut 2\u202f: 1\u00a0première visite et 1\u00a0seconde (',
    );
    expect(besoin(1, 0)).toContain(': 1\u00a0première visite et aucune\u00a0seconde (');
    expect(besoin(2, 2)).toContain(': 2\u00a0premières visites et 2\u00a0secondes (');
  });
});
