import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REGLES_PROSPECTION, reglesDuCanal, verifierCampagne, type Appel } from '@lib/rgpd.ts';
import type { Prospect } from '@lib/prospect.ts';
import type { Resultat } from '@lib/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

type Ligne = Pick<Prospect, 'id' | 'type' | 'consentementEmail' | 'opposition' | 'bloctel' | 'dateDernierContact' | 'dateCollecte'> & Partial<Prospect>;
const ligne = (id: string, champs: Partial<Ligne> = {}): Ligne => ({
  id, type: 'B2C', consentementEmail: false, opposition: false, bloctel: false, dateDernierContact: '2025-01-10', dateCollecte: '2024-06-01', ...champs,
});
const aujourdhui = '2025-06-16';
const ids = (r: { infractions: { id: string; ids: string[] }[] }, regle: string) => r.infractions.find((i) => i.id === regle)?.ids ?? [];

describe('verifierCampagne — e-mail and SMS', () => {
  const fichier = [
    ligne('C-optin', { consentementEmail: true }), ligne('C-sans'), ligne('B-pro', { type: 'B2B' }), ligne('B-optin', { type: 'B2B', consentementEmail: true }),
  ];

  it('flags B2C e-mail or SMS without opt-in', () => {
    const r = v(verifierCampagne({ campagne: { canal: 'sms' }, prospects: fichier, aujourdhui }));
    expect(r.conforme).toBe(false);
    expect(ids(r, 'b2c-sans-consentement')).toEqual(['C-sans']);
    expect(r.infractions[0]).toMatchObject({ id: 'b2c-sans-consentement', base: 'Code des postes et des communications électroniques, art.\u00a0L34-5\u202f; CNIL' });
    expect(r.aExclure).toEqual(['C-sans']);
  });

  it('flags B2B e-mail only when the offer does not relate to the job (and no consent was given)', () => {
    expect(ids(v(verifierCampagne({ campagne: { canal: 'email', offreLieeAuPoste: true }, prospects: fichier, aujourdhui })), 'b2b-offre-sans-rapport')).toEqual([]);
    expect(ids(v(verifierCampagne({ campagne: { canal: 'email', offreLieeAuPoste: false }, prospects: fichier, aujourdhui })), 'b2b-offre-sans-rapport')).toEqual(['B-pro']);
  });

  it('checks only the targeted rows, and flags opposition and stale data on every channel', () => {
    const f = [...fichier, ligne('Opp', { opposition: true, type: 'B2B' }), ligne('Vieux', { type: 'B2B', dateDernierContact: '2021-01-01' })];
    const r = v(verifierCampagne({ campagne: { canal: 'courrier', prospectIds: ['C-sans', 'Opp', 'Vieux'] }, prospects: f, aujourdhui }));
    expect(r.infractions.map((i) => i.id)).toEqual(['opposition', 'conservation']);
    expect(ids(r, 'opposition')).toEqual(['Opp']);
    expect(ids(r, 'conservation')).toEqual(['Vieux']);
    expect(v(verifierCampagne({ campagne: { canal: 'visite', prospectIds: ['C-sans'] }, prospects: f, aujourdhui })).conforme).toBe(true);
  });
});

