import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  REGLES,
  LOI_DES_DONNEES,
  loiDuPays,
  etatDuDroit,
  reglesEnVigueur,
  verifierCampagne,
  natureDe,
  personnePhysique,
  type Appel,
  type Campagne,
  type LigneDroit,
  type Pays,
} from '@lib/droit/index.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

const ligne = (id: string, champs: Partial<LigneDroit> = {}): LigneDroit => ({
  id,
  type: 'B2C',
  consentementEmail: false,
  opposition: false,
  bloctel: false,
  dateDernierContact: '2026-05-10',
  dateCollecte: '2025-06-01',
  ...champs,
});
const consommateur = (champs: Partial<LigneDroit> = {}) =>
  ligne('X', { nature: 'consommateur', ...champs });
const acheteur = (champs: Partial<LigneDroit> = {}) =>
  ligne('X', {
    type: 'B2B',
    nature: 'professionnel',
    nom: 'Derkaoui',
    prenom: 'Taha',
    email: 't.derkaoui@conserverie.ma',
    ...champs,
  });
const aujourdhui = '2026-09-01';

/**
 * One case per rule and per country, with the article it comes from: a single row, a campaign,
 * and what the law says — the rule that excludes the row (or none), and, when allowed, the duty
 * that still applies.
 */
const CAS: {
  quoi: string;
  pays: Pays;
  source: string;
  p: LigneDroit;
  campagne: Campagne;
  exclue: string | null;
  prealable?: string;
}[] = [
  // ── France ──
  {
    quoi: 'FR: a prospect who objected is excluded from a postal mailing',
    pays: 'FR',
    source: 'RGPD, art.\u00a021',
    p: acheteur({ opposition: true }),
    campagne: { canal: 'courrier' },
    exclue: 'fr-opposition',
  },
  {
    quoi: 'FR: a prospect who objected is excluded from a visit too',
    pays: 'FR',
    source: 'RGPD, art.\u00a021',
    p: consommateur({ opposition: true }),
    campagne: { canal: 'visite' },
    exclue: 'fr-opposition',
  },
  {
    quoi: 'FR: a prospect silent for more than 3 years is removed (CNIL recommendation)',
    pays: 'FR',
    source: 'recommandation de la CNIL',
    p: acheteur({ dateDernierContact: '2023-01-10', dateCollecte: '2022-01-01' }),
    campagne: { canal: 'courrier' },
    exclue: 'fr-conservation',
  },
  {
    quoi: 'FR: consumer e-mailed without consent → refused',
    pays: 'FR',
    source: 'L34-5',
    p: consommateur(),
    campagne: { canal: 'email' },
    exclue: 'fr-email-consommateur',
  },
  {
    quoi: 'FR: consumer texted with e-mail/SMS consent → allowed',
    pays: 'FR',
    source: 'L34-5',
    p: consommateur({ consentementEmail: true }),
    campagne: { canal: 'sms' },
    exclue: null,
  },
  {
    quoi: 'FR: professional e-mailed about their job without consent → allowed, opt-out link required',
    pays: 'FR',
    source: 'L34-5',
    p: acheteur(),
    campagne: { canal: 'email', offreLieeAuPoste: true },
    exclue: null,
    prealable: 'fr-email-professionnel',
  },
  {
    quoi: 'FR: professional e-mailed about something else without consent → refused',
    pays: 'FR',
    source: 'L34-5',
    p: acheteur(),
    campagne: { canal: 'email', offreLieeAuPoste: false },
    exclue: 'fr-email-professionnel',
  },
  {
    quoi: 'FR: automated call to a named buyer without consent → refused',
    pays: 'FR',
    source: 'L34-5',
    p: acheteur(),
    campagne: { canal: 'automate' },
    exclue: 'fr-automate',
  },
  {
    quoi: 'FR: consumer on Bloctel called on 10 August 2026 → refused',
    pays: 'FR',
    source: 'L223-1',
    p: consommateur({ bloctel: true }),
    campagne: { canal: 'telephone', date: '2026-08-10' },
    exclue: 'fr-bloctel',
  },
  {
    quoi: 'FR: consumer not on Bloctel called on 10 August 2026 without consent → allowed',
    pays: 'FR',
    source: 'L223-1',
    p: consommateur(),
    campagne: { canal: 'telephone', date: '2026-08-10' },
    exclue: null,
  },
  {
    quoi: 'FR: consumer called on 12 August 2026 without consent → refused',
    pays: 'FR',
    source: 'Loi n°\u00a02025-594',
    p: consommateur(),
    campagne: { canal: 'telephone', date: '2026-08-12' },
    exclue: 'fr-telephone-consentement',
  },
  {
    quoi: 'FR: consumer called on 12 August 2026 with a dated consent → allowed',
    pays: 'FR',
    source: 'Loi n°\u00a02025-594',
    p: consommateur({ consentementTelephone: true, dateConsentementTelephone: '2026-03-02' }),
    campagne: { canal: 'telephone', date: '2026-08-12' },
    exclue: null,
  },
  {
    quoi: 'FR: a consent without its date cannot be proved → refused',
    pays: 'FR',
    source: 'Loi n°\u00a02025-594',
    p: consommateur({ consentementTelephone: true }),
    campagne: { canal: 'telephone', date: '2026-08-12' },
    exclue: 'fr-telephone-consentement',
  },
  {
    quoi: 'FR: a consent given after the campaign date does not count → refused',
    pays: 'FR',
    source: 'Loi n°\u00a02025-594',
    p: consommateur({ consentementTelephone: true, dateConsentementTelephone: '2026-08-20' }),
    campagne: { canal: 'telephone', date: '2026-08-12' },
    exclue: 'fr-telephone-consentement',
  },
  {
    quoi: 'FR: a self-employed professional buying for their business is called without consent → allowed',
    pays: 'FR',
    source: 'article liminaire',
    p: ligne('X', { type: 'B2C', nature: 'professionnel', bloctel: true }),
    campagne: { canal: 'telephone', date: '2026-08-12' },
    exclue: null,
  },
  {
    quoi: 'FR: canvassing for energy-renovation work → refused on every channel',
    pays: 'FR',
    source: 'Loi n°\u00a02025-594',
    p: acheteur({ consentementEmail: true }),
    campagne: { canal: 'email', renovationEnergetique: true },
    exclue: 'fr-renovation-energetique',
  },
  {
    quoi: 'FR: a visit to a consumer is allowed (withdrawal period applies)',
    pays: 'FR',
    source: 'L221-18',
    p: consommateur(),
    campagne: { canal: 'porte-a-porte' },
    exclue: null,
  },
  // ── Maroc ──
  {
    quoi: 'MA: B2B e-mail to a named buyer without consent → refused (no B2B exception)',
    pays: 'MA',
    source: 'Loi n°\u00a009-08, art.\u00a010',
    p: acheteur(),
    campagne: { canal: 'email', offreLieeAuPoste: true },
    exclue: 'ma-email',
    prealable: 'ma-declaration',
  },
  {
    quoi: 'MA: B2B e-mail to a generic company address → allowed (not a natural person)',
    pays: 'MA',
    source: 'Loi n°\u00a009-08, art.\u00a010',
    p: acheteur({ email: 'achats@conserverie.ma' }),
    campagne: { canal: 'email' },
    exclue: null,
    prealable: 'ma-declaration',
  },
  {
    quoi: 'MA: consumer texted without consent → refused',
    pays: 'MA',
    source: 'Loi n°\u00a009-08, art.\u00a010',
    p: consommateur(),
    campagne: { canal: 'sms' },
    exclue: 'ma-email',
  },
  {
    quoi: 'MA: automated call to a consumer without consent → refused',
    pays: 'MA',
    source: 'Loi n°\u00a009-08, art.\u00a010',
    p: consommateur(),
    campagne: { canal: 'automate' },
    exclue: 'ma-email',
  },
  {
    quoi: 'MA: consumer e-mailed with consent → allowed, CNDP declaration first',
    pays: 'MA',
    source: 'Loi n°\u00a009-08, art.\u00a012',
    p: consommateur({ consentementEmail: true }),
    campagne: { canal: 'email' },
    exclue: null,
    prealable: 'ma-declaration',
  },
  {
    quoi: 'MA: a person calling a consumer without consent after 11 August 2026 → allowed (the law is silent)',
    pays: 'MA',
    source: 'Loi n°\u00a009-08',
    p: consommateur({ bloctel: true }),
    campagne: { canal: 'telephone', date: '2026-08-12' },
    exclue: null,
  },
  {
    quoi: 'MA: a prospect who objected is excluded from a phone campaign',
    pays: 'MA',
    source: 'Loi n°\u00a009-08, art.\u00a09',
    p: acheteur({ opposition: true }),
    campagne: { canal: 'telephone' },
    exclue: 'ma-opposition',
  },
  {
    quoi: 'MA: no fixed retention period: an old row is not excluded by law',
    pays: 'MA',
    source: 'Loi n°\u00a009-08, art.\u00a03',
    p: acheteur({ dateDernierContact: '2021-01-10', dateCollecte: '2020-01-01' }),
    campagne: { canal: 'courrier' },
    exclue: null,
  },
];

