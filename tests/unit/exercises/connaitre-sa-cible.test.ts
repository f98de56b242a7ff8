import { expect } from 'vitest';
import { tauxDEngagement, touchesNecessaires, trierReponses } from '@lib/cible/engagement.ts';
import { exercicesNumeriques } from '@exercises/connaitre-sa-cible/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

/** Per exercise: recompute the expected answers from the statement's numbers, by hand and with src/lib. */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'connaitre-sa-cible/taux-engagement': (version) => {
    const { touches, ouvertures, clics } = version.donnees;
    expect(clics).toBeLessThanOrEqual(ouvertures);
    expect(attendu(version, 'tauxOuverture')).toBe(ouvertures / touches);
    expect(attendu(version, 'tauxClic')).toBe(v(tauxDEngagement({ reactions: clics, touches })));
    expect(attendu(version, 'tauxClicOuvreurs')).toBe(clics / ouvertures);
  },
  'connaitre-sa-cible/tri-reponses': (version) => {
    const { touches, ouvertures, clics, demandes } = version.donnees;
    expect(attendu(version, 'tiedes')).toBe(clics - demandes);
    expect(attendu(version, 'froids')).toBe(ouvertures - clics);
    const tri = v(trierReponses({ touches, ouvertures, clics, demandes }));
    expect(tri.chauds + tri.tiedes + tri.froids + tri.sansReaction).toBe(touches);
  },
  'connaitre-sa-cible/destinataires-necessaires': (version) => {
    const { passes, demandesPassees, objectif } = version.donnees;
    const taux = demandesPassees / passes;
    expect(attendu(version, 'taux')).toBe(taux);
    const n = attendu(version, 'destinataires');
    expect(n).toBe(v(touchesNecessaires({ objectif, taux })));
    // Independent: the smallest whole number of people whose expected quotes reach the objective.
    expect(n).toBe(Math.ceil((objectif * passes) / demandesPassees - 1e-9));
    expect(Number.isInteger(demandesPassees)).toBe(true);
  },
};

testerSerieNumerique({
  chapitre: 'connaitre-sa-cible',
  exercicesNumeriques,
  recalcul: RECALCUL,
  maxNombre: 20_000,
});
