import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { etatsDuFil, ETAPES_FIL, IDS_FIL, type EntreeFil } from '@lib/campagne/fil.ts';
import {
  etatLigneMethode,
  ligneDeMethode,
  avecLigneMethode,
  BUDGET_PAR_DEFAUT,
} from '@lib/campagne/budget-saisi.ts';
import { validerSaisieEntonnoir, ENTONNOIR_PAR_DEFAUT } from '@lib/campagne/entonnoir-saisi.ts';

const TAUX = [0.6, 0.2, 0.625, 0.25];
/** Nothing done yet on a company. */
const VIERGE: EntreeFil = {
  operations: 0,
  selection: { enregistres: 0, retenus: 0 },
  methodeChoisie: false,
  capaciteModifiee: false,
  budget: { saisi: false, ligneMethode: 'absente' },
  entonnoir: { saisi: false, depuisSelection: false, contacts: null },
  tableau: { saisi: false, tauxPrevus: null },
  tauxDuPlan: TAUX,
};
/** Every step done, the funnel from a selection of 57, the dashboard on the plan's rates. */
const FAIT: EntreeFil = {
  operations: 3,
  selection: { enregistres: 57, retenus: 57 },
  methodeChoisie: true,
  capaciteModifiee: true,
  budget: { saisi: true, ligneMethode: 'a-jour' },
  entonnoir: { saisi: true, depuisSelection: true, contacts: 57 },
  tableau: { saisi: true, tauxPrevus: [...TAUX] },
  tauxDuPlan: TAUX,
};