describe('the rules table: one case per rule, per country, with its article', () => {
  it.each(CAS)('$quoi', ({ pays, source, p, campagne, exclue, prealable }) => {
    const r = v(verifierCampagne({ pays, campagne, prospects: [p], aujourdhui }));
    if (exclue === null) {
      expect(r.aExclure).toEqual([]);
    } else {
      expect(r.aExclure).toEqual(['X']);
      const i = r.infractions.find((x) => x.id === exclue);
      expect(i, `rule ${exclue}`).toBeDefined();
      expect(i!.base).toContain(source);
      expect(i!.raison.length).toBeGreaterThan(5);
    }
    if (prealable) expect(r.prealables.map((g) => g.id)).toContain(prealable);
    // The law of one country never cites the other's.
    for (const i of r.infractions) expect(i.pays).toBe(pays);
  });

  it('covers every rule that checks rows or calls with at least one case per country', () => {
    const couverts = new Set(
      CAS.flatMap((c) =>
        v(
          verifierCampagne({ pays: c.pays, campagne: c.campagne, prospects: [c.p], aujourdhui }),
        ).infractions.map((i) => i.id),
      ),
    );
    const appels = ['fr-horaires', 'fr-frequence', 'fr-refus']; // tested below with calls
    for (const r of REGLES)
      if (r.controle && !appels.includes(r.id)) expect(couverts, r.id).toContain(r.id);
  });

  it('gives every rule a source, dates in order, and no French text in a Moroccan rule', () => {
    for (const r of REGLES) {
      expect(r.source.texte.length).toBeGreaterThan(3);
      if (r.du && r.au) expect(r.du <= r.au).toBe(true);
      if (r.pays === 'MA')
        expect(`${r.libelle} ${r.precision ?? ''} ${r.source.texte}`).not.toMatch(
          /Bloctel|CNIL|décret|RGPD|Code de la consommation/,
        );
    }
  });
});

