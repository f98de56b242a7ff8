import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { echantillonContacts } from '@lib/cible/temperature-echantillon.ts';
import { classerContact, STADES, type SignauxContact } from '@lib/cible/temperature.ts';
import { v, erreur } from '../aide-lib.ts';
import { dataset, IDS } from '../../datasets/aide-datasets.ts';

const REF = '2026-09-01';

describe('echantillonContacts on the sample companies', () => {
  it.each(IDS)(
    '%s: 12 distinct rows of the file, each stage present, same seed → same sample',
    (id) => {
      const prospects = dataset(id).prospectsLib;
      const e = v(echantillonContacts({ prospects, dateReference: REF, graine: `${id}:0` }));
      expect(e.contacts).toHaveLength(12);
      const ids = e.contacts.map((c) => c.contact.id);
      expect(new Set(ids).size).toBe(12);
      for (const c of e.contacts) {
        expect(prospects).toContain(c.contact);
        expect(c.classement).toEqual(v(classerContact({ contact: c.contact, dateReference: REF })));
      }
      for (const s of STADES)
        if (e.repartition[s] > 0)
          expect(e.contacts.some((c) => c.classement.stade === s)).toBe(true);
      expect(Object.values(e.repartition).reduce((a, b) => a + b, 0) + e.ecartes + e.opposes).toBe(
        prospects.length,
      );
      expect(e.opposes).toBe(prospects.filter((p) => p.opposition && !p.converti).length);
      const encore = v(echantillonContacts({ prospects, dateReference: REF, graine: `${id}:0` }));
      expect(encore.contacts.map((c) => c.contact.id)).toEqual(ids);
      const autre = v(echantillonContacts({ prospects, dateReference: REF, graine: `${id}:1` }));
      expect(autre.contacts.map((c) => c.contact.id)).not.toEqual(ids);
    },
  );
});

describe('echantillonContacts, a fault in the rule itself', () => {
  it('stops the draw and names the setting, instead of setting every contact aside', () => {
    const prospects = dataset(IDS[0]).prospectsLib;
    const avec = (regles: { joursFraicheur: number; visitesTiede: number }, date = REF) =>
      erreur(echantillonContacts({ prospects, dateReference: date, graine: 0, regles }))?.champ;
    expect(avec({ joursFraicheur: 90, visitesTiede: 0 })).toBe('visitesTiede');
    expect(avec({ joursFraicheur: -1, visitesTiede: 2 })).toBe('joursFraicheur');
    expect(avec({ joursFraicheur: 90, visitesTiede: 2 }, '2026-13-01')).toBe('dateReference');
  });
});

const ligne = fc.record({
  ouvertures: fc.integer({ min: -1, max: 5 }),
  clics: fc.nat(3),
  visitesSite: fc.nat(4),
  demandeDevis: fc.boolean(),
  converti: fc.boolean(),
  opposition: fc.constant(false),
  dateCollecte: fc.constant('2025-01-01'),
  dateDernierContact: fc.constantFrom('2025-01-01', '2026-08-01', '2025-12-01'),
});

describe('echantillonContacts: properties', () => {
  it('takes min(size, readable rows) distinct rows, never more than a stage holds, and counts the unreadable ones', () => {
    fc.assert(
      fc.property(
        fc.array(ligne, { maxLength: 40 }),
        fc.integer({ min: 1, max: 20 }),
        fc.string(),
        (lignes, taille, graine) => {
          const prospects: SignauxContact[] = lignes.map((l, i) => ({ ...l, id: `P${i}` }));
          const e = v(echantillonContacts({ prospects, dateReference: REF, graine, taille }));
          const lisibles = prospects.filter((p) => p.ouvertures >= 0).length;
          expect(e.ecartes).toBe(prospects.length - lisibles);
          expect(e.contacts).toHaveLength(Math.min(taille, lisibles));
          expect(new Set(e.contacts.map((c) => c.contact.id)).size).toBe(e.contacts.length);
          for (const s of STADES)
            expect(e.contacts.filter((c) => c.classement.stade === s).length).toBeLessThanOrEqual(
              e.repartition[s],
            );
          // Round robin: two stages that both have rows left differ by at most one in the sample.
          const parStade = STADES.map(
            (s) => e.contacts.filter((c) => c.classement.stade === s).length,
          );
          STADES.forEach((s, i) =>
            STADES.forEach((t, j) => {
              if (parStade[i] < e.repartition[s] && parStade[j] < e.repartition[t])
                expect(Math.abs(parStade[i] - parStade[j])).toBeLessThanOrEqual(1);
            }),
          );
        },
      ),
    );
  });

  it('refuses a bad size or date with a French message', () => {
    expect(
      erreur(echantillonContacts({ prospects: [], dateReference: REF, graine: 1, taille: 0 }))
        ?.champ,
    ).toBe('taille');
    expect(
      erreur(echantillonContacts({ prospects: [], dateReference: 'hier', graine: 1 })),
    ).toBeUndefined(); // nothing to classify
    expect(
      erreur(
        echantillonContacts({
          prospects: [
            {
              ouvertures: 0,
              clics: 0,
              visitesSite: 0,
              demandeDevis: false,
              converti: false,
              opposition: false,
              dateCollecte: '',
              dateDernierContact: '',
            },
          ],
          dateReference: 'hier',
          graine: 1,
        }),
      )?.champ,
    ).toBe('dateReference');
  });
});
