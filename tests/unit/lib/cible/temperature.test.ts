import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classerContact,
  comparerReponses,
  depuis,
  ecartStades,
  LIBELLES_STADE,
  STADES,
  type SignauxContact,
  type Stade,
} from '@lib/cible/temperature.ts';
import { v, erreur } from '../aide-lib.ts';
import { dataset } from '../../datasets/aide-datasets.ts';

const REF = '2026-09-01';
/** A contact reached on `dernier`, with no signal unless given. */
const contact = (c: Partial<SignauxContact> = {}): SignauxContact => ({
  ouvertures: 0,
  clics: 0,
  visitesSite: 0,
  demandeDevis: false,
  converti: false,
  opposition: false,
  dateCollecte: '2025-01-10',
  dateDernierContact: '2026-08-20',
  ...c,
});
const classer = (c: Partial<SignauxContact>) =>
  v(classerContact({ contact: contact(c), dateReference: REF }));

describe('classerContact: the lesson’s table', () => {
  it('a quote request 12 days ago is hot, with the reason in French', () => {
    const r = classer({ demandeDevis: true, ouvertures: 2, clics: 1 });
    expect(r.stade).toBe('chaud');
    expect(r.raison).toBe(
      'a demandé un devis, dernier contact il y a 12\u00a0jours → prospect chaud',
    );
    expect(r.joursDepuisContact).toBe(12);
  });

  it('a click or several visits is tiède; one open or one visit is froid', () => {
    expect(classer({ clics: 2, ouvertures: 3 }).raison).toBe(
      'a cliqué sur l’offre (2 clics), dernier contact il y a 12\u00a0jours → prospect tiède',
    );
    expect(classer({ visitesSite: 3 }).stade).toBe('tiede');
    expect(classer({ ouvertures: 1 }).raison).toBe(
      'a ouvert un e-mail sans cliquer, dernier contact il y a 12\u00a0jours → prospect froid',
    );
    expect(classer({ visitesSite: 1 }).stade).toBe('froid');
  });

  it('reached without reaction is froid; never reached and silent is a suspect', () => {
    expect(classer({}).raison).toBe(
      'joint au moins une fois, sans réaction, dernier contact il y a 12\u00a0jours → prospect froid',
    );
    const s = classer({ dateDernierContact: '2025-01-10' });
    expect(s).toEqual({
      stade: 'suspect',
      raison: 'jamais joint, aucun signal → suspect',
      joursDepuisContact: null,
      joint: false,
      joursDepuisRefus: null,
    });
    // Signals count even without an exchange: an opened e-mail is already an encounter with the offer.
    expect(classer({ dateDernierContact: '2025-01-10', ouvertures: 2 }).stade).toBe('froid');
  });

  it('a signed contact is a client, whatever else it shows', () => {
    expect(
      classer({ converti: true, opposition: true, dateDernierContact: '2016-01-01' }),
    ).toMatchObject({ stade: 'client', raison: 'a signé lors de la campagne passée → client' });
  });

  it('a signal older than 6 months counts one step lower, never below froid', () => {
    const r = classer({ demandeDevis: true, dateDernierContact: '2026-01-31' });
    expect(r.stade).toBe('tiede');
    expect(r.raison).toBe(
      'a demandé un devis, mais le dernier contact remonte à 213\u00a0jours, plus de 6\u00a0mois\u202f: le signal a vieilli → prospect tiède',
    );
    expect(classer({ clics: 1, dateDernierContact: '2026-01-31' }).stade).toBe('froid');
    expect(classer({ ouvertures: 1, dateDernierContact: '2019-01-31' }).stade).toBe('froid');
    // 180 days exactly is still fresh: the threshold is « plus de 6 mois ».
    expect(classer({ demandeDevis: true, dateDernierContact: '2026-03-05' }).stade).toBe('chaud');
    expect(classer({ demandeDevis: true, dateDernierContact: '2026-03-04' }).stade).toBe('tiede');
  });

  it('a recent refusal brings the contact back to froid', () => {
    expect(classer({ demandeDevis: true, dateRefus: '2026-08-11' }).raison).toBe(
      'a demandé un devis, mais a refusé au téléphone il y a 21\u00a0jours → prospect froid',
    );
    expect(classer({ demandeDevis: true, dateRefus: '2025-08-11' }).stade).toBe('chaud');
  });

  it('an objection is not a temperature: the contact leaves the prospects, however warm its signals', () => {
    for (const signaux of [{ clics: 1 }, { demandeDevis: true }, {}]) {
      expect(
        erreur(
          classerContact({
            contact: contact({ ...signaux, opposition: true, id: 'P0007' }),
            dateReference: REF,
          }),
        ),
      ).toEqual({
        champ: 'opposition',
        message:
          'Le contact P0007 s’est opposé à la prospection\u202f: il sort du fichier à prospecter et n’a pas de température.',
      });
    }
  });

  it('refuses unreadable signals and dates with a French message naming the field', () => {
    expect(
      erreur(classerContact({ contact: contact({ clics: -1, id: 'P0003' }), dateReference: REF })),
    ).toEqual({
      champ: 'clics',
      message: 'Le nombre de clics du contact P0003 doit être un nombre positif ou nul.',
    });
    expect(
      erreur(classerContact({ contact: contact({ ouvertures: NaN }), dateReference: REF }))?.champ,
    ).toBe('ouvertures');
    expect(erreur(classerContact({ contact: contact(), dateReference: '2026-02-30' }))?.champ).toBe(
      'dateReference',
    );
    expect(
      erreur(
        classerContact({
          contact: contact(),
          dateReference: REF,
          regles: { joursFraicheur: -1, visitesTiede: 2 },
        }),
      )?.champ,
    ).toBe('joursFraicheur');
  });

  it('« aujourd’hui », « hier », then days', () => {
    expect([0, 1, 2, 1234].map((jours) => depuis({ jours }))).toEqual([
      'aujourd’hui',
      'hier',
      'il y a 2\u00a0jours',
      'il y a 1\u202f234\u00a0jours',
    ]);
  });
});