describe('reglesEnVigueur and etatDuDroit', () => {
  it('switches from Bloctel to consent between 10 and 11 August 2026', () => {
    const ids = (date: string) =>
      v(reglesEnVigueur({ pays: 'FR', date, canal: 'telephone', nature: 'consommateur' })).map(
        (r) => r.id,
      );
    expect(ids('2026-08-10')).toContain('fr-bloctel');
    expect(ids('2026-08-10')).not.toContain('fr-telephone-consentement');
    expect(ids('2026-08-11')).toContain('fr-telephone-consentement');
    expect(ids('2026-08-11')).not.toContain('fr-bloctel');
  });

  it('titles the state of the law and cites Moroccan texts only for Morocco', () => {
    const ma = v(etatDuDroit({ pays: 'MA', date: '2026-09-01' }));
    expect(ma.titre).toBe('État du droit au 1er\u00a0septembre 2026 — Maroc');
    const texte = ma.lignes.map((l) => `${l.libelle} ${l.sourceTexte}`).join(' ');
    expect(texte).toContain('09-08');
    expect(texte).toContain('CNDP');
    expect(texte).not.toMatch(/Bloctel|CNIL|décret/);
    const fr = v(etatDuDroit({ pays: 'FR', date: '2026-09-01' }));
    expect(fr.titre).toBe('État du droit au 1er\u00a0septembre 2026 — France');
    expect(fr.lignes.find((l) => l.id === 'fr-conservation')!.portee).toBe('recommandation');
  });

  it('refuses a bad country, date or channel in French', () => {
    expect(erreur(reglesEnVigueur({ pays: 'BE' as Pays, date: '2026-09-01' }))?.champ).toBe('pays');
    expect(erreur(reglesEnVigueur({ pays: 'FR', date: '2026-02-30' }))?.message).toBe(
      'La date doit être une date valide (aaaa-mm-jj).',
    );
    expect(
      erreur(reglesEnVigueur({ pays: 'FR', date: '2026-09-01', canal: 'fax' as 'sms' }))?.champ,
    ).toBe('canal');
  });
});

