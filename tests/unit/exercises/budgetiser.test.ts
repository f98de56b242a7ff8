import { expect } from 'vitest';
import { caMinimum, caObjectif, totalDepenses } from '@lib/budget/budget.ts';
import { formule } from '@lib/formules/catalogue.ts';
import { tauxDeMarqueDepuisTauxDeMarge } from '@lib/marges/marges.ts';
import {
  clientsPourRentabiliser,
  indiceDeSecurite,
  margeDeSecurite,
  pointMort,
  seuilDeRentabilite,
  tauxMargeSurCoutVariable,
} from '@lib/marges/rentabilite.ts';
import { valeurClientEnMarge } from '@lib/portefeuille/valeur-client.ts';
import { exercicesNumeriques } from '@exercises/budgetiser/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

const lignesDe = (donnees: Record<string, number>, sauf: string[]) =>
  Object.entries(donnees)
    .filter(([k]) => !sauf.includes(k))
    .map(([id, montant]) => ({ id, action: id, montant }));

/** Per exercise: recompute the expected answers from the statement's numbers with src/lib (and the catalogue). */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'budgetiser/ca-minimum': ({ donnees, ...version }) => {
    const depenses = v(totalDepenses({ lignes: lignesDe(donnees, ['tauxDeMarque']) }));
    expect(attendu({ donnees, ...version }, 'depenses')).toBe(depenses);
    const ca = v(caMinimum({ depenses, tauxDeMarque: donnees.tauxDeMarque }));
    expect(attendu({ donnees, ...version }, 'caMinimum')).toBeCloseTo(ca, 6);
    expect(
      v(formule('ca-minimum')!.calculer({ depenses, tauxDeMarque: donnees.tauxDeMarque })),
    ).toBeCloseTo(ca, 6);
    expect(donnees.tauxDeMarque).toBeGreaterThanOrEqual(0.2);
    expect(donnees.tauxDeMarque).toBeLessThanOrEqual(0.45);
    expect(Math.round(donnees.tauxDeMarque * 1000) % 5).toBe(0); // whole or half percents
  },
  'budgetiser/ca-minimum-taux-de-marge': (version) => {
    const { depenses, tauxDeMarge } = version.donnees;
    const tauxDeMarque = v(tauxDeMarqueDepuisTauxDeMarge({ tauxDeMarge }));
    expect(attendu(version, 'tauxDeMarque')).toBeCloseTo(tauxDeMarque, 12);
    expect(attendu(version, 'tauxDeMarque')).toBeLessThan(tauxDeMarge);
    expect(attendu(version, 'caMinimum')).toBeCloseTo(v(caMinimum({ depenses, tauxDeMarque })), 6);
  },
  'budgetiser/ligne-manquante': (version) => {
    const { enveloppe, tauxDeMarque } = version.donnees;
    const connues = lignesDe(version.donnees, ['enveloppe', 'tauxDeMarque']);
    const manquante = attendu(version, 'ligneManquante');
    expect(
      v(totalDepenses({ lignes: [...connues, { id: 'x', action: 'x', montant: manquante }] })),
    ).toBe(enveloppe);
    expect(attendu(version, 'caMinimum')).toBeCloseTo(
      v(caMinimum({ depenses: enveloppe, tauxDeMarque })),
      6,
    );
  },
  'budgetiser/ca-objectif': (version) => {
    const { depenses, beneficeVise, tauxDeMarque } = version.donnees;
    const ca = v(caObjectif({ depenses, beneficeVise, tauxDeMarque }));
    expect(attendu(version, 'caObjectif')).toBeCloseTo(ca, 6);
    expect(ca).toBeGreaterThan(v(caMinimum({ depenses, tauxDeMarque })));
  },
  'budgetiser/clients-rentabilite': (version) => {
    const { cout, panierMoyen, frequence, tauxDeMarque } = version.donnees;
    const marge = v(valeurClientEnMarge({ panierMoyen, frequence, duree: 1, tauxDeMarque }));
    expect(attendu(version, 'margeParClient')).toBeCloseTo(marge, 9);
    const clients = attendu(version, 'clients');
    expect(clients).toBe(v(clientsPourRentabiliser({ cout, margeParClient: marge })));
    expect(Number.isInteger(clients)).toBe(true);
    expect(clients).toBeGreaterThanOrEqual(3);
    expect(clients * marge).toBeGreaterThanOrEqual(cout);
    expect((clients - 1) * marge).toBeLessThan(cout);
  },
  'budgetiser/seuil-de-rentabilite': (version) => {
    const { chiffreAffaires, chargesVariables, chargesFixes } = version.donnees;
    const taux = v(tauxMargeSurCoutVariable({ chiffreAffaires, chargesVariables }));
    expect(attendu(version, 'tauxMcv')).toBeCloseTo(taux, 12);
    const seuil = v(seuilDeRentabilite({ chargesFixes, tauxMargeSurCoutVariable: taux }));
    expect(attendu(version, 'seuil')).toBeCloseTo(seuil, 6);
    expect(seuil).toBeLessThan(chiffreAffaires);
    expect(attendu(version, 'pointMort')).toBeCloseTo(
      v(pointMort({ seuilDeRentabilite: seuil, chiffreAffaires, joursParAn: 360 })),
      9,
    );
    expect(attendu(version, 'marge')).toBeCloseTo(
      v(margeDeSecurite({ chiffreAffaires, seuilDeRentabilite: seuil })),
      6,
    );
    expect(attendu(version, 'indice')).toBeCloseTo(
      v(indiceDeSecurite({ chiffreAffaires, seuilDeRentabilite: seuil })),
      12,
    );
  },
};

testerSerieNumerique({
  chapitre: 'budgetiser',
  exercicesNumeriques,
  recalcul: RECALCUL,
  minimum: 4,
});
