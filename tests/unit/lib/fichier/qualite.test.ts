import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  champsManquants,
  contactsPerimes,
  doublonsExacts,
  doublonsProbables,
  levenshtein,
  rapportQualite,
  TYPES_PROBLEME,
} from '@lib/fichier/qualite.ts';
import type { Prospect } from '@lib/commun/prospect.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

let compteur = 0;
/** A clean B2B prospect in Lyon; each call gets its own id, phone and e-mail. */
function prospect(champs: Partial<Prospect> = {}): Prospect {
  compteur++;
  const n = String(compteur).padStart(4, '0');
  return {
    id: `P${n}`,
    raisonSociale: `Société ${n}`,
    nom: 'Martin',
    prenom: 'Claire',
    type: 'B2B',
    secteur: 'industrie',
    taille: 'PME',
    chiffreAffaires: 1_000_000,
    fonction: 'Responsable achats',
    ville: 'Lyon',
    codePostal: '69003',
    pays: 'FR',
    telephone: `04 72 00 ${n.slice(0, 2)} ${n.slice(2)}`,
    email: `contact${n}@exemple.fr`,
    source: 'annuaire',
    dateCollecte: '2024-01-10',
    dateDernierContact: '2025-03-01',
    consentementEmail: false,
    opposition: false,
    bloctel: false,
    temperature: 'froid',
    ouvertures: 0,
    clics: 0,
    visitesSite: 0,
    demandeDevis: false,
    converti: false,
    ...champs,
  };
}

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein({ a: 'chat', b: 'chats' })).toBe(1);
    expect(levenshtein({ a: 'dupont', b: 'dupond' })).toBe(1);
    expect(levenshtein({ a: 'kitten', b: 'sitting' })).toBe(3);
    expect(levenshtein({ a: '', b: 'abc' })).toBe(3);
    expect(levenshtein({ a: 'abc', b: 'abc' })).toBe(0);
  });
  it('stops at the bound and returns max + 1', () => {
    expect(levenshtein({ a: 'abcdefgh', b: 'zyxwvuts', max: 2 })).toBe(3);
    expect(levenshtein({ a: 'a', b: 'abcdef', max: 1 })).toBe(2);
    expect(levenshtein({ a: 'ab', b: 'ba', max: -3 })).toBe(1);
  });
  it('property: the banded, bounded version agrees with the textbook algorithm', () => {
    const reference = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            d[i][j - 1] + 1,
            d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return d[a.length][b.length];
    };
    const texte = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 30 });
    fc.assert(
      fc.property(texte, texte, fc.nat(6), (a, b, max) => {
        const d = reference(a, b);
        expect(levenshtein({ a, b })).toBe(d);
        expect(levenshtein({ a, b, max })).toBe(Math.min(d, max + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('property: symmetric, bounded by the longer length, zero only for equal texts, and the bound never lies', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        fc.nat(5),
        (a, b, max) => {
          const d = levenshtein({ a, b });
          expect(d).toBe(levenshtein({ a: b, b: a }));
          expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
          expect(d >= Math.abs(a.length - b.length)).toBe(true);
          expect(d === 0).toBe(a === b);
          expect(levenshtein({ a, b, max })).toBe(Math.min(d, max + 1));
        },
      ),
    );
  });
});

describe('doublonsExacts', () => {
  it('groups rows sharing a normalised e-mail or phone (one group per connected set)', () => {
    const a = prospect({ email: 'Achat@Atlas.ma' });
    const b = prospect({ email: ' achat@atlas.ma' });
    const c = prospect({ telephone: b.telephone.replace(/ /g, '.') });
    const d = prospect();
    const groupes = doublonsExacts({ prospects: [a, b, c, d] });
    expect(groupes).toEqual([{ ids: [a.id, b.id, c.id], raisons: ['email', 'telephone'] }]);
  });
  it('ignores empty and invalid keys', () => {
    expect(
      doublonsExacts({
        prospects: [prospect({ email: '', telephone: '' }), prospect({ email: '', telephone: '' })],
      }),
    ).toEqual([]);
  });
});

