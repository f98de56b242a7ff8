import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { diagnostiquerCampagne, referenceDuRealise } from '@lib/campagne/diagnostic.ts';
import { diagnosticTableau } from '@lib/campagne/tableau-conclusion.ts';
import { evaluerTableauDeBord, saisieDepuisCampagne } from '@lib/campagne/tableau-saisi.ts';
import { effectifsEnListe } from '@lib/campagne/etapes.ts';
import type { Campagne } from '../../../../src/schemas/entreprise.ts';
import casablanca from '../../../../content/datasets/emballages-casablanca/campagne.json';
import rabat from '../../../../content/datasets/assurances-rabat/campagne.json';
import lyon from '../../../../content/datasets/mobilier-lyon/campagne.json';

const CAMPAGNES = [
  ['MAD', casablanca],
  ['MAD', rabat],
  ['EUR', lyon],
] as const;
const EXEMPLE = [0.6, 0.2, 0.625, 0.25];

describe('referenceDuRealise (D9)', () => {
  test('sans plan (taux de l’exemple), le chapitre 10 juge la campagne passée comme le chapitre 11 « Charger la campagne »', () => {
    for (const [devise, c] of CAMPAGNES) {
      const campagne = c as unknown as Campagne;
      const ref = referenceDuRealise({
        tauxExemple: true,
        plan: { taux: EXEMPLE, contacts: 800 },
        objectifs: campagne.objectifs,
      });
      expect(ref.reference).toBe('objectifs');
      const chapitre10 = diagnostiquerCampagne({
        tauxPrevus: ref.tauxPrevus,
        effectifsReels: effectifsEnListe(campagne.etapes),
        contactsPrevus: ref.contactsPrevus,
      });
      const ev = evaluerTableauDeBord(saisieDepuisCampagne({ campagne, devise }));
      if (!ev.ok) throw new Error(campagne.nom);
      const r = ev.valeur;
      const chapitre11 = diagnosticTableau(r);
      expect(chapitre10.ok && chapitre10.valeur.phrase, campagne.nom).toBe(chapitre11?.phrase);
      expect(chapitre10.ok && chapitre10.valeur.verdict).toBe(chapitre11?.verdict);
    }
  });

  test('propriété : avec des taux à soi, la référence est le plan, tel quel', () => {
    const taux = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: 4,
      maxLength: 4,
    });
    fc.assert(
      fc.property(taux, fc.integer({ min: 0, max: 10_000 }), (t, contacts) => {
        const ref = referenceDuRealise({
          tauxExemple: false,
          plan: { taux: t, contacts },
          objectifs: casablanca.objectifs,
        });
        return (
          ref.reference === 'plan' &&
          ref.contactsPrevus === contacts &&
          ref.tauxPrevus.every((x, i) => x === t[i])
        );
      }),
    );
  });
});