const isoDate = fc
  .date({ min: new Date('2010-01-01'), max: new Date('2026-09-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const signaux = fc.record({
  ouvertures: fc.nat(20),
  clics: fc.nat(10),
  visitesSite: fc.nat(15),
  demandeDevis: fc.boolean(),
  converti: fc.boolean(),
  opposition: fc.constant(false),
  dateCollecte: isoDate,
  dateDernierContact: isoDate,
  dateRefus: fc.option(isoDate, { nil: undefined }),
});

describe('classerContact: properties', () => {
  it('any valid contact gets one of the five stages and a reason ending with it', () => {
    fc.assert(
      fc.property(signaux, (c) => {
        const r = classer(c);
        expect(STADES).toContain(r.stade);
        expect(r.raison.endsWith(`→ ${LIBELLES_STADE[r.stade]}`)).toBe(true);
        expect(r.raison).not.toMatch(/NaN|undefined|Infinity/);
      }),
    );
  });

  it('any contact who objected and did not sign gets no stage', () => {
    fc.assert(
      fc.property(signaux, (c) => {
        const r = classerContact({
          contact: { ...c, converti: false, opposition: true },
          dateReference: REF,
        });
        expect(r.ok ? r.valeur.stade : r.erreur.champ).toBe('opposition');
      }),
    );
  });

  it('any input at all gives a result or a French error, never an exception', () => {
    fc.assert(
      fc.property(
        fc.record({
          ouvertures: fc.anything(),
          clics: fc.double(),
          visitesSite: fc.anything(),
          demandeDevis: fc.anything(),
          dateDernierContact: fc.string(),
        }),
        fc.string(),
        (c, ref) => {
          const r = classerContact({ contact: c as unknown as SignauxContact, dateReference: ref });
          if (!r.ok) expect(r.erreur.message).toMatch(/^[A-ZÀ-Ü]/);
        },
      ),
    );
  });

  it('a quote request never cools a contact; an older last contact never warms it', () => {
    fc.assert(
      fc.property(signaux, fc.nat(2000), (c, recul) => {
        const rang = (s: Stade) => STADES.indexOf(s);
        expect(rang(classer({ ...c, demandeDevis: true }).stade)).toBeGreaterThanOrEqual(
          rang(classer({ ...c, demandeDevis: false }).stade),
        );
        const plusTot = new Date(Date.parse(c.dateDernierContact) - recul * 86_400_000)
          .toISOString()
          .slice(0, 10);
        if (plusTot > c.dateCollecte)
          expect(rang(classer({ ...c, dateDernierContact: plusTot }).stade)).toBeLessThanOrEqual(
            rang(classer(c).stade),
          );
      }),
    );
  });

  it('converti gives client, and only converti does', () => {
    fc.assert(
      fc.property(signaux, (c) => {
        expect(classer(c).stade === 'client').toBe(c.converti);
      }),
    );
  });
});

describe('comparerReponses', () => {
  it('counts agreements over all contacts, an unanswered one counting as a disagreement', () => {
    const r = v(
      comparerReponses({
        attendus: ['chaud', 'froid', 'suspect', 'client'],
        reponses: ['chaud', 'tiede', undefined, 'client'],
      }),
    );
    expect(r).toEqual({ accords: 2, repondus: 3, total: 4, taux: 0.5, ecarts: [0, 1, null, 0] });
    expect(ecartStades({ a: 'suspect', b: 'client' })).toBe(4);
  });

  it('refuses an empty sample or a mismatched list', () => {
    expect(erreur(comparerReponses({ attendus: [], reponses: [] }))?.champ).toBe('attendus');
    expect(erreur(comparerReponses({ attendus: ['froid'], reponses: [] }))?.champ).toBe('reponses');
  });

  it('property: 0 ≤ accords ≤ repondus ≤ total and the rate is accords ÷ total', () => {
    const stade = fc.constantFrom(...STADES);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(stade, fc.option(stade, { nil: undefined })), {
          minLength: 1,
          maxLength: 30,
        }),
        (paires) => {
          const r = v(
            comparerReponses({
              attendus: paires.map((p) => p[0]),
              reponses: paires.map((p) => p[1]),
            }),
          );
          expect(r.accords).toBeLessThanOrEqual(r.repondus);
          expect(r.repondus).toBeLessThanOrEqual(r.total);
          expect(r.taux).toBe(r.accords / paires.length);
        },
      ),
    );
  });
});

