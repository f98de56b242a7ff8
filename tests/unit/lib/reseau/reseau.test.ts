import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CATEGORIES_RESEAU,
  CONTACTS_MAX,
  comptesParCategorie,
  erreursContact,
  estPerduDeVue,
  jourSixMoisAvant,
  validerContact,
  type Contact,
  type SaisieContact,
} from '@lib/reseau/reseau.ts';
import { descriptionCarte, diagnostiquerReseau } from '@lib/reseau/diagnostic.ts';
import {
  COTE_CARTE,
  RANGS,
  RAYON_CENTRE,
  RAYON_NOEUD,
  capaciteDuRang,
  disposerReseau,
} from '@lib/reseau/carte.ts';
import { reseauExemple } from '@lib/reseau/exemple.ts';
import { jourDepuisISO, isoDepuisJour } from '@lib/commun/dates.ts';
import { erreur, v } from '../aide-lib.ts';

const saisie = (s: Partial<SaisieContact> = {}): SaisieContact => ({
  nom: 'Ana',
  categorie: 'vertical',
  role: '',
  organisation: '',
  force: '2',
  dernierEchange: '',
  ...s,
});
const contact = (c: Partial<Contact> & { id: string }): Contact => ({
  nom: c.id,
  categorie: 'personnel',
  role: '',
  organisation: '',
  force: 2,
  dernierEchange: '',
  ...c,
});
const AUJ = '2026-11-23';

