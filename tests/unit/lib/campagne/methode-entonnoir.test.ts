import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  origineDesTaux,
  phraseOrigineTaux,
  tauxDeDepart,
  tauxDeLaMethode,
} from '@lib/campagne/methode-entonnoir.ts';
import { comparerMethodes, METHODES } from '@lib/methodes/methodes.ts';
import { effectifsEntiers } from '@lib/campagne/plan.ts';
import { tauxEnTexte, ENTONNOIR_PAR_DEFAUT } from '@lib/campagne/entonnoir-saisi.ts';
import { parsePourcentage } from '@lib/commun/nombres.ts';
import campagne from '../../../../content/datasets/emballages-casablanca/campagne.json';

const telephone = METHODES.find((m) => m.id === 'telephone')!;
const exemple = ENTONNOIR_PAR_DEFAUT.taux.map((t) => {
  const r = parsePourcentage(t);
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
});

describe('tauxDeLaMethode', () => {
  test('le téléphone : joignabilité 40 %, prise de RDV 10 %, proposition non distinguée (100 %), transformation 25 %', () => {
    const r = tauxDeLaMethode({ methode: telephone });
    if (!r.ok) throw new Error(r.erreur.message);
    expect(r.valeur.taux.map((t) => Math.round(t * 1e9) / 1e9)).toEqual([0.4, 0.1, 1, 0.25]);
    expect(r.valeur.indistincts).toEqual([2]);
  });

  test('D3 : 118 contacts au téléphone donnent au chapitre 10 les clients attendus du chapitre 7 (1,18 en moyenne)', () => {
    const r = tauxDeLaMethode({ methode: telephone });
    if (!r.ok) throw new Error(r.erreur.message);
    const { effectifs, moyennes } = effectifsEntiers({ contacts: 118, taux: r.valeur.taux });
    expect(moyennes[4]).toBeCloseTo(1.18, 9);
    expect(effectifs).toEqual([118, 47, 5, 5, 1]);
  });

  test('propriété : pour chaque méthode du cours, le produit des taux est le taux global moyen du chapitre 7', () => {
    const c = comparerMethodes({ base: { contacts: 1000 }, margeParClient: 1000 });
    if (!c.ok) throw new Error(c.erreur.message);
    for (const m of METHODES) {
      const r = tauxDeLaMethode({ methode: m });
      expect(r.ok, m.id).toBe(true);
      if (!r.ok) continue;
      const produit = r.valeur.taux.reduce((p, t) => p * t, 1);
      expect(produit).toBeCloseTo(c.valeur.find((l) => l.id === m.id)!.tauxGlobal.moyen, 12);
    }
  });

  test('propriété : quels que soient les taux saisis, des taux entre 0 et 1 et le même produit', () => {
    const etape = fc
      .tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map((x) => x.sort((a, b) => a - b));
    fc.assert(
      fc.property(
        fc.constantFrom(...METHODES),
        fc.array(etape, { minLength: 3, maxLength: 3 }),
        (m, e) => {
          const methode = {
            ...m,
            etapes: m.etapes.map((x, i) => ({
              nom: x.nom,
              min: e[i][0],
              probable: e[i][1],
              max: e[i][2],
            })),
          };
          const r = tauxDeLaMethode({ methode });
          const attendu = methode.etapes.reduce(
            (p, x) => p * ((x.min + x.probable + x.max) / 3),
            1,
          );
          return (
            r.ok &&
            r.valeur.taux.every((t) => t >= 0 && t <= 1) &&
            Math.abs(r.valeur.taux.reduce((p, t) => p * t, 1) - attendu) < 1e-12
          );
        },
      ),
    );
  });

  test('avec la campagne passée de Sadaf : la proposition prend son taux (38 ÷ 53), la transformation le reste des 25 %', () => {
    const e = campagne.etapes;
    const reference = [
      e.contactsJoints / e.fichier,
      e.rdv / e.contactsJoints,
      e.propositions / e.rdv,
      e.commandes / e.propositions,
    ];
    const r = tauxDeLaMethode({ methode: telephone, reference });
    if (!r.ok) throw new Error(r.erreur.message);
    expect(r.valeur.taux[0]).toBeCloseTo(0.4, 12);
    expect(r.valeur.taux[1]).toBeCloseTo(0.1, 12);
    expect(r.valeur.taux[2]).toBeCloseTo(38 / 53, 12);
    expect(r.valeur.taux[3]).toBeCloseTo(0.25 / (38 / 53), 12);
    expect(r.valeur.empruntes).toEqual([2]);
    expect(r.valeur.indistincts).toEqual([]);
  });

  test('propriété : avec n’importe quelle campagne passée, des taux entre 0 et 1 et le produit de la méthode', () => {
    const ref = fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), {
      minLength: 4,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.constantFrom(...METHODES), ref, (m, reference) => {
        const r = tauxDeLaMethode({ methode: m, reference });
        const attendu = m.etapes.reduce((p, x) => p * ((x.min + x.probable + x.max) / 3), 1);
        return (
          r.ok &&
          r.valeur.taux.every((t) => t >= 0 && t <= 1) &&
          Math.abs(r.valeur.taux.reduce((p, t) => p * t, 1) - attendu) < 1e-12
        );
      }),
    );
  });

  test('une étape inconnue ou dans le désordre est une erreur en français', () => {
    const r = tauxDeLaMethode({
      methode: {
        id: 'x',
        nom: 'X',
        etapes: [
          { nom: 'Commande', min: 0.1, probable: 0.2, max: 0.3 },
          { nom: 'Rendez-vous', min: 0.1, probable: 0.2, max: 0.3 },
        ],
      },
    });
    expect(r).toMatchObject({ ok: false, erreur: { champ: 'methode' } });
  });
});

