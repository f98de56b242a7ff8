import { describe, expect, it } from 'vitest';
import { creerAleatoire } from '@lib/aleatoire.ts';
import { formule } from '@lib/formules.ts';
import type { Resultat } from '@lib/resultat.ts';
import { totalDepenses } from '@lib/budget.ts';
import { margeUnitaire } from '@lib/marges.ts';
import { clientsPourRentabiliser, coutAcquisitionClient, resultatOperation, roi } from '@lib/rentabilite.ts';
import { tauxDeRealisation } from '@lib/valeur-client.ts';
import { exercicesNumeriques } from '@exercises/mesurer-la-rentabilite/index.ts';
import { nouveauCode } from '@exercises/codes.ts';
import { formaterReponse, genererVersion, type VersionNumerique } from '@exercises/generateur.ts';
import { verifierNombre, verifierNumerique } from '@exercises/verification.ts';
import { fautesTypo, textes } from './typographie.ts';

const SEEDS = 1000;
const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const codes = (() => {
  const alea = creerAleatoire('tests-mesurer-la-rentabilite');
  return Array.from({ length: SEEDS }, () => nouveauCode(alea));
})();
const attendu = (version: VersionNumerique, cle: string) => version.reponses.find((r) => r.cle === cle)!.attendu;
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
    const cout = v(totalDepenses({ lignes: lignesDe(version.donnees, ['chiffreAffaires', 'coutAchat']) }));
    const margeGeneree = v(margeUnitaire({ prixVenteHT: chiffreAffaires, coutAchatHT: coutAchat }));
    expect(attendu(version, 'marge')).toBe(margeGeneree);
    expect(attendu(version, 'resultat')).toBe(v(resultatOperation({ margeGeneree, cout })));
    expect(attendu(version, 'roi')).toBeCloseTo(v(roi({ margeGeneree, cout })), 12);
    expect(v(formule('roi')!.calculer({ margeGeneree, cout }))).toBeCloseTo(attendu(version, 'roi'), 12);
    // The ROI on turnover is always far above the right one: the mistake is worth detecting.
    expect((chiffreAffaires - cout) / cout).toBeGreaterThan(attendu(version, 'roi') + 0.5);
  },
  'mesurer-la-rentabilite/clients-rentabiliser': (version) => {
    const { cout, nouveauxClients, margeParClient } = version.donnees;
    expect(attendu(version, 'cac')).toBe(v(coutAcquisitionClient({ coutTotal: cout, nouveauxClients })));
    const clients = attendu(version, 'clients');
    expect(clients).toBe(v(clientsPourRentabiliser({ cout, margeParClient })));
    expect(Number.isInteger(clients)).toBe(true);
    expect(clients * margeParClient).toBeGreaterThanOrEqual(cout);
    expect((clients - 1) * margeParClient).toBeLessThan(cout);
  },
};

describe.each(exercicesNumeriques.map((e) => [e.id, e] as const))('%s over 1 000 seeds', (id, exercice) => {
  const versions = codes.map((code) => genererVersion({ exerciceId: id, code, generer: exercice.generer }));

  it('has a recomputation test and an id of its chapter', () => {
    expect(RECALCUL[id]).toBeTypeOf('function');
    expect(id.startsWith('mesurer-la-rentabilite/')).toBe(true);
  });

  it('agrees with src/lib and the catalogue', () => {
    for (const version of versions) RECALCUL[id](version);
  });

  it('draws finite, positive, plausible numbers', () => {
    for (const { donnees, reponses } of versions) {
      for (const [cle, valeur] of Object.entries(donnees)) {
        expect(Number.isFinite(valeur), cle).toBe(true);
        expect(valeur, cle).toBeGreaterThan(0);
      }
      for (const r of reponses) {
        expect(Number.isFinite(r.attendu)).toBe(true);
        expect(r.attendu).toBeGreaterThan(0);
        if (r.unite === '%') expect(r.attendu).toBeLessThan(1.6); // a realisation can exceed 100 %, a ROI stays below 150 %
        if (r.unite === 'EUR') expect(r.attendu).toBeLessThan(2_000_000);
        if (r.unite === 'MAD') expect(r.attendu).toBeLessThan(20_000_000);
        if (r.unite === 'EUR' || r.unite === 'MAD') expect(r.attendu).toBeGreaterThanOrEqual(50);
        if (r.unite === 'nombre') expect(r.attendu).toBeLessThan(1000);
      }
    }
  });

  it('ends its worked solution on the expected answers, citing catalogue formulas', () => {
    for (const { reponses, solution } of versions) {
      const derniere = solution[solution.length - 1].texte;
      for (const r of reponses) expect(derniere).toContain(formaterReponse({ valeur: r.attendu, unite: r.unite }));
      for (const etape of solution) if (etape.formuleId) expect(formule(etape.formuleId), etape.formuleId).toBeDefined();
    }
  });

  it('accepts its own expected answers typed back as displayed', () => {
    for (const version of versions) {
      const saisies = Object.fromEntries(version.reponses.map((r) => [r.cle, formaterReponse({ valeur: r.attendu, unite: r.unite })]));
      expect(verifierNumerique({ version, saisies }).statut).toBe('correct');
    }
  });

  it('recognises each anticipated mistake, never on the right answer', () => {
    let reconnues = 0;
    for (const version of versions) {
      for (const erreur of version.erreursAnticipees) {
        const reponse = version.reponses.find((r) => erreur.cle === undefined || r.cle === erreur.cle)!;
        const texte = formaterReponse({ valeur: erreur.valeur, unite: reponse.unite });
        const verdict = verifierNombre({ texte, reponse, erreursAnticipees: version.erreursAnticipees });
        expect(verdict.statut).toBe('faux');
        expect(verdict.erreurAnticipee).toBe(true);
        reconnues++;
      }
    }
    expect(reconnues).toBeGreaterThan(SEEDS * 2);
  });

  it('writes correct French typography in every visible text', () => {
    for (const version of versions.slice(0, 200)) {
      const visibles = textes({ enonce: version.enonce, indice: version.indice, solution: version.solution.map((s) => s.texte), messages: version.erreursAnticipees.map((e) => e.message), libelles: version.reponses.map((r) => r.libelle) });
      for (const { chemin, texte } of visibles) expect(fautesTypo(texte), `${chemin}: ${texte}`).toEqual([]);
    }
  });

  it('gives the same version for the same code, and different numbers for most codes', () => {
    const again = codes.slice(0, 50).map((code) => genererVersion({ exerciceId: id, code, generer: exercice.generer }));
    expect(again).toEqual(versions.slice(0, 50));
    let differentes = 0;
    for (let i = 1; i < versions.length; i++) if (JSON.stringify(versions[i].donnees) !== JSON.stringify(versions[i - 1].donnees)) differentes++;
    expect(differentes / (versions.length - 1)).toBeGreaterThan(0.98);
  });
});

describe('the series', () => {
  it('has at least three generators with unique ids', () => {
    expect(exercicesNumeriques.length).toBeGreaterThanOrEqual(3);
    expect(new Set(exercicesNumeriques.map((e) => e.id)).size).toBe(exercicesNumeriques.length);
  });

  it('gives different numbers to each exercise for the same code', () => {
    const donnees = exercicesNumeriques.map((e) => JSON.stringify(genererVersion({ exerciceId: e.id, code: 'K7Q2', generer: e.generer }).donnees));
    expect(new Set(donnees).size).toBe(donnees.length);
  });
});