describe('verifierCampagne — phone calls to consumers', () => {
  const fichier = [ligne('A'), ligne('Bloc', { bloctel: true }), ligne('Pro', { type: 'B2B', bloctel: true }), ligne('Refus', { dateRefus: '2025-05-01' })];
  const appel = (prospectId: string, dateHeure: string, refus = false): Appel => ({ prospectId, dateHeure, refus });

  it('flags Bloctel consumers (not professionals)', () => {
    const r = v(verifierCampagne({ campagne: { canal: 'telephone', prospectIds: ['Bloc', 'Pro'] }, prospects: fichier, aujourdhui }));
    expect(ids(r, 'bloctel')).toEqual(['Bloc']);
    expect(r.infractions.find((i) => i.id === 'bloctel')?.base).toBe('Code de la consommation, art.\u00a0L223-1');
  });

  it('flags calls outside Monday–Friday 10:00–13:00 / 14:00–20:00 and on public holidays', () => {
    const appels = [
      appel('A', '2025-06-16T10:00'), // Monday 10:00: allowed
      appel('A', '2025-06-16T12:59'), // allowed
      appel('A', '2025-06-17T13:00'), // lunch break
      appel('A', '2025-06-18T09:59'), // too early
      appel('A', '2025-06-19T20:00'), // too late
      appel('A', '2025-06-21T11:00'), // Saturday
      appel('A', '2025-07-14T11:00'), // Bastille Day
    ];
    const r = v(verifierCampagne({ campagne: { canal: 'telephone', prospectIds: [], appels }, prospects: fichier, aujourdhui }));
    const horaires = r.infractions.find((i) => i.id === 'horaires-appel')!;
    expect(horaires.ids).toEqual(['A']);
    expect(horaires.details).toEqual([
      'Appel 3\u202f: 17/06/2025 à 13\u00a0h\u00a000', 'Appel 4\u202f: 18/06/2025 à 09\u00a0h\u00a059', 'Appel 5\u202f: 19/06/2025 à 20\u00a0h\u00a000',
      'Appel 6\u202f: 21/06/2025 à 11\u00a0h\u00a000', 'Appel 7\u202f: 14/07/2025 à 11\u00a0h\u00a000',
    ]);
    expect(r.aExclure).toEqual([]); // a call at the wrong hour is moved, the person is not removed
  });

  it('flags the 5th call within 30 days, not a 5th call spread over more', () => {
    const cinq = ['2025-06-02', '2025-06-05', '2025-06-10', '2025-06-20', '2025-07-01'].map((d) => appel('A', `${d}T11:00`));
    const r = v(verifierCampagne({ campagne: { canal: 'telephone', appels: cinq }, prospects: fichier, aujourdhui }));
    expect(ids(r, 'frequence-appels')).toEqual(['A']);
    expect(r.infractions.find((i) => i.id === 'frequence-appels')?.details).toEqual(['Appel 5\u202f: 5e appel en 30\u00a0jours (01/07/2025 à 11\u00a0h\u00a000)']);
    const etales = ['2025-06-02', '2025-06-05', '2025-06-10', '2025-06-20', '2025-07-02'].map((d) => appel('A', `${d}T11:00`));
    expect(ids(v(verifierCampagne({ campagne: { canal: 'telephone', appels: etales }, prospects: fichier, aujourdhui })), 'frequence-appels')).toEqual([]);
  });

  it('flags a call within 60 days of a refusal (recorded in the file or during the campaign)', () => {
    const r = v(verifierCampagne({ campagne: { canal: 'telephone', appels: [appel('Refus', '2025-06-16T11:00'), appel('A', '2025-06-16T11:00', true), appel('A', '2025-08-14T11:00'), appel('A', '2025-08-15T11:00')] }, prospects: fichier, aujourdhui }));
    expect(ids(r, 'rappel-apres-refus')).toEqual(['Refus', 'A']);
    expect(r.infractions.find((i) => i.id === 'rappel-apres-refus')?.details).toEqual([
      'Appel 1\u202f: 46\u00a0jours après un refus (16/06/2025 à 11\u00a0h\u00a000)', 'Appel 3\u202f: 59\u00a0jours après un refus (14/08/2025 à 11\u00a0h\u00a000)',
    ]);
  });

  it('refuses unknown rows, bad dates and channels in French', () => {
    expect(erreur(verifierCampagne({ campagne: { canal: 'telephone', appels: [appel('X', '2025-06-16T11:00')] }, prospects: fichier, aujourdhui }))?.message).toBe('L’appel 1 vise un prospect absent du fichier (X).');
    expect(erreur(verifierCampagne({ campagne: { canal: 'telephone', appels: [appel('A', '2025-06-16 25:00')] }, prospects: fichier, aujourdhui }))?.message).toBe('L’appel 1 n’a pas une date et une heure valides (aaaa-mm-jjThh:mm).');
    expect(erreur(verifierCampagne({ campagne: { canal: 'fax' as 'sms' }, prospects: fichier, aujourdhui }))?.champ).toBe('campagne.canal');
    expect(erreur(verifierCampagne({ campagne: { canal: 'sms', prospectIds: ['Z'] }, prospects: fichier, aujourdhui }))?.champ).toBe('campagne.prospectIds');
    expect(erreur(verifierCampagne({ campagne: { canal: 'sms' }, prospects: fichier, aujourdhui: 'demain' }))?.champ).toBe('aujourdhui');
  });

  it('property: a campaign with only allowed calls to consenting, fresh B2C rows is compliant', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 600, max: 779 })), { maxLength: 4 }), (liste) => {
      // Mondays of June–September 2025, one call each at most: never 5 in 30 days.
      const jours = ['2025-06-02', '2025-07-07', '2025-08-04', '2025-09-01'];
      const appels = [...new Map(liste.map(([j, m]) => [j, m])).entries()].map(([j, m]) => appel('A', `${jours[j]}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`));
      expect(v(verifierCampagne({ campagne: { canal: 'telephone', prospectIds: [], appels }, prospects: fichier, aujourdhui })).conforme).toBe(true);
    }));
  });
});