describe('tauxDeDepart et origineDesTaux', () => {
  test('la méthode retenue d’abord, la campagne passée sinon, jamais l’exemple du cours en silence', () => {
    const avec = tauxDeDepart({ methode: telephone, campagnePassee: campagne });
    expect(avec?.origine).toMatchObject({ type: 'methode', nom: 'Téléphone' });
    const sans = tauxDeDepart({ methode: null, campagnePassee: campagne });
    expect(sans?.origine).toMatchObject({ type: 'campagne-passee' });
    // 268 ÷ 420 = 63,809… %, as the funnel's field holds it: 63,80 %.
    expect(sans?.taux[0]).toBeCloseTo(0.638, 12);
    expect(tauxDeDepart({})).toBeNull();
  });

  test('les taux lus après leur passage en texte (arrondis à 0,01 point) sont reconnus', () => {
    for (const m of METHODES) {
      const depart = tauxDeDepart({ methode: m, campagnePassee: campagne })!;
      const relus = tauxEnTexte({ taux: depart.taux }).map((t) => {
        const r = parsePourcentage(t);
        return r.ok ? r.valeur : NaN;
      });
      expect(origineDesTaux({ taux: relus, depart, exemple }).type, m.id).toBe('methode');
    }
    const depart = tauxDeDepart({ methode: telephone })!;
    expect(origineDesTaux({ taux: exemple, depart, exemple })).toEqual({ type: 'exemple' });
    expect(origineDesTaux({ taux: [0.5, 0.5, 0.5, 0.5], depart, exemple })).toEqual({
      type: 'saisis',
    });
  });

  test('la phrase dit d’où viennent les taux', () => {
    const depart = tauxDeDepart({ methode: telephone })!;
    expect(phraseOrigineTaux(depart.origine)).toBe(
      'Taux de la méthode retenue au chapitre\u00a07\u202f: téléphone (moyenne de chaque fourchette\u202f; elle ne distingue pas la proposition\u202f: 100\u202f%).',
    );
    expect(phraseOrigineTaux({ type: 'exemple' })).toBe('Taux de l’exemple du cours.');
  });
});
