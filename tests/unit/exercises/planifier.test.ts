import { expect } from 'vitest';
import { formule } from '@lib/formules/catalogue.ts';
import { commerciauxNecessaires, visitesParCommercial } from '@lib/planning/capacite.ts';
import { capaciteDeVisites } from '@lib/planning/planning.ts';
import { exercicesNumeriques } from '@exercises/planifier/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

/** Per exercise: recompute the expected answers from the statement's numbers with src/lib, independently of the generator. */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'planifier/visites-par-jour': (version) => {
    const { minutesParJour, tempsAdministratif, dureeVisite, dureeTrajet } = version.donnees;
    const c = v(
      capaciteDeVisites({ minutesParJour, tempsAdministratif, dureeVisite, dureeTrajet, jours: 1 }),
    );
    expect(attendu(version, 'minutesParVisite')).toBe(dureeVisite + dureeTrajet);
    const parJour = attendu(version, 'visitesParJour');
    expect(parJour).toBe(c.visitesParJour);
    // Rounded down: the visits fit in the free time, one more would not.
    expect(parJour * (dureeVisite + dureeTrajet)).toBeLessThanOrEqual(
      minutesParJour - tempsAdministratif,
    );
    expect((parJour + 1) * (dureeVisite + dureeTrajet)).toBeGreaterThan(
      minutesParJour - tempsAdministratif,
    );
    expect(parJour).toBeGreaterThanOrEqual(2);
  },
  'planifier/visites-par-an': (version) => {
    const {
      semaines,
      joursParSemaine,
      minutesParJour,
      tempsAdministratif,
      dureeVisite,
      dureeTrajet,
    } = version.donnees;
    const { visitesParJour } = v(
      capaciteDeVisites({ minutesParJour, tempsAdministratif, dureeVisite, dureeTrajet, jours: 1 }),
    );
    expect(attendu(version, 'visitesParJour')).toBe(visitesParJour);
    const parAn = v(visitesParCommercial({ semaines, joursParSemaine, visitesParJour }));
    expect(attendu(version, 'visitesParAn')).toBe(parAn);
    expect(
      v(formule('visites-par-commercial')!.calculer({ semaines, joursParSemaine, visitesParJour })),
    ).toBe(parAn);
    expect(semaines).toBeGreaterThanOrEqual(45);
    expect(semaines).toBeLessThanOrEqual(47);
  },
  'planifier/commerciaux': (version) => {
    const { visitesAFaire, semaines, joursParSemaine, visitesParJour } = version.donnees;
    const parCommercial = v(visitesParCommercial({ semaines, joursParSemaine, visitesParJour }));
    expect(attendu(version, 'visitesParCommercial')).toBe(parCommercial);
    const n = attendu(version, 'commerciaux');
    expect(n).toBe(
      v(commerciauxNecessaires({ visitesAFaire, visitesParCommercial: parCommercial })),
    );
    expect(
      v(
        formule('commerciaux-necessaires')!.calculer({
          visitesAFaire,
          visitesParCommercial: parCommercial,
        }),
      ),
    ).toBe(n);
    // Rounded up: the team covers every visit, one salesperson fewer would not.
    expect(n * parCommercial).toBeGreaterThanOrEqual(visitesAFaire);
    expect((n - 1) * parCommercial).toBeLessThan(visitesAFaire);
    expect(n).toBeGreaterThanOrEqual(2);
  },
};

testerSerieNumerique({ chapitre: 'planifier', exercicesNumeriques, recalcul: RECALCUL });
