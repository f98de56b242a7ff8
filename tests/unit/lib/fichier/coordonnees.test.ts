import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  codePostalFrancaisValide,
  codePostalValide,
  emailValide,
  normaliserEmail,
  normaliserNomPersonne,
  normaliserRaisonSociale,
  normaliserTelephone,
  telephoneValide,
  villeCorrespondAuCodePostal,
} from '@lib/fichier/coordonnees.ts';
import { normaliserTexte, sansAccents, estVide } from '@lib/commun/texte.ts';

describe('emailValide', () => {
  it.each([
    'jean.dupont@exemple.fr',
    'a+promo@mail.example.co.ma',
    'contact@emballages-atlas.ma',
    ' x@y.fr ',
  ])('accepts %s', (email) => {
    expect(emailValide({ email })).toBe(true);
  });
  it.each([
    '',
    'jean.dupont@',
    'jean..dupont@exemple.fr',
    'jean dupont@exemple.fr',
    'jean@exemple',
    'jean@@exemple.fr',
    '@exemple.fr',
    'jean@-exemple.fr',
    'jean@exemple.f',
  ])('rejects %j', (email) => {
    expect(emailValide({ email })).toBe(false);
  });
  it('normalises case and spaces', () => {
    expect(normaliserEmail({ email: '  Jean.Dupont@Exemple.FR ' })).toBe('jean.dupont@exemple.fr');
  });
});

describe('telephoneValide and normaliserTelephone', () => {
  it('accepts French numbers in every usual writing', () => {
    for (const t of [
      '04 72 10 20 30',
      '0472102030',
      '04.72.10.20.30',
      '04-72-10-20-30',
      '+33 4 72 10 20 30',
      '+33 (0)4 72 10 20 30',
      '0033472102030',
      '06 12 34 56 78',
    ]) {
      expect(normaliserTelephone({ telephone: t, pays: 'FR' })).toMatch(/^\+33[1-9]\d{8}$/);
    }
    expect(normaliserTelephone({ telephone: '04 72 10 20 30' })).toBe('+33472102030');
  });

  it('accepts Moroccan numbers (05, 06, 07 or +212)', () => {
    expect(normaliserTelephone({ telephone: '05 22 45 67 89', pays: 'MA' })).toBe('+212522456789');
    expect(normaliserTelephone({ telephone: '06 61 23 45 67', pays: 'MA' })).toBe('+212661234567');
    expect(normaliserTelephone({ telephone: '+212 7 12 34 56 78', pays: 'MA' })).toBe(
      '+212712345678',
    );
    expect(telephoneValide({ telephone: '00212522456789', pays: 'FR' })).toBe(true); // international form is unambiguous
  });

  it('rejects malformed numbers', () => {
    for (const [t, pays] of [
      ['04 72 10 20', 'FR'],
      ['00 72 10 20 30', 'FR'],
      ['4 72 10 20 30 1', 'FR'],
      ['08 22 45 67 89', 'MA'],
      ['+212 3 22 45 67 89', 'MA'],
      ['téléphone', 'FR'],
      ['', 'FR'],
    ] as const) {
      expect(telephoneValide({ telephone: t, pays })).toBe(false);
    }
  });
});

describe('postal codes', () => {
  it('validates French codes (département 01–95, overseas)', () => {
    expect(codePostalFrancaisValide({ codePostal: '69003' })).toBe(true);
    expect(codePostalFrancaisValide({ codePostal: '20000' })).toBe(true); // Corsica
    expect(codePostalFrancaisValide({ codePostal: '97400' })).toBe(true);
    for (const c of ['6900', '690030', '00100', '96000', 'ABCDE', ''])
      expect(codePostalFrancaisValide({ codePostal: c })).toBe(false);
  });
  it('validates Moroccan codes', () => {
    expect(codePostalValide({ codePostal: '20250', pays: 'MA' })).toBe(true);
    expect(codePostalValide({ codePostal: '02025', pays: 'MA' })).toBe(false);
  });
  it('checks a city against its postal code when the city is known', () => {
    expect(villeCorrespondAuCodePostal({ ville: 'Lyon', codePostal: '69003', pays: 'FR' })).toBe(
      true,
    );
    expect(villeCorrespondAuCodePostal({ ville: 'LYON', codePostal: '38000', pays: 'FR' })).toBe(
      false,
    );
    expect(
      villeCorrespondAuCodePostal({ ville: 'saint etienne', codePostal: '42000', pays: 'FR' }),
    ).toBe(true);
    expect(villeCorrespondAuCodePostal({ ville: 'Rabat', codePostal: '20000', pays: 'MA' })).toBe(
      false,
    );
    expect(
      villeCorrespondAuCodePostal({ ville: 'Casablanca', codePostal: '20250', pays: 'MA' }),
    ).toBe(true);
    expect(
      villeCorrespondAuCodePostal({ ville: 'Trifouilly', codePostal: '12345', pays: 'FR' }),
    ).toBeNull();
  });
});

describe('normalisation', () => {
  it('removes case, accents and ligatures', () => {
    expect(sansAccents('Éléonore Cœur')).toBe('Eleonore Coeur');
    expect(normaliserTexte('  Société   GÉNÉRALE ')).toBe('societe generale');
    expect(normaliserTexte(undefined)).toBe('');
    expect(estVide('  ')).toBe(true);
    expect(estVide(0)).toBe(false);
  });

  it('removes legal forms and punctuation from company names', () => {
    const forme = (raisonSociale: string) => normaliserRaisonSociale({ raisonSociale });
    expect(forme('Emballages du Sud SARL')).toBe('emballages du sud');
    expect(forme('EMBALLAGES DU SUD')).toBe('emballages du sud');
    expect(forme('S.A.R.L. Emballages du Sud')).toBe('emballages du sud');
    expect(forme('Martin & Cie')).toBe('martin');
    expect(forme('Martin et Cie')).toBe('martin');
    expect(forme('Bureautique Rhône SAS')).toBe('bureautique rhone');
    expect(forme('Atlas Pack SA')).toBe('atlas pack');
    expect(forme('Ets Durand EURL')).toBe('durand');
    expect(forme('Chocolaterie Dupont SNC')).toBe('chocolaterie dupont');
  });

  it('compares person names whatever the order', () => {
    expect(normaliserNomPersonne({ prenom: 'Jean-Éric', nom: 'Dupont' })).toBe(
      normaliserNomPersonne({ prenom: 'DUPONT', nom: 'jean eric' }),
    );
  });

  it('property: normalising is idempotent and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (s) => {
          expect(normaliserTexte(normaliserTexte(s))).toBe(normaliserTexte(s));
          expect(typeof normaliserRaisonSociale({ raisonSociale: s })).toBe('string');
          expect(typeof emailValide({ email: s })).toBe('boolean');
          expect(typeof telephoneValide({ telephone: s })).toBe('boolean');
        },
      ),
    );
  });
});