describe('validerContact', () => {
  it('accepts a complete contact and trims the text', () => {
    expect(
      v(
        validerContact({
          saisie: saisie({
            nom: '  Ana  ',
            role: ' acheteuse ',
            force: 3,
            dernierEchange: '2026-05-01',
          }),
          aujourdhui: AUJ,
        }),
      ),
    ).toEqual({
      nom: 'Ana',
      categorie: 'vertical',
      role: 'acheteuse',
      organisation: '',
      force: 3,
      dernierEchange: '2026-05-01',
    });
  });
  it('names the field at fault, in French', () => {
    expect(erreur(validerContact({ saisie: saisie({ nom: '  ' }), aujourdhui: AUJ }))).toEqual({
      champ: 'nom',
      message: 'Le nom du contact est obligatoire.',
    });
    expect(
      erreur(validerContact({ saisie: saisie({ categorie: 'diagonal' }), aujourdhui: AUJ }))?.champ,
    ).toBe('categorie');
    expect(
      erreur(validerContact({ saisie: saisie({ force: '4' }), aujourdhui: AUJ }))?.message,
    ).toMatch(/force du lien/);
    expect(erreur(validerContact({ saisie: saisie({ force: '' }), aujourdhui: AUJ }))?.champ).toBe(
      'force',
    );
    expect(
      erreur(validerContact({ saisie: saisie({ dernierEchange: '2026-02-30' }), aujourdhui: AUJ }))
        ?.message,
    ).toMatch(/pas une date valide/);
    expect(
      erreur(validerContact({ saisie: saisie({ dernierEchange: '2026-11-24' }), aujourdhui: AUJ }))
        ?.message,
    ).toMatch(/futur/);
    expect(
      erreur(validerContact({ saisie: saisie({ role: 'x'.repeat(81) }), aujourdhui: AUJ }))?.champ,
    ).toBe('role');
  });
  it('lists every fault at once for the form', () => {
    expect(
      Object.keys(
        erreursContact({ saisie: saisie({ nom: '', categorie: '', force: 0 }), aujourdhui: AUJ }),
      ),
    ).toEqual(['nom', 'categorie', 'force']);
  });
  it('keeps hostile text as text (rendering escapes it)', () => {
    expect(
      v(
        validerContact({
          saisie: saisie({ nom: '<img src=x onerror=alert(1)>' }),
          aujourdhui: AUJ,
        }),
      ).nom,
    ).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('six months', () => {
  it('counts calendar months and clamps the end of month', () => {
    expect(isoDepuisJour(jourSixMoisAvant({ date: '2026-11-23' })!)).toBe('2026-05-23');
    expect(isoDepuisJour(jourSixMoisAvant({ date: '2026-08-31' })!)).toBe('2026-02-28');
    expect(isoDepuisJour(jourSixMoisAvant({ date: '2024-08-31' })!)).toBe('2024-02-29');
    expect(isoDepuisJour(jourSixMoisAvant({ date: '2026-03-15' })!)).toBe('2025-09-15');
    expect(jourSixMoisAvant({ date: 'hier' })).toBeNull();
  });
  it('« more than 6 months »: strictly before that day; an unknown date is not « lost »', () => {
    expect(
      estPerduDeVue({
        contact: contact({ id: 'a', dernierEchange: '2026-05-23' }),
        aujourdhui: AUJ,
      }),
    ).toBe(false);
    expect(
      estPerduDeVue({
        contact: contact({ id: 'a', dernierEchange: '2026-05-22' }),
        aujourdhui: AUJ,
      }),
    ).toBe(true);
    expect(estPerduDeVue({ contact: contact({ id: 'a' }), aujourdhui: AUJ })).toBe(false);
  });
});

describe('diagnostiquerReseau', () => {
  it('the lesson’s example: four networks, two weak links, two contacts not seen for 6 months', () => {
    const contacts = reseauExemple({ aujourdhui: AUJ });
    const d = diagnostiquerReseau({ contacts, aujourdhui: AUJ });
    expect(d.total).toBe(11);
    expect(d.comptes).toEqual({ personnel: 2, vertical: 4, horizontal: 2, transversal: 3 });
    expect(d.categoriesManquantes).toEqual([]);
    expect(d.liensFaibles.map((c) => c.nom)).toEqual(['Transferts Lumière', 'Marc Olivier']);
    expect(d.perdusDeVue.map((c) => c.nom)).toEqual(['Julien Texier', 'Marc Olivier']);
    expect(d.points.map((p) => p.type)).toEqual(['liens-faibles', 'perdus-de-vue']);
    expect(d.points[0].message).toBe(
      '2\u00a0contacts sont des liens faibles (Transferts Lumière et Marc Olivier)\u202f: un service rendu, une information utile ou une invitation les renforcera.',
    );
  });
  it('empty, missing networks, unknown dates, and a balanced network', () => {
    expect(
      diagnostiquerReseau({ contacts: [], aujourdhui: AUJ }).points.map((p) => p.type),
    ).toEqual(['vide']);
    const d = diagnostiquerReseau({
      contacts: [contact({ id: 'a', nom: 'Zoé', force: 1 })],
      aujourdhui: AUJ,
    });
    expect(d.categoriesManquantes).toEqual(['vertical', 'horizontal', 'transversal']);
    expect(d.points.map((p) => p.type)).toEqual([
      'reseau-manquant',
      'reseau-manquant',
      'reseau-manquant',
      'liens-faibles',
      'dates-inconnues',
    ]);
    expect(d.points[3].message).toMatch(/^1\u00a0contact est un lien faible \(Zoé\)/);
    const equilibre = CATEGORIES_RESEAU.map((categorie) =>
      contact({ id: categorie, categorie, force: 3, dernierEchange: '2026-11-01' }),
    );
    expect(
      diagnostiquerReseau({ contacts: equilibre, aujourdhui: AUJ }).points.map((p) => p.type),
    ).toEqual(['equilibre']);
  });
  it('describes the map in words', () => {
    expect(descriptionCarte({ contacts: [] })).toMatch(/vide/);
    expect(descriptionCarte({ contacts: reseauExemple({ aujourdhui: AUJ }) })).toMatch(
      /11\u00a0contacts .*personnel 2, vertical 4, horizontal 2, transversal 3.*4\u00a0liens forts/,
    );
  });
});

describe('reseauExemple', () => {
  it('is dated relative to today, never in the future', () => {
    const ex = reseauExemple({ aujourdhui: AUJ });
    expect(ex.every((c) => jourDepuisISO(c.dernierEchange)! <= jourDepuisISO(AUJ)!)).toBe(true);
    expect(ex.every((c) => validerContact({ saisie: c, aujourdhui: AUJ }).ok)).toBe(true);
    expect(reseauExemple({ aujourdhui: 'demain' })).toEqual([]);
  });
});

const arbContacts = (max: number) =>
  fc
    .array(
      fc.record({
        categorie: fc.constantFrom(...CATEGORIES_RESEAU),
        force: fc.constantFrom(1 as const, 2 as const, 3 as const),
      }),
      { maxLength: max },
    )
    .map((l) => l.map((c, i) => contact({ id: `c${i}`, ...c })));

describe('disposerReseau', () => {
  it('a quarter holds more slots than the map accepts contacts', () => {
    expect(RANGS.reduce((s, r) => s + capaciteDuRang({ rayon: r }), 0)).toBeGreaterThanOrEqual(
      CONTACTS_MAX,
    );
  });
  it('puts strong links nearer the centre than weak ones, in the right quarter', () => {
    const carte = v(
      disposerReseau({
        contacts: [
          contact({ id: 'f', force: 3, categorie: 'vertical' }),
          contact({ id: 'w', force: 1, categorie: 'vertical' }),
        ],
      }),
    );
    const [f, w] = carte.noeuds;
    const d = (n: { x: number; y: number }) => Math.hypot(n.x - carte.centre, n.y - carte.centre);
    expect(d(f)).toBeLessThan(d(w));
    expect(f.x).toBeGreaterThan(carte.centre); // vertical: top right
    expect(f.y).toBeLessThan(carte.centre);
    expect(carte.noeuds.map((n) => n.numero)).toEqual([1, 2]);
  });
  it('is deterministic and refuses more than CONTACTS_MAX', () => {
    const ex = reseauExemple({ aujourdhui: AUJ });
    expect(disposerReseau({ contacts: ex })).toEqual(disposerReseau({ contacts: ex }));
    expect(
      erreur(
        disposerReseau({
          contacts: Array.from({ length: CONTACTS_MAX + 1 }, (_, i) => contact({ id: `c${i}` })),
        }),
      )?.champ,
    ).toBe('contacts');
  });
  it('property: one node per contact, inside the viewBox, clear of the centre, no two overlapping (≤ 40 contacts)', () => {
    fc.assert(
      fc.property(arbContacts(CONTACTS_MAX), (contacts) => {
        const carte = v(disposerReseau({ contacts }));
        expect(carte.noeuds.map((n) => n.id)).toEqual(contacts.map((c) => c.id));
        for (const [i, n] of carte.noeuds.entries()) {
          expect(n.x - RAYON_NOEUD).toBeGreaterThanOrEqual(0);
          expect(n.y - RAYON_NOEUD).toBeGreaterThanOrEqual(0);
          expect(n.x + RAYON_NOEUD).toBeLessThanOrEqual(COTE_CARTE);
          expect(n.y + RAYON_NOEUD).toBeLessThanOrEqual(COTE_CARTE);
          expect(Math.hypot(n.x - carte.centre, n.y - carte.centre)).toBeGreaterThanOrEqual(
            RAYON_CENTRE + RAYON_NOEUD,
          );
          for (const m of carte.noeuds.slice(i + 1))
            expect(Math.hypot(n.x - m.x, n.y - m.y)).toBeGreaterThanOrEqual(2 * RAYON_NOEUD);
        }
      }),
    );
  });
  it('property: 40 contacts in a single quarter with the same strength still do not overlap', () => {
    for (const categorie of CATEGORIES_RESEAU)
      for (const force of [1, 2, 3] as const) {
        const carte = v(
          disposerReseau({
            contacts: Array.from({ length: CONTACTS_MAX }, (_, i) =>
              contact({ id: `c${i}`, categorie, force }),
            ),
          }),
        );
        const ok = carte.noeuds.every((n, i) =>
          carte.noeuds
            .slice(i + 1)
            .every((m) => Math.hypot(n.x - m.x, n.y - m.y) >= 2 * RAYON_NOEUD),
        );
        expect(ok).toBe(true);
        expect(carte.noeuds).toHaveLength(CONTACTS_MAX);
      }
  });
});

describe('comptesParCategorie', () => {
  it('property: the counts add up to the number of contacts', () => {
    fc.assert(
      fc.property(arbContacts(60), (contacts) => {
        const c = comptesParCategorie({ contacts });
        expect(c.personnel + c.vertical + c.horizontal + c.transversal).toBe(contacts.length);
      }),
    );
  });
});
