import { describe, expect, it } from 'vitest';
import { creerAleatoire } from '@lib/aleatoire.ts';
import { formule } from '@lib/formules.ts';
import type { Resultat } from '@lib/resultat.ts';
import { effectifsNecessaires, entonnoir, tauxDEtapes } from '@lib/entonnoir.ts';
import { taux } from '@lib/valeur-client.ts';
import { exercicesNumeriques } from '@exercises/mesurer-l-efficacite/index.ts';
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
  const alea = creerAleatoire('tests-mesurer-l-efficacite');
  return Array.from({ length: SEEDS }, () => nouveauCode(alea));
})();
const attendu = (version: VersionNumerique, cle: string) => version.reponses.find((r) => r.cle === cle)!.attendu;
const tauxDe = (d: Record<string, number>) => [d.t1, d.t2, d.t3, d.t4];

/** Per exercise: recompute the expected answers from the statement's numbers with src/lib (and the catalogue). */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'mesurer-l-efficacite/taux-etape': (version) => {
    const { appeles, joints, rdv, propositions, commandes } = version.donnees;
    const observe = v(tauxDEtapes({ effectifs: [appeles, joints, rdv, propositions, commandes] }));
    expect(attendu(version, 'tauxRdv')).toBe(observe.taux[1]);
    expect(attendu(version, 'tauxTransformation')).toBe(observe.taux[3]);
    expect(attendu(version, 'tauxRdv')).toBe(v(taux({ sortants: rdv, entrants: joints })));
    expect(v(formule('taux')!.calculer({ sortants: commandes, entrants: propositions }))).toBe(attendu(version, 'tauxTransformation'));
    for (const x of [appeles, joints, rdv, propositions, commandes]) expect(Number.isInteger(x)).toBe(true);
  },
  'mesurer-l-efficacite/taux-global': (version) => {
    const t = tauxDe(version.donnees);
    const avant = v(entonnoir({ entree: version.donnees.appeles, taux: t }));
    expect(attendu(version, 'tauxGlobal')).toBeCloseTo(t[0] * t[1] * t[2] * t[3], 12);
    expect(attendu(version, 'tauxGlobal')).toBeCloseTo(avant.tauxGlobal, 12);
    expect(attendu(version, 'commandes')).toBeCloseTo(avant.effectifs[4], 9);
    for (const x of t) expect(Math.round(x * 100) % 5).toBe(0);
  },
  'mesurer-l-efficacite/contacts-a-rebours': (version) => {
    const t = tauxDe(version.donnees);
    const { objectif } = version.donnees;
    const besoin = v(effectifsNecessaires({ objectif, taux: t }));
    expect(attendu(version, 'appeles')).toBe(besoin[0]);
    expect(attendu(version, 'rdv')).toBe(besoin[2]);
    // Rounding up at each stage is enough: going forward from the answer reaches the objective.
    const avant = v(entonnoir({ entree: besoin[0], taux: t }));
    expect(avant.effectifs[4]).toBeGreaterThanOrEqual(objectif - 1e-9);
    for (const x of besoin) expect(Number.isInteger(x)).toBe(true);
  },
};

describe.each(exercicesNumeriques.map((e) => [e.id, e] as const))('%s over 1 000 seeds', (id, exercice) => {
  const versions = codes.map((code) => genererVersion({ exerciceId: id, code, generer: exercice.generer }));

  it('has a recomputation test and an id of its chapter', () => {
    expect(RECALCUL[id]).toBeTypeOf('function');
    expect(id.startsWith('mesurer-l-efficacite/')).toBe(true);
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
        if (r.unite === 'nombre') expect(r.attendu).toBeLessThan(5000); // a backward funnel can ask for a few thousand calls
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
