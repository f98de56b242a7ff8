/**
 * The checks every chapter's numeric generators must pass over 1 000 codes (issue 5): agreement
 * with src/lib through a per-exercise recomputation, plausible finite numbers, a worked solution
 * ending on the expected answers, anticipated mistakes recognised, French typography, and the
 * same code giving the same version. Each chapter's test file supplies only its recomputations.
 */
import { describe, expect, it } from 'vitest';
import { creerAleatoire } from '@lib/commun/aleatoire.ts';
import { formule } from '@lib/formules/catalogue.ts';
import type { Resultat } from '@lib/commun/resultat.ts';
import { nouveauCode } from '@exercises/codes.ts';
import { formaterReponse, genererVersion, type VersionNumerique } from '@exercises/generateur.ts';
import type { ExerciceNumerique } from '@exercises/types.ts';
import { verifierNombre, verifierNumerique } from '@exercises/verification.ts';
import { fautesTypo, textes } from './typographie.ts';

/** 1 000 codes in `npm run test:long` (TESTS_LONGS=1), 100 in the everyday `npm test`. */
export const SEEDS = process.env.TESTS_LONGS ? 1000 : 100;

/** The value of a Resultat the test expects to be valid (a failure shows the French message). */
export const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};

/** The expected answer `cle` of a version. */
export const attendu = (version: VersionNumerique, cle: string) =>
  version.reponses.find((r) => r.cle === cle)!.attendu;

/** Recomputes a version's expected answers from its statement's numbers, with src/lib. */
export type Recalcul = (version: VersionNumerique) => void;

/** Runs the common checks on a chapter's numeric generators. */
export function testerSerieNumerique({
  chapitre,
  exercicesNumeriques,
  recalcul,
  minimum = 3,
  maxNombre = 1000,
  maxTaux = 1,
}: {
  chapitre: string;
  exercicesNumeriques: readonly ExerciceNumerique[];
  recalcul: Record<string, Recalcul>;
  /** Fewest generators the chapter must have. */
  minimum?: number;
  /** Upper bound of a plausible plain count in this chapter's answers. */
  maxNombre?: number;
  /** Upper bound of a plausible rate (1 = 100 %; a realisation rate or a ROI may exceed it). */
  maxTaux?: number;
}): void {
  const codes = (() => {
    const alea = creerAleatoire(`tests-${chapitre}`);
    return Array.from({ length: SEEDS }, () => nouveauCode(alea));
  })();

  describe.each(exercicesNumeriques.map((e) => [e.id, e] as const))(
    `%s over ${SEEDS} seeds`,
    (id, exercice) => {
      const versions = codes.map((code) =>
        genererVersion({ exerciceId: id, code, generer: exercice.generer }),
      );

      it('has a recomputation test and an id of its chapter', () => {
        expect(recalcul[id]).toBeTypeOf('function');
        expect(id.startsWith(`${chapitre}/`)).toBe(true);
      });

      it('agrees with src/lib and the catalogue', () => {
        for (const version of versions) recalcul[id](version);
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
            if (r.unite === '%') expect(r.attendu).toBeLessThan(maxTaux);
            if (r.unite === 'EUR') expect(r.attendu).toBeLessThan(2_000_000);
            if (r.unite === 'MAD') expect(r.attendu).toBeLessThan(20_000_000);
            if (r.unite === 'EUR' || r.unite === 'MAD')
              expect(r.attendu).toBeGreaterThanOrEqual(50);
            if (r.unite === 'nombre') expect(r.attendu).toBeLessThan(maxNombre);
          }
        }
      });

      it('ends its worked solution on the expected answers, citing catalogue formulas', () => {
        for (const { reponses, solution } of versions) {
          const derniere = solution[solution.length - 1].texte;
          for (const r of reponses)
            expect(derniere).toContain(formaterReponse({ valeur: r.attendu, unite: r.unite }));
          for (const etape of solution)
            if (etape.formuleId) expect(formule(etape.formuleId), etape.formuleId).toBeDefined();
        }
      });

      it('accepts its own expected answers typed back as displayed', () => {
        for (const version of versions) {
          const saisies = Object.fromEntries(
            version.reponses.map((r) => [
              r.cle,
              formaterReponse({ valeur: r.attendu, unite: r.unite }),
            ]),
          );
          expect(verifierNumerique({ version, saisies }).statut).toBe('correct');
        }
      });

      it('recognises each anticipated mistake, never on the right answer', () => {
        let reconnues = 0;
        for (const version of versions) {
          for (const erreur of version.erreursAnticipees) {
            const reponse = version.reponses.find(
              (r) => erreur.cle === undefined || r.cle === erreur.cle,
            )!;
            const texte = formaterReponse({ valeur: erreur.valeur, unite: reponse.unite });
            const verdict = verifierNombre({
              texte,
              reponse,
              erreursAnticipees: version.erreursAnticipees,
            });
            expect(verdict.statut).toBe('faux');
            expect(verdict.erreurAnticipee).toBe(true);
            reconnues++;
          }
        }
        expect(reconnues).toBeGreaterThan(SEEDS * 2);
      });

      it('writes correct French typography in every visible text', () => {
        for (const version of versions.slice(0, 200)) {
          const visibles = textes({
            enonce: version.enonce,
            indice: version.indice,
            solution: version.solution.map((s) => s.texte),
            messages: version.erreursAnticipees.map((e) => e.message),
            libelles: version.reponses.map((r) => r.libelle),
          });
          for (const { chemin, texte } of visibles)
            expect(fautesTypo(texte), `${chemin}: ${texte}`).toEqual([]);
        }
      });

      it('gives the same version for the same code, and different numbers for most codes', () => {
        const again = codes
          .slice(0, 50)
          .map((code) => genererVersion({ exerciceId: id, code, generer: exercice.generer }));
        expect(again).toEqual(versions.slice(0, 50));
        let differentes = 0;
        for (let i = 1; i < versions.length; i++)
          if (JSON.stringify(versions[i].donnees) !== JSON.stringify(versions[i - 1].donnees))
            differentes++;
        expect(differentes / (versions.length - 1)).toBeGreaterThan(0.98);
      });
    },
  );

  describe('the series', () => {
    it(`has at least ${minimum} generators with unique ids`, () => {
      expect(exercicesNumeriques.length).toBeGreaterThanOrEqual(minimum);
      expect(new Set(exercicesNumeriques.map((e) => e.id)).size).toBe(exercicesNumeriques.length);
    });

    it('gives different numbers to each exercise for the same code', () => {
      const donnees = exercicesNumeriques.map((e) =>
        JSON.stringify(
          genererVersion({ exerciceId: e.id, code: 'K7Q2', generer: e.generer }).donnees,
        ),
      );
      expect(new Set(donnees).size).toBe(donnees.length);
    });
  });
}
