import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  chiffreDuFil,
  etatsDuFil,
  ETAPES_FIL,
  IDS_FIL,
  type EntreeFil,
} from '@lib/campagne/fil.ts';
import {
  etatLigneMethode,
  ligneDeMethode,
  avecLigneMethode,
  BUDGET_PAR_DEFAUT,
} from '@lib/campagne/budget-saisi.ts';
import { validerSaisieEntonnoir, ENTONNOIR_PAR_DEFAUT } from '@lib/campagne/entonnoir-saisi.ts';
import { empreinteSelection } from '@lib/campagne/base-methode.ts';

/** Nothing done yet on a company. */
const VIERGE: EntreeFil = {
  operations: 0,
  selection: { enregistres: 0, retenus: 0 },
  methodeChoisie: false,
  capaciteModifiee: false,
  budget: { saisi: false, ligneMethode: 'absente' },
  entonnoir: { saisi: false, depuisSelection: false, contacts: null },
  tableau: { saisi: false },
};
/** Every step done, the funnel from a selection of 57, the dashboard edited. */
const FAIT: EntreeFil = {
  operations: 3,
  selection: { enregistres: 57, retenus: 57 },
  methodeChoisie: true,
  capaciteModifiee: true,
  budget: { saisi: true, ligneMethode: 'a-jour' },
  entonnoir: { saisi: true, depuisSelection: true, contacts: 57 },
  tableau: { saisi: true },
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

  test('des contacts saisis à la main qui ne sont pas la sélection : à revoir, avec la raison (issue 14)', () => {
    const r = etatsDuFil({
      ...FAIT,
      selection: { enregistres: 118, retenus: 118 },
      entonnoir: { saisi: true, depuisSelection: false, contacts: 200 },
    });
    expect(r.entonnoir.etat).toBe('a-revoir');
    expect(r.entonnoir.raison).toBe(
      'Saisi à la main, l’entonnoir ne suit pas la sélection\u202f: il part de 200\u00a0contacts, la sélection du chapitre\u00a06 compte 118\u00a0prospects.',
    );
    // The dashboard rests on the funnel: to review too, saying why.
    expect(r.tableau.etat).toBe('a-revoir');
    expect(r.tableau.raison).toContain('chapitre\u00a010');
  });

  test('saisis à la main mais égaux à la sélection, à rebours (pas de contacts), ou sans sélection : fait', () => {
    const avec = (contacts: number | null, enregistres: number) =>
      etatsDuFil({
        ...FAIT,
        selection: { enregistres, retenus: enregistres },
        entonnoir: { saisi: true, depuisSelection: false, contacts },
      }).entonnoir.etat;
    expect(avec(118, 118)).toBe('fait');
    expect(avec(null, 118)).toBe('fait');
    expect(avec(800, 0)).toBe('fait');
    expect(
      etatsDuFil({
        ...FAIT,
        selection: { enregistres: 1, retenus: 1 },
        entonnoir: { saisi: true, depuisSelection: false, contacts: 0 },
      }).entonnoir.raison,
    ).toContain('aucun\u00a0contact, la sélection du chapitre\u00a06 compte 1\u00a0prospect.');
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
          tableau: { saisi: x.tableauSaisi },
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

describe('la méthode et les étapes suivantes, quand la sélection change (D11)', () => {
  const ids = (n: number, debut = 0) => Array.from({ length: n }, (_, i) => `P${debut + i}`);
  /** Every step done on a selection of `n` prospects, the method chosen on it. */
  const faitSur = (n: number): EntreeFil => ({
    ...FAIT,
    selection: { enregistres: n, retenus: n, empreinte: empreinteSelection(ids(n)).empreinte },
    baseMethode: { ...empreinteSelection(ids(n)), contacts: n },
    entonnoir: { saisi: true, depuisSelection: true, contacts: n },
  });
  /** The selection replaced by `m` prospects (from `debut`), the rest left as it was. */
  const resélection = (e: EntreeFil, m: number, debut = 0): EntreeFil => ({
    ...e,
    selection: {
      enregistres: m,
      retenus: m,
      empreinte: empreinteSelection(ids(m, debut)).empreinte,
    },
  });
  const CHAINE = ['methode', 'capacite', 'budget', 'entonnoir', 'tableau'] as const;

  test('le cas du testeur : 79 puis 22 prospects, la méthode et tout ce qui suit sont à revoir', () => {
    const r = etatsDuFil({
      ...resélection(faitSur(79), 22),
      entonnoir: { saisi: false, depuisSelection: false, contacts: null },
      tableau: { saisi: false },
    });
    expect(r.selection.etat).toBe('fait');
    expect(r.methode).toEqual({
      etat: 'a-revoir',
      raison:
        'La sélection compte maintenant 22\u00a0prospects, la méthode a été choisie pour 79\u00a0contacts.',
    });
    expect([r.capacite.etat, r.budget.etat]).toEqual(['a-revoir', 'a-revoir']);
    expect(r.budget.raison).toBe(
      'Elle s’appuie sur le chapitre\u00a07, à revoir\u202f: la sélection compte maintenant 22\u00a0prospects, la méthode a été choisie pour 79\u00a0contacts.',
    );
    // A step not done stays to do: there is nothing on it to review.
    expect([r.entonnoir.etat, r.tableau.etat]).toEqual(['a-faire', 'a-faire']);
  });

  test('la méthode remise à jour (« Partir de ma sélection ») n’est plus à revoir ; la ligne du budget, ajoutée pour 79, l’est encore', () => {
    const r = etatsDuFil({
      ...resélection(faitSur(79), 22),
      baseMethode: { ...empreinteSelection(ids(22)), contacts: 22 },
      budget: {
        saisi: true,
        ligneMethode: 'perimee',
        action: 'Prospection téléphonique (79\u00a0contacts)',
      },
      entonnoir: { saisi: true, depuisSelection: true, contacts: 22 },
    });
    expect([r.methode.etat, r.capacite.etat]).toEqual(['fait', 'fait']);
    expect(r.budget.raison).toBe(
      'La ligne «\u00a0Prospection téléphonique (79\u00a0contacts)\u00a0» a été ajoutée au budget pour la méthode d’avant\u202f: elle est à mettre à jour.',
    );
    expect(r.entonnoir.raison).toMatch(/^Elle s’appuie sur le chapitre\u00a09/);
    // « Mettre à jour le budget »: the line is current again, the whole thread done.
    const apres = etatsDuFil({
      ...resélection(faitSur(79), 22),
      baseMethode: { ...empreinteSelection(ids(22)), contacts: 22 },
      entonnoir: { saisi: true, depuisSelection: true, contacts: 22 },
    });
    expect(IDS_FIL.map((id) => apres[id].etat)).toEqual(Array(7).fill('fait'));
  });

  test('un travail enregistré avant cet enregistrement (sans base) reste à jour', () => {
    const r = etatsDuFil({ ...resélection(faitSur(79), 22), baseMethode: undefined });
    expect(r.methode.etat).toBe('fait');
    // The rows still loading (no fingerprint yet): nothing is compared.
    const chargement = etatsDuFil({
      ...faitSur(79),
      selection: { enregistres: 22, retenus: 22 },
      entonnoir: FAIT.entonnoir,
    });
    expect(chargement.methode.etat).toBe('fait');
  });

  const etapesFaites = fc.record({
    n: fc.integer({ min: 1, max: 400 }),
    capacite: fc.boolean(),
    budget: fc.boolean(),
    entonnoir: fc.boolean(),
    tableau: fc.boolean(),
  });
  const avec = (
    x: { capacite: boolean; budget: boolean; entonnoir: boolean; tableau: boolean },
    e: EntreeFil,
  ): EntreeFil => ({
    ...e,
    capaciteModifiee: x.capacite,
    budget: x.budget ? e.budget : { saisi: false, ligneMethode: 'absente' },
    entonnoir: x.entonnoir ? e.entonnoir : { saisi: false, depuisSelection: false, contacts: null },
    tableau: x.tableau ? e.tableau : { saisi: false },
  });

  test('propriété : rien n’a changé depuis le choix de la méthode, rien n’est à revoir', () => {
    fc.assert(
      fc.property(etapesFaites, (x) => {
        const r = etatsDuFil(avec(x, faitSur(x.n)));
        for (const id of IDS_FIL) expect(r[id].etat).not.toBe('a-revoir');
      }),
    );
  });

  test('propriété : la sélection change après le choix, la méthode et chaque étape faite ensuite sont à revoir ; remettre la méthode à jour lève le sien', () => {
    fc.assert(
      fc.property(
        etapesFaites,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 3 }),
        (x, m, debut) => {
          fc.pre(m !== x.n || debut !== 0);
          const avant = avec(x, faitSur(x.n));
          const r = etatsDuFil(resélection(avant, m, debut));
          expect(r.methode.etat).toBe('a-revoir');
          for (const id of CHAINE)
            expect(r[id].etat).toBe(etatsDuFil(avant)[id].etat === 'fait' ? 'a-revoir' : 'a-faire');
          // Chapter 7 brought up to date on the new selection.
          const ajour = etatsDuFil({
            ...resélection(avant, m, debut),
            baseMethode: { ...empreinteSelection(ids(m, debut)), contacts: m },
          });
          expect(ajour.methode.etat).toBe('fait');
        },
      ),
    );
  });
});

describe('chiffreDuFil : une étape à faire ne montre jamais l’exemple du cours comme chiffre de l’entreprise (issue 14)', () => {
  const nom = 'Campagne «\u00a0Étuis sur mesure\u00a0» – printemps 2026';
  test('l’entonnoir à faire part de l’exemple du cours (800 contacts) : aucun chiffre', () => {
    const r = chiffreDuFil({ id: 'entonnoir', etat: 'a-faire', campagnePassee: nom });
    expect(r).toEqual({
      montrer: false,
      texte:
        'Pas encore fait pour cette entreprise\u202f: le chapitre\u00a010 part de l’exemple du cours, pas de ses chiffres.',
    });
  });
  test('budget, capacité, tableau de bord à faire : les chiffres de la campagne passée, dits comme tels', () => {
    for (const id of ['budget', 'capacite', 'tableau'] as const)
      expect(chiffreDuFil({ id, etat: 'a-faire', campagnePassee: nom })).toEqual({
        montrer: true,
        mention:
          'Chiffres de départ, ceux de la campagne «\u00a0Étuis sur mesure\u00a0» – printemps 2026\u202f: pas encore votre plan.',
      });
  });
  test('sans campagne passée (fichier importé) : aucun chiffre ; faite ou à revoir : le chiffre saisi', () => {
    expect(chiffreDuFil({ id: 'tableau', etat: 'a-faire', campagnePassee: null }).montrer).toBe(
      false,
    );
    for (const id of IDS_FIL)
      for (const etat of ['fait', 'a-revoir'] as const)
        expect(chiffreDuFil({ id, etat, campagnePassee: nom })).toEqual({ montrer: true });
    expect(chiffreDuFil({ id: 'fichier', etat: 'a-faire' })).toEqual({ montrer: true });
  });
});
