import { describe, expect, test } from 'vitest';
import {
  ENTONNOIR_PAR_DEFAUT,
  evaluerEntonnoir,
  tauxEnTexte,
  validerSaisieEntonnoir,
  type SaisieEntonnoir,
} from '../../../src/stores/entonnoir.ts';
import { erreursDe } from '../../../src/lib/commun/resultat.ts';
import { valeurDe } from '../lib/aide-lib.ts';
import { diagnostiquerCampagne } from '../../../src/lib/campagne/diagnostic.ts';

const comparerAuRealise = ({
  effectifsReels,
  tauxPrevus,
}: {
  effectifsReels: number[];
  tauxPrevus: number[];
}) => {
  const d = diagnostiquerCampagne({ effectifsReels, tauxPrevus });
  if (!d.ok) return { erreur: d.erreur.message };
  return {
    ...d.valeur,
    plusFaible: d.valeur.plusFaible === null ? null : d.valeur.plusFaible + 1,
    tauxReels: d.valeur.etapes.map((e) => e.tauxReel),
  };
};

const avec = (c: Partial<SaisieEntonnoir>): SaisieEntonnoir => ({ ...ENTONNOIR_PAR_DEFAUT, ...c });
const effectifs = (s: SaisieEntonnoir) =>
  valeurDe(evaluerEntonnoir(s))!.etapes.map((e) => e.effectif);

/** Independent backward computation: divide and round up, stage by stage, in integer-safe steps. */
function rebours(objectif: number, tauxPourcent: number[]): number[] {
  const r = [objectif];
  for (let i = tauxPourcent.length - 1; i >= 0; i--) {
    // n ÷ (p / 100) = 100 n ÷ p, with p given in tenths of a percent to stay in integers.
    const p = Math.round(tauxPourcent[i] * 10);
    r.unshift(Math.ceil((r[0] * 1000) / p - 1e-9));
  }
  return r;
}

describe('evaluerEntonnoir, vers l’avant', () => {
  test('l’exemple de la leçon : 800 → 480 → 96 → 60 → 15, taux global 1,875 %', () => {
    const r = valeurDe(evaluerEntonnoir(ENTONNOIR_PAR_DEFAUT))!;
    const attendu = [
      800,
      800 * 0.6,
      800 * 0.6 * 0.2,
      800 * 0.6 * 0.2 * 0.625,
      800 * 0.6 * 0.2 * 0.625 * 0.25,
    ];
    r.etapes.forEach((e, i) => expect(e.effectif).toBeCloseTo(attendu[i], 9));
    expect(attendu.map(Math.round)).toEqual([800, 480, 96, 60, 15]);
    expect(r.tauxGlobal).toBeCloseTo(15 / 800, 12);
    expect(r.etapes[4].tauxCumule).toBeCloseTo(0.01875, 12);
    expect(r.etapes[2].tauxEtape).toBe(0.2);
    expect(r.etapes[0].tauxEtape).toBeNull();
  });

  test('1 000 appels : 19 commandes (des personnes entières, arrondies étape par étape), 18,75 en moyenne', () => {
    const r = valeurDe(evaluerEntonnoir(avec({ contacts: '1\u202f000' })))!;
    expect(r.etapes.map((e) => e.effectif)).toEqual([1000, 600, 120, 75, 19]);
    expect(r.etapes[4].moyenne).toBeCloseTo(18.75, 9);
  });

  test('57 prospects sélectionnés : des personnes entières, jamais « 34,2 contacts joints »', () => {
    const r = valeurDe(evaluerEntonnoir(avec({ contacts: '57' })))!;
    expect(r.etapes.map((e) => e.effectif)).toEqual([57, 34, 7, 4, 1]);
    expect(r.etapes.every((e) => Number.isInteger(e.effectif))).toBe(true);
  });

  test('les saisies à la française sont lues', () => {
    const e = effectifs(avec({ contacts: '2 400', taux: ['55,5 %', '12.5', '50%', '33,3'] }));
    expect(e).toEqual([2400, 1332, 167, 84, 28]);
  });
});

describe('evaluerEntonnoir, à rebours', () => {
  test('l’exemple de la leçon : 24 commandes → 96 → 154 → 770 → 1 284 contacts', () => {
    const r = valeurDe(evaluerEntonnoir(avec({ mode: 'rebours' })))!;
    expect(r.etapes.map((e) => e.effectif)).toEqual([1284, 770, 154, 96, 24]);
    expect(r.etapes.map((e) => e.effectif)).toEqual(rebours(24, [60, 20, 62.5, 25]));
    expect(r.calculDirect).toBeCloseTo(1280, 9);
  });

  test.each([
    [10, ['50', '40', '30', '20']],
    [37, ['71,3', '18,4', '55,5', '9,9']],
    [1, ['100', '100', '100', '100']],
    [500, ['33,3', '66,6', '12,1', '3']],
  ] as const)(
    'objectif %i avec des taux saisis à la française, comparé à un calcul indépendant',
    (objectif, taux) => {
      const e = effectifs(avec({ mode: 'rebours', objectif: String(objectif), taux: [...taux] }));
      expect(e).toEqual(
        rebours(
          objectif,
          taux.map((t) => Number(t.replace(',', '.'))),
        ),
      );
      for (let i = 1; i < e.length; i++) expect(e[i]).toBeLessThanOrEqual(e[i - 1]);
    },
  );
});

