/**
 * verif14 n° 7: the funnel's stages are defined once, in lib/campagne/etapes.ts. Every other list
 * (the dossier's, the dashboard's, the dossier's stored schema) must follow it: same ids, same
 * order, same names. A list that drifts (a stage added, renamed or reordered in one place only)
 * fails here.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  ETAPES_ENTONNOIR,
  IDS_ETAPES,
  TAUX_ENTONNOIR,
} from '../../../../src/lib/campagne/etapes.ts';
import { ETAPES, NOMS_ETAPES, dossierVide } from '../../../../src/lib/dossier/modele.ts';
import {
  COMPTES,
  ETAPE_DE_LIGNE,
  LIGNE_D_ETAPE,
  LIGNES,
  NOMS,
} from '../../../../src/lib/campagne/tableau-saisi.ts';
import { validerDossier } from '../../../../src/lib/dossier/lecture.ts';
import { analyseEntonnoir } from '../../../../src/lib/dossier/analyses-resultats.ts';
import { diagnostiquerCampagne } from '../../../../src/lib/campagne/diagnostic.ts';

describe('les étapes de l’entonnoir, définies une fois (etapes.ts)', () => {
  test('etapes.ts est cohérent : cinq étapes, quatre taux qui les relient dans l’ordre', () => {
    expect(ETAPES_ENTONNOIR.map((e) => e.id)).toEqual([...IDS_ETAPES]);
    expect(TAUX_ENTONNOIR.map((t) => [t.de, t.vers])).toEqual(
      IDS_ETAPES.slice(1).map((id, i) => [IDS_ETAPES[i], id]),
    );
  });

  test('le dossier : mêmes identifiants, même ordre, mêmes noms (plus de « Fiches du fichier »)', () => {
    expect([...ETAPES]).toEqual([...IDS_ETAPES]);
    for (const e of ETAPES_ENTONNOIR) expect(NOMS_ETAPES[e.id]).toBe(e.nom);
    expect(Object.keys(NOMS_ETAPES).sort()).toEqual([...IDS_ETAPES].sort());
  });

  test('le tableau de bord : une ligne par étape, dans l’ordre, jointe par identifiant, nommée comme etapes.ts', () => {
    expect(COMPTES.map((c) => ETAPE_DE_LIGNE[c])).toEqual([...IDS_ETAPES]);
    expect(LIGNES.slice(0, IDS_ETAPES.length)).toEqual([...COMPTES]);
    for (const e of ETAPES_ENTONNOIR)
      expect(NOMS[LIGNE_D_ETAPE[e.id]].nom.startsWith(e.nom)).toBe(true);
  });

  test('le schéma du dossier garde chaque étape de etapes.ts (réalisé et objectif)', () => {
    const etapes = Object.fromEntries(IDS_ETAPES.map((id, i) => [id, 100 - 10 * i]));
    const d = dossierVide();
    const lu = validerDossier({
      donnees: { ...d, resultats: { ...d.resultats, etapes, objectifsEtapes: etapes } },
    });
    if (!lu.ok) throw new Error(lu.erreur.message);
    expect(lu.valeur.resultats.etapes).toEqual(etapes);
    expect(lu.valeur.resultats.objectifsEtapes).toEqual(etapes);
  });

  test('propriété : l’étape faible du dossier est celle du diagnostic unique (chapitres 10 et 11)', () => {
    const entonnoir = fc
      .tuple(
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
      )
      .map(([n, taux]) => taux.reduce((e, t) => [...e, Math.floor(e[e.length - 1] * t)], [n]));
    fc.assert(
      fc.property(entonnoir, entonnoir, (reels, objectifs) => {
        fc.pre(objectifs.every((n) => n > 0));
        const d = dossierVide();
        const parId = (l: number[]) => Object.fromEntries(IDS_ETAPES.map((id, i) => [id, l[i]]));
        const a = analyseEntonnoir({
          dossier: {
            ...d,
            resultats: { ...d.resultats, etapes: parId(reels), objectifsEtapes: parId(objectifs) },
          },
        });
        if (a.etat !== 'calcule') return;
        const diag = diagnostiquerCampagne({
          tauxPrevus: objectifs.slice(1).map((o, i) => o / objectifs[i]),
          effectifsReels: reels,
        });
        if (!diag.ok) throw new Error(diag.erreur.message);
        const p = diag.valeur.plusFaible;
        if (p === null) expect(a.interpretation).toContain('Chaque étape atteint ou dépasse');
        else
          expect(a.interpretation).toContain(
            `«\u00A0${NOMS_ETAPES[diag.valeur.etapes[p].vers].toLowerCase()}\u00A0»`,
          );
      }),
    );
  });
});