describe('nature and natural persons', () => {
  it('reads the nature column, else the type', () => {
    expect(natureDe({ type: 'B2C', nature: 'professionnel' })).toBe('professionnel');
    expect(natureDe({ type: 'B2C' })).toBe('consommateur');
    expect(natureDe({ type: 'B2B' })).toBe('professionnel');
  });
  it('tells a named e-mail from a generic one', () => {
    expect(personnePhysique(acheteur(), 'email')).toBe(true);
    expect(personnePhysique(acheteur({ email: 'contact@x.ma' }), 'email')).toBe(false);
    expect(personnePhysique(acheteur({ email: 'achats2@x.ma' }), 'email')).toBe(false);
    expect(personnePhysique(acheteur({ email: '' }), 'email')).toBe(false);
  });
});

describe('phone calls to French consumers (décret n° 2022-1313)', () => {
  const fichier = [
    ligne('A'),
    ligne('Pro', { type: 'B2B' }),
    ligne('Refus', { dateRefus: '2025-05-01' }),
  ];
  const appel = (prospectId: string, dateHeure: string, refus = false): Appel => ({
    prospectId,
    dateHeure,
    refus,
  });
  const avant = '2025-06-16'; // before August 2026: the call rules without the consent rule
  const tel = (appels: Appel[], pays: Pays = 'FR') =>
    v(
      verifierCampagne({
        pays,
        campagne: { canal: 'telephone', prospectIds: [], appels },
        prospects: fichier,
        aujourdhui: avant,
      }),
    );
  const ids = (r: { infractions: { id: string; ids: string[] }[] }, regle: string) =>
    r.infractions.find((i) => i.id === regle)?.ids ?? [];

  it('flags calls outside Monday–Friday 10:00–13:00 / 14:00–20:00 and on public holidays', () => {
    const appels = [
      appel('A', '2025-06-16T10:00'),
      appel('A', '2025-06-16T12:59'),
      appel('A', '2025-06-17T13:00'),
      appel('A', '2025-06-18T09:59'),
      appel('A', '2025-06-19T20:00'),
      appel('A', '2025-06-21T11:00'),
      appel('A', '2025-07-14T11:00'),
      appel('Pro', '2025-06-21T11:00'),
    ];
    const r = tel(appels);
    const horaires = r.infractions.find((i) => i.id === 'fr-horaires')!;
    expect(horaires.ids).toEqual(['A']);
    expect(horaires.base).toContain('2022-1313');
    expect(horaires.details).toEqual([
      'Appel 3\u202f: 17/06/2025 à 13\u00a0h\u00a000',
      'Appel 4\u202f: 18/06/2025 à 09\u00a0h\u00a059',
      'Appel 5\u202f: 19/06/2025 à 20\u00a0h\u00a000',
      'Appel 6\u202f: 21/06/2025 à 11\u00a0h\u00a000',
      'Appel 7\u202f: 14/07/2025 à 11\u00a0h\u00a000',
    ]);
    expect(r.aExclure).toEqual([]); // a call at the wrong hour is moved, the person is not removed
    expect(tel(appels, 'MA').conforme).toBe(true); // Moroccan law sets no hours
  });

  it('flags the 5th call within 30 days, not a 5th call spread over more', () => {
    const cinq = ['2025-06-02', '2025-06-05', '2025-06-10', '2025-06-20', '2025-07-01'].map((d) =>
      appel('A', `${d}T11:00`),
    );
    expect(tel(cinq).infractions.find((i) => i.id === 'fr-frequence')?.details).toEqual([
      'Appel 5\u202f: 5e appel en 30\u00a0jours (01/07/2025 à 11\u00a0h\u00a000)',
    ]);
    const etales = ['2025-06-02', '2025-06-05', '2025-06-10', '2025-06-20', '2025-07-02'].map((d) =>
      appel('A', `${d}T11:00`),
    );
    expect(ids(tel(etales), 'fr-frequence')).toEqual([]);
  });

  it('flags a call within 60 days of a refusal (recorded in the file or during the campaign)', () => {
    const r = tel([
      appel('Refus', '2025-06-16T11:00'),
      appel('A', '2025-06-16T11:00', true),
      appel('A', '2025-08-14T11:00'),
      appel('A', '2025-08-15T11:00'),
    ]);
    expect(ids(r, 'fr-refus')).toEqual(['Refus', 'A']);
  });

  it('refuses unknown rows, bad dates and channels in French', () => {
    const c = (campagne: Campagne, jour = avant) =>
      erreur(verifierCampagne({ pays: 'FR', campagne, prospects: fichier, aujourdhui: jour }));
    expect(c({ canal: 'telephone', appels: [appel('X', '2025-06-16T11:00')] })?.message).toBe(
      'L’appel 1 vise un prospect absent du fichier (X).',
    );
    expect(c({ canal: 'telephone', appels: [appel('A', '2025-06-16 25:00')] })?.message).toBe(
      'L’appel 1 n’a pas une date et une heure valides (aaaa-mm-jjThh:mm).',
    );
    expect(c({ canal: 'fax' as 'sms' })?.champ).toBe('campagne.canal');
    expect(c({ canal: 'sms', prospectIds: ['Z'] })?.champ).toBe('campagne.prospectIds');
    expect(c({ canal: 'sms' }, 'demain')?.champ).toBe('aujourdhui');
    expect(c({ canal: 'telephone', date: '2026-02-30' })?.champ).toBe('campagne.date');
  });

  it('property: allowed calls to fresh consumers, one a month, are compliant before August 2026', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 600, max: 779 })), {
          maxLength: 4,
        }),
        (liste) => {
          const jours = ['2025-06-02', '2025-07-07', '2025-08-04', '2025-09-01'];
          const appels = [...new Map(liste.map(([j, m]) => [j, m])).entries()].map(([j, m]) =>
            appel(
              'A',
              `${jours[j]}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
            ),
          );
          expect(tel(appels).conforme).toBe(true);
        },
      ),
    );
  });
});

describe('loiDuPays', () => {
  it('dit de quel droit relève une entreprise, accordé au texte', () => {
    expect(loiDuPays({ pays: 'FR' })).toBe('du droit français (RGPD, contrôlé par la CNIL)');
    expect(loiDuPays({ pays: 'MA' })).toBe('du droit marocain (loi 09-08, contrôlée par la CNDP)');
  });

  it('nomme une autorité que la table des règles du même pays cite', () => {
    for (const pays of ['FR', 'MA'] as const) {
      const { autorite } = LOI_DES_DONNEES[pays];
      const cites = REGLES.filter((r) => r.pays === pays)
        .map((r) => `${r.libelle} ${r.precision ?? ''} ${r.source.texte}`)
        .join(' ');
      expect(cites).toContain(autorite);
    }
  });
});
