import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  lireGrille,
  nouvelIdLigne,
  saisieDepuisGrille,
  type LigneGrille,
  type SaisieGrille,
} from '@lib/scoring/grille.ts';
import { grilleParDefaut } from '@lib/scoring/exemples.ts';
import { erreursDe, type ResultatChamps } from '@lib/commun/resultat.ts';

const grilleDe = <T>(r: ResultatChamps<T>) => (r.ok ? r.valeur : undefined);
import { scorerProspects } from '@lib/scoring/scoring.ts';

const vide = { valeur: '', min: '', max: '', plafond: '' };
const ligne = (
  l: Partial<LigneGrille> & Pick<LigneGrille, 'id' | 'champ' | 'condition' | 'points'>,
): LigneGrille => ({ ...vide, ...l });
const saisie = (lignes: LigneGrille[], chaud = '60', tiede = '35'): SaisieGrille => ({
  lignes,
  chaud,
  tiede,
});

describe('lireGrille', () => {
  it('reads the three conditions typed the French way', () => {
    const r = lireGrille({
      saisie: saisie(
        [
          ligne({
            id: 'c1',
            champ: 'secteur',
            condition: 'egal',
            valeur: 'agroalimentaire, cosmétique',
            points: '20',
          }),
          ligne({
            id: 'c2',
            champ: 'age',
            condition: 'entre',
            min: '30',
            max: '55',
            points: '7,5',
          }),
          ligne({ id: 'c3', champ: 'clics', condition: 'occurrence', points: '5', plafond: '20' }),
          ligne({
            id: 'c4',
            champ: 'consentementEmail',
            condition: 'egal',
            valeur: 'oui',
            points: '5',
          }),
        ],
        '60',
        '35',
      ),
    });
    expect(r.ok).toBe(true);
    expect(grilleDe(r)).toEqual({
      criteres: [
        {
          id: 'c1',
          nature: 'profil',
          champ: 'secteur',
          valeurs: { agroalimentaire: 20, cosmétique: 20 },
        },
        { id: 'c2', nature: 'profil', champ: 'age', tranches: [{ min: 30, max: 55, points: 7.5 }] },
        { id: 'c3', nature: 'engagement', champ: 'clics', pointsParOccurrence: 5, plafond: 20 },
        { id: 'c4', nature: 'profil', champ: 'consentementEmail', valeurs: { oui: 5 } },
      ],
      seuils: { chaud: 60, tiede: 35 },
    });
  });

  it('puts a French error next to each bad field and gives no grid', () => {
    const r = lireGrille({
      saisie: saisie(
        [
          ligne({ id: 'c1', champ: 'secteur', condition: 'egal', valeur: ' , ', points: 'abc' }),
          ligne({ id: 'c2', champ: 'age', condition: 'entre', min: '50', max: '30', points: '5' }),
          ligne({ id: 'c3', champ: 'clics', condition: 'occurrence', points: '5', plafond: '-1' }),
          ligne({ id: 'c4', champ: 'secteur', condition: 'occurrence', points: '5' }),
          ligne({
            id: 'c5',
            champ: 'consentementEmail',
            condition: 'egal',
            valeur: 'peut-être',
            points: '5',
          }),
        ],
        '30',
        '40',
      ),
    });
    expect(r.ok).toBe(false);
    expect(erreursDe(r)['c1-valeur']).toBe(
      'Indiquez au moins une valeur du champ «\u00a0secteur\u00a0».',
    );
    expect(erreursDe(r)['c1-points']).toMatch(
      /^Pour les points, «\u00a0abc\u00a0» n’est pas un nombre/,
    );
    expect(erreursDe(r)['c2-max']).toBe('La borne haute doit dépasser la borne basse.');
    expect(erreursDe(r)['c3-plafond']).toBe('Le plafond doit être positif ou nul.');
    expect(erreursDe(r)['c4-champ']).toBe(
      'Cette condition ne s’applique pas au champ «\u00a0secteur\u00a0».',
    );
    expect(erreursDe(r)['c5-valeur']).toMatch(/vaut «\u00a0oui\u00a0» ou «\u00a0non\u00a0»/);
    expect(erreursDe(r).tiede).toBe(
      'Le seuil «\u00a0tiède\u00a0» ne peut pas dépasser le seuil «\u00a0chaud\u00a0».',
    );
    expect(erreursDe(lireGrille({ saisie: saisie([]) })).lignes).toMatch(/aucun critère/);
    expect(
      erreursDe(
        lireGrille({
          saisie: saisie([ligne({ id: 'c1', champ: 'age', condition: 'entre', points: '5' })]),
        }),
      )['c1-min'],
    ).toBe('Indiquez au moins une borne.');
  });

  it('writes every default grid back as rows that read into the same grid', () => {
    for (const entrepriseId of [
      'emballages-casablanca',
      'assurances-rabat',
      'mobilier-lyon',
      'mon-fichier',
    ]) {
      const grille = grilleParDefaut({ entrepriseId });
      const relue = lireGrille({ saisie: saisieDepuisGrille({ grille }) });
      expect(relue.ok).toBe(true);
      const prospects = [
        {
          id: 'a',
          secteur: 'Agroalimentaire',
          taille: 'PME',
          ouvertures: 9,
          clics: 1,
          visitesSite: 2,
          demandeDevis: true,
          fonction: 'Cadre',
          age: 40,
          opposition: false,
        },
        {
          id: 'b',
          secteur: 'BTP',
          taille: 'TPE',
          ouvertures: 0,
          clics: 0,
          visitesSite: 0,
          demandeDevis: false,
          fonction: 'Sans emploi',
          age: 20,
          opposition: true,
        },
      ];
      const avant = scorerProspects({ prospects, grille: grille.criteres, seuils: grille.seuils });
      const apres = scorerProspects({
        prospects,
        grille: grilleDe(relue)!.criteres,
        seuils: grilleDe(relue)!.seuils,
      });
      expect(apres).toEqual(avant);
    }
  });

  it('property: a grid written back and read again scores any prospect the same, never NaN', () => {
    const grille = grilleParDefaut({ entrepriseId: 'mobilier-lyon' });
    const relue = grilleDe(lireGrille({ saisie: saisieDepuisGrille({ grille }) }))!;
    const prospect = fc.record({
      id: fc.constant('x'),
      ouvertures: fc.nat(50),
      clics: fc.nat(50),
      visitesSite: fc.nat(50),
      demandeDevis: fc.boolean(),
      secteur: fc.constantFrom('informatique', 'santé', 'BTP', ''),
      taille: fc.constantFrom('PME', 'GE'),
    });
    fc.assert(
      fc.property(prospect, (p) => {
        const a = scorerProspects({ prospects: [p], grille: grille.criteres });
        const b = scorerProspects({ prospects: [p], grille: relue.criteres });
        expect(
          a.ok &&
            b.ok &&
            a.valeur[0].score === b.valeur[0].score &&
            Number.isFinite(a.valeur[0].score),
        ).toBe(true);
      }),
    );
  });
});

describe('nouvelIdLigne', () => {
  it('never reuses an id', () => {
    expect(nouvelIdLigne({ lignes: [{ id: 'c1' }, { id: 'c3' }] })).toBe('c4');
    expect(nouvelIdLigne({ lignes: [{ id: 'c3' }, { id: 'c2' }] })).toBe('c4');
    expect(nouvelIdLigne({ lignes: [] })).toBe('c1');
  });
});