describe('the chapter’s worked example (Sadaf Emballages)', () => {
  const p = (id: string) => dataset('emballages-casablanca').prospectsLib.find((x) => x.id === id)!;
  it('Chaouia Dattes (P0159): quote request 137 days ago → chaud', () => {
    expect(p('P0159')).toMatchObject({
      raisonSociale: 'Chaouia Dattes',
      ouvertures: 3,
      clics: 1,
      visitesSite: 3,
      demandeDevis: true,
      converti: false,
      dateDernierContact: '2026-04-17',
    });
    expect(v(classerContact({ contact: p('P0159'), dateReference: REF }))).toMatchObject({
      stade: 'chaud',
      joursDepuisContact: 137,
    });
  });
  it('Laiterie Bouziane (P0207): the same request 217 days ago → tiède', () => {
    expect(v(classerContact({ contact: p('P0207'), dateReference: REF })).stade).toBe('tiede');
  });
  it('Hilal Conseil Assurances: the seven quote requests under six months all signed, so no hot prospect', () => {
    const prospects = dataset('assurances-rabat').prospectsLib.filter((x) => !x.opposition); // an objection has no temperature
    const frais = prospects.filter(
      (x) =>
        x.demandeDevis &&
        (v(classerContact({ contact: x, dateReference: REF })).joursDepuisContact ?? Infinity) <=
          180,
    );
    expect(frais).toHaveLength(7);
    expect(frais.every((x) => x.converti)).toBe(true);
    expect(
      prospects.filter(
        (x) => v(classerContact({ contact: x, dateReference: REF })).stade === 'chaud',
      ),
    ).toHaveLength(0);
  });
});
