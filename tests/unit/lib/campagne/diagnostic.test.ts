import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { diagnostiquerCampagne } from '@lib/campagne/diagnostic.ts';
import { effectifsEntiers } from '@lib/campagne/plan.ts';
import { TAUX_ENTONNOIR } from '@lib/campagne/etapes.ts';

const tauxArb = fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
  minLength: 4,
  maxLength: 4,
});
const entonnoirArb = fc
  .tuple(
    fc.integer({ min: 1, max: 2000 }),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
  )
  .map(([n, t]) => effectifsEntiers({ contacts: n, taux: t }).effectifs);

describe('diagnostiquerCampagne', () => {
  test('un plan comparé à lui-même est « conforme »', () => {
    fc.assert(
      fc.property(tauxArb, (taux) => {
        const reels = [1_000_000];
        for (const t of taux) reels.push(reels[reels.length - 1] * t);
        const d = diagnostiquerCampagne({ tauxPrevus: taux, effectifsReels: reels });
        return d.ok && d.valeur.verdict === 'conforme' && d.valeur.plusFaible === null;
      }),
    );
  });

  test('agrandir une campagne (× k) ne change ni ses taux, ni le verdict, ni l’étape la plus faible', () => {
    fc.assert(
      fc.property(entonnoirArb, tauxArb, fc.integer({ min: 2, max: 50 }), (reels, taux, k) => {
        const a = diagnostiquerCampagne({ tauxPrevus: taux, effectifsReels: reels });
        const b = diagnostiquerCampagne({
          tauxPrevus: taux,
          effectifsReels: reels.map((x) => x * k),
        });
        return (
          a.ok &&
          b.ok &&
          a.valeur.verdict === b.valeur.verdict &&
          a.valeur.plusFaible === b.valeur.plusFaible &&
          a.valeur.phrase === b.valeur.phrase
        );
      }),
    );
  });

  test('une étape très au-dessus du plan n’est pas « presque tenue » (le RDV à 248 % du plan)', () => {
    const d = diagnostiquerCampagne({
      tauxPrevus: [0.64, 0.2, 0.625, 0.25],
      effectifsReels: [420, 268, 133, 83, 38],
    });
    if (!d.ok) throw new Error(d.erreur.message);
    expect(d.valeur.phrase).not.toMatch(/presque tenu/);
    expect(d.valeur.phrase).toMatch(/prise de RDV/);
    expect(d.valeur.phrase).toMatch(/sous-estimait/);
  });

  test('deux tailles différentes : on le dit, et l’on ne compare que des taux', () => {
    const d = diagnostiquerCampagne({
      tauxPrevus: [0.6, 0.2, 0.625, 0.25],
      effectifsReels: [420, 268, 133, 83, 38],
      contactsPrevus: 57,
    });
    expect(d.ok && d.valeur.echelle).toBe(
      'Votre plan porte sur 57\u00a0contacts, la campagne sur 420\u00a0contacts\u202f: on compare les taux de chaque étape, pas les effectifs.',
    );
  });

  test('un entonnoir qui grossit ou incomplet est une erreur en français', () => {
    expect(
      diagnostiquerCampagne({ tauxPrevus: [0.5, 0.5, 0.5, 0.5], effectifsReels: [10, 20, 5, 2, 1] })
        .ok,
    ).toBe(false);
    expect(
      diagnostiquerCampagne({ tauxPrevus: [0.5, 0.5, 0.5], effectifsReels: [10, 5, 2, 1, 0] }).ok,
    ).toBe(false);
  });

  test('D2 : une étape tout juste sous son taux (19,8 % pour 20 %) est nommée, comme dans le tableau', () => {
    // Sadaf Emballages, la campagne passée contre les taux de l’exemple du cours.
    const d = diagnostiquerCampagne({
      tauxPrevus: [0.6, 0.2, 0.625, 0.25],
      effectifsReels: [420, 268, 53, 38, 15],
    });
    if (!d.ok) throw new Error(d.erreur.message);
    expect(d.valeur.plusFaible).toBe(1);
    expect(d.valeur.phrase).not.toMatch(/^Aucune étape ne reste sous/);
    expect(d.valeur.phrase).toMatch(
      /^Aucune étape ne reste nettement sous son taux prévu \(de plus de 5\u202f%\), mais la prise de RDV est tout juste en dessous\u202f: 19,8\u202f% réalisés pour 20,0\u202f% prévus, soit 98,9\u202f% du taux prévu\./,
    );
  });

  test('propriété : la phrase nomme toute étape sous son taux prévu, et ne dit jamais « aucune » dans ce cas', () => {
    fc.assert(
      fc.property(entonnoirArb, tauxArb, (reels, taux) => {
        const d = diagnostiquerCampagne({ tauxPrevus: taux, effectifsReels: reels });
        if (!d.ok) return false;
        const sous = d.valeur.etapes.some((e) => e.indice !== null && e.indice < 1);
        return sous
          ? d.valeur.plusFaible !== null &&
              !d.valeur.phrase.includes('Aucune étape ne reste sous') &&
              d.valeur.phrase.includes(TAUX_ENTONNOIR[d.valeur.plusFaible].court)
          : d.valeur.plusFaible === null;
      }),
    );
  });
});