describe('etatsDuFil', () => {
  test('les sept étapes, dans l’ordre des chapitres 5 à 11, chacune avec l’ancre de son simulateur', () => {
    expect(ETAPES_FIL.map((e) => e.id)).toEqual([...IDS_FIL]);
    expect(ETAPES_FIL.map((e) => e.chapitre)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    for (const e of ETAPES_FIL)
      expect(e.lien).toMatch(/^\/chapitres\/[a-z-]+\/#simulateur-[a-z-]+$/);
  });

  test('rien de fait : tout est à faire', () => {
    const r = etatsDuFil(VIERGE);
    expect(IDS_FIL.map((id) => r[id].etat)).toEqual(Array(7).fill('a-faire'));
  });

  test('tout fait, rien n’a changé depuis : tout est fait', () => {
    const r = etatsDuFil(FAIT);
    expect(IDS_FIL.map((id) => r[id].etat)).toEqual(Array(7).fill('fait'));
  });

  test('la sélection change après que l’entonnoir en est parti : l’entonnoir est à revoir, et dit pourquoi', () => {
    const r = etatsDuFil({ ...FAIT, selection: { enregistres: 40, retenus: 40 } });
    expect(r.selection.etat).toBe('fait');
    expect(r.entonnoir.etat).toBe('a-revoir');
    expect(r.entonnoir.raison).toBe(
      'L’entonnoir part de 57\u00a0contacts, mais la sélection compte maintenant 40\u00a0prospects.',
    );
  });

  test('des contacts saisis à la main ne dépendent pas de la sélection', () => {
    const r = etatsDuFil({
      ...FAIT,
      selection: { enregistres: 40, retenus: 40 },
      entonnoir: { saisi: true, depuisSelection: false, contacts: 800 },
    });
    expect(r.entonnoir.etat).toBe('fait');
  });

  test('une sélection vidée après coup laisse l’entonnoir à revoir', () => {
    const r = etatsDuFil({ ...FAIT, selection: { enregistres: 0, retenus: 0 } });
    expect(r.selection.etat).toBe('a-faire');
    expect(r.entonnoir.etat).toBe('a-revoir');
    expect(r.entonnoir.raison).toContain('aucun\u00a0prospect');
  });

  test('des prospects sélectionnés ont quitté le fichier nettoyé : la sélection est à revoir (accord au singulier et au pluriel)', () => {
    expect(
      etatsDuFil({ ...FAIT, selection: { enregistres: 57, retenus: 56 } }).selection.raison,
    ).toMatch(/^1\u00a0prospect sélectionné a quitté/);
    expect(
      etatsDuFil({ ...FAIT, selection: { enregistres: 57, retenus: 54 } }).selection.raison,
    ).toMatch(/^3\u00a0prospects sélectionnés ont quitté/);
  });

  test('la méthode change après son ajout au budget : le budget est à revoir', () => {
    expect(
      etatsDuFil({ ...FAIT, budget: { saisi: true, ligneMethode: 'perimee' } }).budget.etat,
    ).toBe('a-revoir');
    // The method's line added without any other edit is still work done on the budget.
    expect(
      etatsDuFil({ ...VIERGE, budget: { saisi: false, ligneMethode: 'a-jour' } }).budget.etat,
    ).toBe('fait');
  });

  test('les taux du plan changent après « Reprendre mon plan » : le tableau de bord est à revoir', () => {
    expect(etatsDuFil({ ...FAIT, tauxDuPlan: [0.6, 0.2, 0.5, 0.25] }).tableau.etat).toBe(
      'a-revoir',
    );
    // A dashboard typed by hand (no plan's rates) has nothing to go stale against.
    expect(
      etatsDuFil({
        ...FAIT,
        tableau: { saisi: true, tauxPrevus: null },
        tauxDuPlan: [0.1, 0.1, 0.1, 0.1],
      }).tableau.etat,
    ).toBe('fait');
    // A rounding hair is the same rate.
    expect(etatsDuFil({ ...FAIT, tauxDuPlan: TAUX.map((t) => t + 1e-12) }).tableau.etat).toBe(
      'fait',
    );
  });

  test('propriété : un état pour chaque étape, et une raison exactement quand elle est à revoir', () => {
    const n = fc.nat({ max: 1000 });
    const entree = fc.record({
      operations: n,
      enregistres: n,
      perdus: n,
      methodeChoisie: fc.boolean(),
      capaciteModifiee: fc.boolean(),
      budgetSaisi: fc.boolean(),
      ligne: fc.constantFrom('absente' as const, 'a-jour' as const, 'perimee' as const),
      entonnoirSaisi: fc.boolean(),
      depuisSelection: fc.boolean(),
      contacts: fc.option(n),
      tableauSaisi: fc.boolean(),
      memesTaux: fc.boolean(),
    });
    fc.assert(
      fc.property(entree, (x) => {
        const r = etatsDuFil({
          operations: x.operations,
          selection: { enregistres: x.enregistres, retenus: Math.max(0, x.enregistres - x.perdus) },
          methodeChoisie: x.methodeChoisie,
          capaciteModifiee: x.capaciteModifiee,
          budget: { saisi: x.budgetSaisi, ligneMethode: x.ligne },
          entonnoir: {
            saisi: x.entonnoirSaisi,
            depuisSelection: x.depuisSelection,
            contacts: x.contacts,
          },
          tableau: { saisi: x.tableauSaisi, tauxPrevus: TAUX },
          tauxDuPlan: x.memesTaux ? TAUX : [0, 0, 0, 0],
        });
        for (const id of IDS_FIL) {
          expect(['fait', 'a-faire', 'a-revoir']).toContain(r[id].etat);
          expect(r[id].etat === 'a-revoir').toBe(
            typeof r[id].raison === 'string' && r[id].raison!.length > 0,
          );
        }
      }),
    );
  });
});

describe('la ligne de la méthode dans le budget', () => {
  const methode = { nom: 'Prospection téléphonique', contacts: 57, coutTotal: 1234.6 };
  test('absente, à jour, puis périmée quand la méthode change', () => {
    expect(etatLigneMethode({ saisie: BUDGET_PAR_DEFAUT, methode })).toBe('absente');
    const saisie = avecLigneMethode({ saisie: BUDGET_PAR_DEFAUT, ...ligneDeMethode({ methode }) });
    expect(ligneDeMethode({ methode })).toEqual({
      action: 'Prospection téléphonique (57\u00a0contacts)',
      montant: '1 235',
    });
    expect(etatLigneMethode({ saisie, methode })).toBe('a-jour');
    expect(etatLigneMethode({ saisie, methode: { ...methode, contacts: 40 } })).toBe('perimee');
    expect(etatLigneMethode({ saisie, methode: { ...methode, coutTotal: 900 } })).toBe('perimee');
  });
});

describe('l’origine des contacts de l’entonnoir', () => {
  test('gardée quand elle vaut « selection », absente sinon', () => {
    expect(validerSaisieEntonnoir({ ...ENTONNOIR_PAR_DEFAUT, origine: 'selection' })?.origine).toBe(
      'selection',
    );
    expect(validerSaisieEntonnoir(ENTONNOIR_PAR_DEFAUT)).toEqual(ENTONNOIR_PAR_DEFAUT);
    expect(validerSaisieEntonnoir({ ...ENTONNOIR_PAR_DEFAUT, origine: 'autre' })).toEqual(
      ENTONNOIR_PAR_DEFAUT,
    );
  });
});
