import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commerciauxNecessaires, visitesParCommercial } from '@lib/planning/capacite.ts';
import { anneeDeLaProchaineCampagne, capaciteDeDepart } from '@lib/planning/capacite-depart.ts';
import { erreur, fini, nimporte, v } from '../aide-lib.ts';

describe('capacité de visite', () => {
  it('worked example: 40 weeks × 4 days × 5 visits; 2 500 visits need 4 salespeople', () => {
    const parCommercial = v(
      visitesParCommercial({ semaines: 40, joursParSemaine: 4, visitesParJour: 5 }),
    );
    expect(parCommercial).toBe(800);
    expect(
      v(commerciauxNecessaires({ visitesAFaire: 2500, visitesParCommercial: parCommercial })),
    ).toBe(4);
    expect(v(commerciauxNecessaires({ visitesAFaire: 2400, visitesParCommercial: 800 }))).toBe(3);
    expect(v(commerciauxNecessaires({ visitesAFaire: 0, visitesParCommercial: 800 }))).toBe(0);
  });

  it('errors', () => {
    expect(
      erreur(visitesParCommercial({ semaines: 40, joursParSemaine: 8, visitesParJour: 5 }))?.champ,
    ).toBe('joursParSemaine');
    expect(
      erreur(visitesParCommercial({ semaines: 60, joursParSemaine: 4, visitesParJour: 5 }))?.champ,
    ).toBe('semaines');
    expect(erreur(commerciauxNecessaires({ visitesAFaire: 10, visitesParCommercial: 0 }))).toEqual({
      champ: 'visitesParCommercial',
      message:
        'Le nombre de visites par commercial doit être supérieur à 0 pour répartir les visites.',
    });
  });

  it('the team found can make the visits; one fewer cannot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 5000 }),
        (visitesAFaire, parCommercial) => {
          const n = v(
            commerciauxNecessaires({ visitesAFaire, visitesParCommercial: parCommercial }),
          );
          return n * parCommercial >= visitesAFaire && (n - 1) * parCommercial < visitesAFaire;
        },
      ),
    );
  });

  it('never NaN or Infinity', () => {
    fc.assert(
      fc.property(nimporte, nimporte, nimporte, (a, b, c) =>
        [
          visitesParCommercial({ semaines: a, joursParSemaine: b, visitesParJour: c }),
          commerciauxNecessaires({ visitesAFaire: a, visitesParCommercial: b }),
        ].every(fini),
      ),
    );
  });
});

describe('capaciteDeDepart (chapter 8 starts from the company)', () => {
  const force = {
    semainesParAn: 45,
    joursParSemaine: 5,
    partTempsProspection: 0.35,
    heuresParJour: 8,
    dureeVisiteMinutes: 60,
    trajetMoyenMinutes: 45,
    tempsAdministratifHeuresParSemaine: 6,
  };
  it('takes the card’s week and the last campaign’s planned visits, rounded as typed', () => {
    expect(
      capaciteDeDepart({ forceDeVente: force, rdvPrevus: 60, propositionsPrevues: 38 }),
    ).toEqual({
      semaines: 45,
      joursParSemaine: 2, // 5 × 35 % = 1,75, to the half day
      heuresParJour: 8,
      tempsAdministratif: 72, // 6 h × 60 ÷ 5 days
      dureeVisite: 60,
      dureeTrajet: 45,
      prospects: 60,
      tauxSecondeVisite: 0.65, // 38 ÷ 60 = 63,3 %, to 5 points
    });
  });
});

describe('anneeDeLaProchaineCampagne', () => {
  it('une campagne de septembre, vue le 15 mars 2026 : septembre 2026 ; vue en octobre : 2027', () => {
    expect(anneeDeLaProchaineCampagne({ reference: '2026-03-15', moisDebut: 9 })).toBe(2026);
    expect(anneeDeLaProchaineCampagne({ reference: '2026-10-01', moisDebut: 9 })).toBe(2027);
  });
  it('le mois même de la campagne : celle de cette année', () =>
    expect(anneeDeLaProchaineCampagne({ reference: '2026-09-30', moisDebut: 9 })).toBe(2026));
  it('propriété : cette année ou la suivante, et le mois de début n’est jamais déjà passé', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (annee, mois, moisDebut) => {
          const reference = `${annee}-${String(mois).padStart(2, '0')}-15`;
          const a = anneeDeLaProchaineCampagne({ reference, moisDebut });
          // Months counted from year 0: the campaign's first month is at or after the reference's.
          return (
            (a === annee || a === annee + 1) &&
            a * 12 + moisDebut >= annee * 12 + mois &&
            a * 12 + moisDebut < annee * 12 + mois + 12
          );
        },
      ),
    );
  });
});