describe('rules catalogue', () => {
  it('gives each channel its rules with a legal basis', () => {
    expect(reglesDuCanal({ canal: 'telephone' }).map((r) => r.id)).toEqual(['opposition', 'conservation', 'bloctel', 'horaires-appel', 'frequence-appels', 'rappel-apres-refus']);
    expect(reglesDuCanal({ canal: 'courrier' }).map((r) => r.id)).toEqual(['opposition', 'conservation']);
    for (const r of REGLES_PROSPECTION) expect(r.base.length).toBeGreaterThan(5);
  });
});

describe('phone prospecting from 11 August 2026 (law of 30 June 2025): prior consent', () => {
  const fichier = [
    ligne('Sans'), ligne('Bloc', { bloctel: true }), ligne('Pro', { type: 'B2B' }),
    { ...ligne('Accord'), consentementTelephone: true },
  ];
  const telephone = (date?: string) => v(verifierCampagne({ campagne: { canal: 'telephone', ...(date ? { date } : {}) }, prospects: fichier, aujourdhui }));

  it('before the date, and without a date (existing callers), checks Bloctel only', () => {
    for (const r of [telephone(), telephone('2026-08-10')]) {
      expect(ids(r, 'bloctel')).toEqual(['Bloc']);
      expect(ids(r, 'telephone-sans-consentement')).toEqual([]);
      expect(r.aExclure).toEqual(['Bloc']);
    }
  });

  it('from 2026-08-11, excludes every consumer without recorded consent, Bloctel or not, never professionals', () => {
    const r = telephone('2026-08-11');
    expect(ids(r, 'telephone-sans-consentement')).toEqual(['Sans', 'Bloc']);
    expect(ids(r, 'bloctel')).toEqual([]);
    expect(r.aExclure.sort()).toEqual(['Bloc', 'Sans']);
    const regle = r.infractions.find((i) => i.id === 'telephone-sans-consentement')!;
    expect(regle.libelle).toContain('consentement préalable');
    expect(regle.libelle).toContain('11\u00a0août 2026');
    expect(regle.base).toContain('30\u00a0juin 2025');
  });

  it('leaves e-mail campaigns unchanged by the date, and refuses a bad date in French', () => {
    const r = v(verifierCampagne({ campagne: { canal: 'email', date: '2026-09-01' }, prospects: fichier, aujourdhui }));
    expect(ids(r, 'telephone-sans-consentement')).toEqual([]);
    const e = erreur(verifierCampagne({ campagne: { canal: 'telephone', date: '2026-02-30' }, prospects: fichier, aujourdhui }));
    expect(e).toMatchObject({ champ: 'campagne.date' });
    expect(e?.message).toContain('date de la campagne');
  });

  it('gives the phone rules of a date: Bloctel before, consent from the date on', () => {
    expect(reglesDuCanal({ canal: 'telephone', date: '2026-09-01' }).map((r) => r.id)).toEqual(['opposition', 'conservation', 'telephone-sans-consentement', 'horaires-appel', 'frequence-appels', 'rappel-apres-refus']);
    expect(reglesDuCanal({ canal: 'telephone', date: '2026-08-10' }).map((r) => r.id)).toContain('bloctel');
  });
});