describe('erreurs en français, sur le bon champ', () => {
  test('un taux au-delà de 100 %, un texte, un champ vide', () => {
    expect(
      erreursDe(evaluerEntonnoir(avec({ taux: ['120 %', '20', '62,5', '25'] })))['taux-0'],
    ).toBe(
      'Le taux de joignabilité ne peut pas dépasser 100\u202f%\u202f: une étape ne peut pas compter plus de personnes que la précédente.',
    );
    expect(erreursDe(evaluerEntonnoir(avec({ taux: ['-5', '20', '62,5', '25'] })))['taux-0']).toBe(
      'Le taux de joignabilité ne peut pas être négatif.',
    );
    expect(erreursDe(evaluerEntonnoir(avec({ contacts: '99999999999999' }))).contacts).toMatch(
      /dépasse un milliard/,
    );
    expect(
      erreursDe(evaluerEntonnoir(avec({ taux: ['60', 'abc', '62,5', '25'] })))['taux-1'],
    ).toMatch(/pas un nombre/);
    expect(erreursDe(evaluerEntonnoir(avec({ taux: ['60', '20', '', '25'] })))['taux-2']).toMatch(
      /vide/,
    );
    expect(valeurDe(evaluerEntonnoir(avec({ taux: ['60', '20', '', '25'] })))).toBeUndefined();
  });
  test('contacts négatifs ou fractionnaires, objectif vide', () => {
    expect(erreursDe(evaluerEntonnoir(avec({ contacts: '-5' }))).contacts).toMatch(/négatif/);
    expect(erreursDe(evaluerEntonnoir(avec({ contacts: '12,5' }))).contacts).toMatch(/entier/);
    expect(erreursDe(evaluerEntonnoir(avec({ mode: 'rebours', objectif: '' }))).objectif).toMatch(
      /vide/,
    );
    // The objective is not read in forward mode: an empty one does not block the result.
    expect(valeurDe(evaluerEntonnoir(avec({ objectif: '' })))).toBeDefined();
  });
  test('un taux nul bloque le calcul à rebours, pas le calcul vers l’avant', () => {
    expect(
      erreursDe(evaluerEntonnoir(avec({ mode: 'rebours', taux: ['60', '0', '62,5', '25'] })))[
        'taux-1'
      ],
    ).toMatch(/nul/);
    expect(
      valeurDe(evaluerEntonnoir(avec({ taux: ['60', '0', '62,5', '25'] })))!.etapes[4].effectif,
    ).toBe(0);
  });
});

describe('comparerAuRealise', () => {
  test('l’exemple de la leçon : la prise de RDV est l’étape faible (20 % pour 25 % prévus)', () => {
    const c = comparerAuRealise({
      effectifsReels: [800, 480, 96, 60, 15],
      tauxPrevus: [0.6, 0.25, 0.6, 0.25],
    });
    if ('erreur' in c) throw new Error(c.erreur);
    expect(c.plusFaible).toBe(2);
    expect(c.etapes[1].indice).toBeCloseTo(0.8, 12);
    expect(c.etapes[2].indice).toBeCloseTo(0.625 / 0.6, 12);
    expect(c.phrase).toMatch(/prise de RDV/);
    expect(c.phrase).toContain('20,0\u202f%');
    expect(c.phrase).toMatch(/travailler en premier/);
    const proche = comparerAuRealise({
      effectifsReels: [800, 480, 96, 60, 15],
      tauxPrevus: [0.6, 0.2, 0.64, 0.25],
    });
    if ('erreur' in proche) throw new Error(proche.erreur);
    expect(proche.plusFaible).toBe(3);
    expect(proche.phrase).toMatch(/presque tenu le plan/);
  });
  test('aucune étape sous le plan : la phrase le dit', () => {
    const c = comparerAuRealise({
      effectifsReels: [800, 480, 96, 60, 15],
      tauxPrevus: [0.5, 0.2, 0.5, 0.2],
    });
    if ('erreur' in c) throw new Error(c.erreur);
    expect(c.plusFaible).toBeNull();
    expect(c.phrase).toMatch(/aucune étape/i);
  });
  test('un entonnoir réel qui grossit est une erreur, pas une exception', () => {
    expect(
      comparerAuRealise({ effectifsReels: [10, 20, 5, 2, 1], tauxPrevus: [0.5, 0.5, 0.5, 0.5] }),
    ).toHaveProperty('erreur');
  });
  test('les taux réels se retapent à la française et donnent le même entonnoir', () => {
    expect(tauxEnTexte({ taux: [0.6, 0.2, 0.625, 0.25] })).toEqual(['60', '20', '62,5', '25']);
  });
});

describe('validerSaisieEntonnoir', () => {
  test('accepte la saisie par défaut', () => {
    expect(validerSaisieEntonnoir(JSON.parse(JSON.stringify(ENTONNOIR_PAR_DEFAUT)))).toEqual(
      ENTONNOIR_PAR_DEFAUT,
    );
  });
  test.each([
    null,
    42,
    'x',
    {},
    { ...ENTONNOIR_PAR_DEFAUT, mode: 'autre' },
    { ...ENTONNOIR_PAR_DEFAUT, taux: ['60', '20', '62,5'] },
    { ...ENTONNOIR_PAR_DEFAUT, contacts: 800 },
  ])('refuse une valeur stockée mal formée (%#)', (brut) =>
    expect(validerSaisieEntonnoir(brut)).toBeUndefined(),
  );
});

describe('tauxEnTexte', () => {
  test('arrondit vers le bas : le plan ne dépasse jamais le réalisé dont il est tiré', () => {
    const reels = [650, 433, 209, 144, 72];
    const t = reels.slice(1).map((x, i) => x / reels[i]);
    const textes = tauxEnTexte({ taux: t });
    expect(textes).toEqual(['66,61', '48,26', '68,89', '50']);
    const c = comparerAuRealise({
      effectifsReels: reels,
      tauxPrevus: textes.map((x) => Number(x.replace(',', '.')) / 100),
    });
    if ('erreur' in c) throw new Error(c.erreur);
    expect(c.plusFaible).toBeNull();
  });
});