describe('doublonsProbables', () => {
  it('finds company names differing by case, accents, legal form or a typo, in the same city', () => {
    const a = prospect({ raisonSociale: 'Bureautique Rhône SAS' });
    const b = prospect({ raisonSociale: 'BUREAUTIQUE RHONE' });
    const c = prospect({ raisonSociale: 'Bureautique Rhôme' });
    const autreVille = prospect({
      raisonSociale: 'Bureautique Rhône',
      ville: 'Grenoble',
      codePostal: '38000',
    });
    const different = prospect({ raisonSociale: 'Mobilier Saône' });
    const g = doublonsProbables({ prospects: [a, b, c, autreVille, different] });
    expect(g).toEqual([{ ids: [a.id, b.id, c.id], raisons: ['nom'] }]);
  });

  it('finds people with swapped or mistyped names, catching a typo on the first letter', () => {
    const a = prospect({
      type: 'B2C',
      raisonSociale: undefined,
      prenom: 'Yasmine',
      nom: 'El Amrani',
      ville: 'Rabat',
      codePostal: '10000',
      pays: 'MA',
    });
    const b = prospect({
      type: 'B2C',
      raisonSociale: undefined,
      prenom: 'EL AMRANI',
      nom: 'Yasmine',
      ville: 'rabat',
      codePostal: '10000',
      pays: 'MA',
    });
    const c = prospect({
      type: 'B2C',
      raisonSociale: undefined,
      prenom: 'Yasmine',
      nom: 'El Amrami',
      ville: 'Rabat',
      codePostal: '10000',
      pays: 'MA',
    });
    const d = prospect({
      type: 'B2C',
      raisonSociale: undefined,
      prenom: 'Yassine',
      nom: 'Benali',
      ville: 'Rabat',
      codePostal: '10000',
      pays: 'MA',
    });
    expect(doublonsProbables({ prospects: [a, b, c, d] })).toEqual([
      { ids: [a.id, b.id, c.id], raisons: ['nom'] },
    ]);
    const e = prospect({ raisonSociale: 'Transports Vidal' }),
      f = prospect({ raisonSociale: 'Tsansports Vidal' });
    expect(doublonsProbables({ prospects: [e, f] })).toHaveLength(1);
  });

  it('tolerates no typo in short names, and does not repeat exact duplicates', () => {
    expect(
      doublonsProbables({
        prospects: [prospect({ raisonSociale: 'Alpha' }), prospect({ raisonSociale: 'Alpho' })],
      }),
    ).toEqual([]);
    const a = prospect({ raisonSociale: 'Cartonnerie Atlas' });
    const copie = { ...a, id: 'COPIE' };
    expect(doublonsProbables({ prospects: [a, copie] })).toEqual([]);
    expect(doublonsExacts({ prospects: [a, copie] })).toHaveLength(1);
  });
});

describe('contactsPerimes and champsManquants', () => {
  it('flags rows whose last contact is more than 3 years old (the anniversary is still fine)', () => {
    const vieux = prospect({ dateDernierContact: '2022-06-14' });
    const limite = prospect({ dateDernierContact: '2022-06-15' });
    const sansContact = prospect({ dateDernierContact: '', dateCollecte: '2020-01-01' });
    const recent = prospect();
    expect(
      v(
        contactsPerimes({
          prospects: [vieux, limite, sansContact, recent],
          aujourdhui: '2025-06-15',
        }),
      ),
    ).toEqual([vieux.id, sansContact.id]);
    expect(v(contactsPerimes({ prospects: [recent], aujourdhui: '2025-06-15', ans: 1 }))).toEqual(
      [],
    );
    expect(erreur(contactsPerimes({ prospects: [], aujourdhui: '15/06/2025' }))?.message).toBe(
      'La date du jour n’est pas une date valide (aaaa-mm-jj).',
    );
    expect(
      erreur(contactsPerimes({ prospects: [], aujourdhui: '2025-06-15', ans: 0 }))?.champ,
    ).toBe('ans');
  });

  it('lists missing fields', () => {
    expect(champsManquants({ prospect: prospect({ telephone: ' ', email: '' }) })).toEqual([
      'telephone',
      'email',
    ]);
    expect(champsManquants({ prospect: prospect({ raisonSociale: '' }) })).toEqual([
      'raisonSociale',
    ]);
    expect(
      champsManquants({ prospect: prospect({ type: 'B2C', raisonSociale: undefined, nom: '' }) }),
    ).toEqual(['nom']);
  });
});

