import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { cheminFrancais, lireAvecSchema, nomme } from '@lib/commun/schema-francais.ts';

// A small schema of the same make as the dossier's: named fields, a list of named rows.
const Fiche = z.object({
  cible: nomme(
    'Cible',
    z.object({
      activite: nomme('activité', z.string().check(z.maxLength(10))),
      effectif: nomme('effectif', z.optional(z.number().check(z.gte(1), z.lte(500)))),
      secteur: nomme('secteur', z.enum(['BTP', 'santé'])),
    }),
  ),
  contacts: nomme(
    'contacts',
    z
      .array(
        nomme(
          'contact',
          z.object({
            nom: nomme(
              'nom',
              z.string().check(z.refine((n) => n.trim() !== '', { error: 'est vide' })),
            ),
          }),
        ),
      )
      .check(z.maxLength(2)),
  ),
  sansNom: z.object({ cle: nomme('clé', z.boolean()) }),
});

const bonne = () => ({
  cible: { activite: 'négoce', secteur: 'BTP' },
  contacts: [{ nom: 'Amal' }],
  sansNom: { cle: true },
});

const refus = (donnees: unknown) => {
  const r = lireAvecSchema({ schema: Fiche, donnees, racine: 'La fiche' });
  if (r.ok) throw new Error('accepté à tort');
  return r.erreur;
};

describe('lireAvecSchema', () => {
  it('accepte une donnée conforme et oublie les clés en trop', () => {
    const r = lireAvecSchema({
      schema: Fiche,
      donnees: { ...bonne(), pirate: 1, cible: { ...bonne().cible, __proto__x: 2 } },
      racine: 'La fiche',
    });
    expect(r).toEqual({ ok: true, valeur: bonne() });
  });

  it('nomme le champ de mauvais type par les noms de la page', () => {
    expect(refus({ ...bonne(), cible: { ...bonne().cible, activite: 3 } })).toEqual({
      champ: 'Cible › activité',
      message: 'Cible › activité doit être un texte.',
    });
    expect(refus({ ...bonne(), cible: { ...bonne().cible, effectif: '12' } }).message).toBe(
      'Cible › effectif doit être un nombre.',
    );
    expect(refus({ ...bonne(), contacts: 'Amal' }).message).toBe('contacts doit être une liste.');
    expect(refus({ ...bonne(), cible: null }).message).toBe('Cible doit être un objet.');
    expect(refus('fiche').message).toBe('La fiche doit être un objet.');
  });

  it('dit qu’un champ obligatoire manque', () => {
    expect(refus({ ...bonne(), cible: { secteur: 'BTP' } }).message).toBe(
      'Cible › activité manque.',
    );
  });

  it('numérote les lignes d’une liste à partir de 1 et garde le message français d’un refine', () => {
    expect(refus({ ...bonne(), contacts: [{ nom: 'A' }, { nom: ' ' }] }).message).toBe(
      'contacts › contact 2 › nom est vide.',
    );
  });

  it('dit les bornes, les choix possibles et les tailles en français', () => {
    const c = bonne().cible;
    expect(refus({ ...bonne(), cible: { ...c, effectif: 0 } }).message).toBe(
      'Cible › effectif doit valoir au moins 1.',
    );
    expect(refus({ ...bonne(), cible: { ...c, effectif: Infinity } }).message).toBe(
      'Cible › effectif doit être un nombre.',
    );
    expect(refus({ ...bonne(), cible: { ...c, secteur: 'banque' } }).message).toBe(
      'Cible › secteur doit valoir «\u00a0BTP\u00a0» ou «\u00a0santé\u00a0».',
    );
    expect(
      refus({ ...bonne(), contacts: [{ nom: 'a' }, { nom: 'b' }, { nom: 'c' }] }).message,
    ).toBe('contacts compte plus de 2 lignes.');
  });

  it('refuse un texte de 50 Mo sans le recopier dans le message', () => {
    const enorme = '<script>'.repeat(6_250_000); // 50 000 000 characters
    const e = refus({ ...bonne(), cible: { ...bonne().cible, activite: enorme } });
    expect(e.message).toBe('Cible › activité dépasse 10 caractères.');
  });

  it('ne recopie jamais la saisie, même hostile, dans le message', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    for (const donnees of [
      { ...bonne(), cible: { ...bonne().cible, secteur: hostile } },
      { ...bonne(), cible: { ...bonne().cible, activite: hostile } },
      { ...bonne(), contacts: [{ nom: { toString: hostile } }] },
    ])
      expect(refus(donnees).message).not.toContain('<');
  });

  it('passe les étapes sans nom et nomme « ligne » une ligne sans nom', () => {
    expect(refus({ ...bonne(), sansNom: { cle: 'oui' } }).message).toBe(
      'clé doit valoir vrai ou faux.',
    );
    expect(cheminFrancais({ schema: z.array(z.string()), chemin: [4] })).toBe('ligne 5');
  });
});
