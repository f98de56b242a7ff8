import { expect } from 'vitest';
import { formule } from '@lib/formules/catalogue.ts';
import { totalDepenses } from '@lib/budget/budget.ts';
import { margeUnitaire } from '@lib/marges/marges.ts';
import {
  clientsPourRentabiliser,
  coutAcquisitionClient,
  resultatOperation,
  roi,
} from '@lib/marges/rentabilite.ts';
import { tauxDeRealisation } from '@lib/portefeuille/valeur-client.ts';
import { exercicesNumeriques } from '@exercises/mesurer-la-rentabilite/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

const lignesDe = (donnees: Record<string, number>, sauf: string[]) =>
  Object.entries(donnees)
    .filter(([k]) => !sauf.includes(k))
    .map(([id, montant]) => ({ id, action: id, montant }));

/** Per exercise: recompute the expected answers from the statement's numbers with src/lib (and the catalogue). */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'mesurer-la-rentabilite/taux-de-realisation': (version) => {
    for (const cle of ['rdv', 'commandes', 'ca']) {
      const realise = version.donnees[`${cle}Realise`];
      const objectif = version.donnees[`${cle}Objectif`];
      expect(attendu(version, cle)).toBe(v(tauxDeRealisation({ realise, objectif })));
      expect(attendu(version, cle)).not.toBe(1);
    }
  },
  'mesurer-la-rentabilite/resultat-roi': (version) => {
    const { chiffreAffaires, coutAchat } = version.donnees;
    const cout = v(
      totalDepenses({ lignes: lignesDe(version.donnees, ['chiffreAffaires', 'coutAchat']) }),
    );
    const margeGeneree = v(margeUnitaire({ prixVenteHT: chiffreAffaires, coutAchatHT: coutAchat }));
    expect(attendu(version, 'marge')).toBe(margeGeneree);
    expect(attendu(version, 'resultat')).toBe(v(resultatOperation({ margeGeneree, cout })));
    expect(attendu(version, 'roi')).toBeCloseTo(v(roi({ margeGeneree, cout })), 12);
    expect(v(formule('roi')!.calculer({ margeGeneree, cout }))).toBeCloseTo(
      attendu(version, 'roi'),
      12,
    );
    // The ROI on turnover is always far above the right one: the mistake is worth detecting.
    expect((chiffreAffaires - cout) / cout).toBeGreaterThan(attendu(version, 'roi') + 0.5);
  },
  'mesurer-la-rentabilite/clients-rentabiliser': (version) => {
    const { cout, nouveauxClients, margeParClient } = version.donnees;
    expect(attendu(version, 'cac')).toBe(
      v(coutAcquisitionClient({ coutTotal: cout, nouveauxClients })),
    );
    const clients = attendu(version, 'clients');
    expect(clients).toBe(v(clientsPourRentabiliser({ cout, margeParClient })));
    expect(Number.isInteger(clients)).toBe(true);
    expect(clients * margeParClient).toBeGreaterThanOrEqual(cout);
    expect((clients - 1) * margeParClient).toBeLessThan(cout);
  },
};

// A realisation rate can exceed 100 %; a ROI stays below 150 %.
testerSerieNumerique({
  chapitre: 'mesurer-la-rentabilite',
  exercicesNumeriques,
  recalcul: RECALCUL,
  maxTaux: 1.6,
});