describe('rapportQualite', () => {
  it('finds every planted problem with its stable kind and the rows concerned', () => {
    const propre = prospect();
    const a = prospect({ raisonSociale: 'Atelier Bois SARL' });
    const exact = { ...a, id: 'DOUBLON-EXACT' };
    const probable = prospect({ raisonSociale: 'ATELIER BOIS' });
    const sansTel = prospect({ telephone: '' });
    const sansMail = prospect({ email: '' });
    const mailFaux = prospect({ email: 'contact@@exemple.fr' });
    const telFaux = prospect({ telephone: '04 72 10' });
    const perime = prospect({ dateDernierContact: '2019-01-01' });
    const bloctel = prospect({
      type: 'B2C',
      raisonSociale: undefined,
      nom: 'Bernard',
      prenom: 'Luc',
      bloctel: true,
    });
    const opposition = prospect({ opposition: true });
    const villeFausse = prospect({ ville: 'Lyon', codePostal: '13001' });
    const lignes = [
      propre,
      a,
      exact,
      probable,
      sansTel,
      sansMail,
      mailFaux,
      telFaux,
      perime,
      bloctel,
      opposition,
      villeFausse,
    ];
    const r = v(rapportQualite({ prospects: lignes, aujourdhui: '2025-06-15' }));
    const par = (type: string) => r.problemes.filter((p) => p.type === type).map((p) => p.ids);
    expect(par('doublon-exact')).toEqual([[a.id, exact.id]]);
    expect(par('doublon-probable')).toEqual([[a.id, probable.id]]);
    expect(par('telephone-manquant')).toEqual([[sansTel.id]]);
    expect(par('email-manquant')).toEqual([[sansMail.id]]);
    expect(par('email-invalide')).toEqual([[mailFaux.id]]);
    expect(par('telephone-invalide')).toEqual([[telFaux.id]]);
    expect(par('contact-perime')).toEqual([[perime.id]]);
    expect(par('bloctel')).toEqual([[bloctel.id]]);
    expect(par('opposition')).toEqual([[opposition.id]]);
    expect(par('ville-code-postal')).toEqual([[villeFausse.id]]);
    expect(par('identite-manquante')).toEqual([]);
    expect(r.problemes.some((p) => p.ids.includes(propre.id))).toBe(false);
    expect(r.resume.map((l) => l.type)).toEqual([...TYPES_PROBLEME]);
    expect(r.resume.find((l) => l.type === 'doublon-exact')).toMatchObject({
      problemes: 1,
      lignes: 2,
      libelle: 'Doublon exact (même e-mail ou même téléphone)',
    });
    expect(r.total).toBe(12);
    expect(r.lignesConcernees).toBe(11);
    expect(r.problemes.find((p) => p.type === 'email-invalide')?.detail).toBe(
      'contact@@exemple.fr',
    );
  });

  it('refuses a bad date of the day', () => {
    expect(erreur(rapportQualite({ prospects: [], aujourdhui: 'hier' }))?.champ).toBe('aujourdhui');
  });

  it('property: never throws on messy rows', () => {
    const texte = fc.oneof(fc.string(), fc.constant(''));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            raisonSociale: texte,
            email: texte,
            telephone: texte,
            ville: texte,
            codePostal: texte,
            dateDernierContact: texte,
          }),
          { maxLength: 20 },
        ),
        (lignes) => {
          const r = rapportQualite({
            prospects: lignes.map((l) => prospect(l)),
            aujourdhui: '2025-01-01',
          });
          expect(r.ok).toBe(true);
        },
      ),
    );
  });
});
