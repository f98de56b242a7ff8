import { describe, expect, it } from 'vitest';
import { creerAleatoire } from '@lib/aleatoire.ts';
import { caMinimum, caObjectif, totalDepenses } from '@lib/budget.ts';
import { formule } from '@lib/formules.ts';
import { tauxDeMarqueDepuisTauxDeMarge } from '@lib/marges.ts';
import { clientsPourRentabiliser } from '@lib/rentabilite.ts';
import { valeurClientEnMarge } from '@lib/valeur-client.ts';
import type { Resultat } from '@lib/resultat.ts';
import { exercicesNumeriques } from '@exercises/budgetiser/index.ts';
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
  const alea = creerAleatoire('tests-budgetiser');
  return Array.from({ length: SEEDS }, () => nouveauCode(alea));
})();
const attendu = (version: VersionNumerique, cle: string) => version.reponses.find((r) => r.cle === cle)!.attendu;
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
    expect(v(formule('ca-minimum')!.calculer({ depenses, tauxDeMarque: donnees.tauxDeMarque }))).toBeCloseTo(ca, 6);
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
    expect(v(totalDepenses({ lignes: [...connues, { id: 'x', action: 'x', montant: manquante }] }))).toBe(enveloppe);
    expect(attendu(version, 'caMinimum')).toBeCloseTo(v(caMinimum({ depenses: enveloppe, tauxDeMarque })), 6);
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
};

describe.each(exercicesNumeriques.map((e) => [e.id, e] as const))('%s over 1 000 seeds', (id, exercice) => {
  const versions = codes.map((code) => genererVersion({ exerciceId: id, code, generer: exercice.generer }));

  it('has a recomputation test and an id of its chapter', () => {
    expect(RECALCUL[id]).toBeTypeOf('function');
    expect(id.startsWith('budgetiser/')).toBe(true);
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
        if (r.unite === '%') expect(r.attendu).toBeLessThan(1);
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
  it('has at least four generators with unique ids', () => {
    expect(exercicesNumeriques.length).toBeGreaterThanOrEqual(4);
    expect(new Set(exercicesNumeriques.map((e) => e.id)).size).toBe(exercicesNumeriques.length);
  });

  it('gives different numbers to each exercise for the same code', () => {
    const donnees = exercicesNumeriques.map((e) => JSON.stringify(genererVersion({ exerciceId: e.id, code: 'K7Q2', generer: e.generer }).donnees));
    expect(new Set(donnees).size).toBe(donnees.length);
  });
});
