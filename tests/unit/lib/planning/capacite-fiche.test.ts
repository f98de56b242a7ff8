import { describe, expect, it } from 'vitest';
import { capaciteDeLaFiche } from '@lib/planning/capacite-fiche.ts';
import { v } from '../aide-lib.ts';

const sadaf = {
  semainesParAn: 45,
  joursParSemaine: 5,
  partTempsProspection: 0.35,
  heuresParJour: 8,
  dureeVisiteMinutes: 60,
  trajetMoyenMinutes: 45,
  tempsAdministratifHeuresParSemaine: 6,
};

describe('capaciteDeLaFiche (chapter 8’s start, for the card, the dossier and the lessons)', () => {
  it('Sadaf by hand: 5 × 35 % = 1,75 day → 2 to the half day; (480 − 72) ÷ (60 + 45) ≈ 3,9 → 3 visits', () => {
    expect(v(capaciteDeLaFiche({ forceDeVente: sadaf }))).toEqual({
      joursParSemaineExacts: 1.75,
      joursParSemaine: 2,
      visitesParJour: 3,
    });
  });

  it('Hilal by hand: 5,5 × 30 % = 1,65 → 1,5; (480 − 87) ÷ 60 ≈ 6,5 → 6 visits', () => {
    const r = v(
      capaciteDeLaFiche({
        forceDeVente: {
          semainesParAn: 46,
          joursParSemaine: 5.5,
          partTempsProspection: 0.3,
          heuresParJour: 8,
          dureeVisiteMinutes: 45,
          trajetMoyenMinutes: 15,
          tempsAdministratifHeuresParSemaine: 8,
        },
      }),
    );
    expect(r.joursParSemaine).toBe(1.5);
    expect(r.joursParSemaineExacts).toBeCloseTo(1.65, 10);
    expect(r.visitesParJour).toBe(6);
  });

  it('a visit that takes no time is an error, not Infinity', () => {
    const r = capaciteDeLaFiche({
      forceDeVente: { ...sadaf, dureeVisiteMinutes: 0, trajetMoyenMinutes: 0 },
    });
    expect(r.ok).toBe(false);
  });
});
