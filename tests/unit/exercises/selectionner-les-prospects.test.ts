import { expect } from 'vitest';
import { backtest, scorePoints, scorePondere } from '@lib/scoring/scoring.ts';
import { clientsAttendus } from '@lib/scoring/analyse.ts';
import { exercicesNumeriques } from '@exercises/selectionner-les-prospects/index.ts';
import { classementSynthetique } from '@exercises/selectionner-les-prospects/part-captee.ts';
import { attendu, testerSerieNumerique, v, type Recalcul } from './serie-numerique.ts';

const CRITERES = ['secteur', 'taille', 'localisation', 'besoin'];

/** Per exercise: recompute the expected answers from the statement's numbers, by another path than the generator's. */
const RECALCUL: Record<string, Recalcul> = {
  'selectionner-les-prospects/note-ponderee': (version) => {
    const d = version.donnees;
    const notes = CRITERES.map((c) => ({ note: d[`note_${c}`], coefficient: d[`coef_${c}`] }));
    const aLaMain =
      notes.reduce((s, x) => s + x.note * x.coefficient, 0) /
      notes.reduce((s, x) => s + x.coefficient, 0);
    expect(attendu(version, 'note')).toBeCloseTo(aLaMain, 12);
    expect(v(scorePondere({ notes }))).toBeCloseTo(aLaMain, 12);
    expect(aLaMain).toBeGreaterThanOrEqual(1);
    expect(aLaMain).toBeLessThanOrEqual(5);
  },
  'selectionner-les-prospects/score-points': (version) => {
    const d = version.donnees;
    // scorePoints (grid of occurrences) is another path than the generator's scorerProspects: caps applied here by hand.
    const faits = {
      secteur: d.cible ? 1 : 0,
      pme: d.estPme ? 1 : 0,
      devis: d.demandeDevis ? 1 : 0,
      ouvertures: 1,
      clics: 1,
      visites: 1,
    };
    const grille = {
      secteur: d.secteur,
      pme: d.pme,
      devis: { points: d.devis, nature: 'engagement' as const },
      ouvertures: {
        points: Math.min(d.ouvertures * d.ouverture, d.plafondOuvertures),
        nature: 'engagement' as const,
      },
      clics: { points: Math.min(d.clics * d.clic, d.plafondClics), nature: 'engagement' as const },
      visites: {
        points: Math.min(d.visites * d.visite, d.plafondVisites),
        nature: 'engagement' as const,
      },
    };
    expect(attendu(version, 'score')).toBe(v(scorePoints({ grille, faits })).total);
    expect(d.clics).toBeLessThanOrEqual(d.ouvertures);
  },
  'selectionner-les-prospects/clients-attendus': (version) => {
    const { chauds, tiedes, froids, pChaud, pTiede, pFroid } = version.donnees;
    const aLaMain = chauds * pChaud + tiedes * pTiede + froids * pFroid;
    expect(attendu(version, 'clients')).toBeCloseTo(aLaMain, 9);
    expect(
      v(clientsAttendus({ classes: [{ effectif: chauds, probabilite: pChaud }] })),
    ).toBeLessThan(aLaMain);
    expect(pChaud).toBeGreaterThan(pTiede);
    expect(pTiede).toBeGreaterThan(pFroid);
  },
  'selectionner-les-prospects/part-captee': (version) => {
    const { prospects, convertis, captes, retenus } = version.donnees;
    expect(retenus).toBe(prospects / 5);
    expect(attendu(version, 'partCaptee')).toBeCloseTo(captes / convertis, 12);
    expect(attendu(version, 'lift')).toBeCloseTo(captes / convertis / 0.2, 9);
    expect(captes).toBeLessThanOrEqual(Math.min(retenus, convertis));
    const b = v(backtest({ ...classementSynthetique({ prospects, retenus, convertis, captes }) }));
    expect([b.retenus, b.convertisCaptes, b.convertisTotal]).toEqual([retenus, captes, convertis]);
  },
};

testerSerieNumerique({
  chapitre: 'selectionner-les-prospects',
  exercicesNumeriques,
  recalcul: RECALCUL,
  minimum: 3,
  maxTaux: 1,
});
