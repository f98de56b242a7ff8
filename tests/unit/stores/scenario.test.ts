import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  aGarder,
  type ValidateurGarde,
  decoderScenario,
  encoderScenario,
  LONGUEUR_MAX,
  saisiesRemplacees,
  superposer,
  TRAVAIL_VIDE_LIEN,
} from '@stores/scenario.ts';
import { TRAVAIL_VIDE } from '@stores/travail.ts';

const lire = (stock: Record<string, string>) => (cle: string) => stock[cle] ?? null;

describe('lien de scénario', () => {
  test('aller-retour : entreprise et valeurs, accents compris ; un store par entreprise ne garde que la sienne', () => {
    const p = encoderScenario({
      entreprise: 'mobilier-lyon',
      valeurs: {
        usure: { clients: '1 200', attrition: '12,5' },
        entonnoirs: { 'mobilier-lyon': { contacts: '800' }, 'assurances-rabat': { contacts: '9' } },
      },
    });
    expect(p).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const r = decoderScenario(p);
    expect(r).toEqual({
      ok: true,
      valeur: {
        entreprise: 'mobilier-lyon',
        valeurs: {
          usure: { clients: '1 200', attrition: '12,5' },
          entonnoirs: { 'mobilier-lyon': { contacts: '800' } },
        },
      },
    });
  });

  test.each([
    ['texte quelconque', 'bonjour'],
    ['base64 abîmé', '1.@@@'],
    ['JSON tronqué', `1.${btoa('{"e":"x","d":{').replace(/=+$/, '')}`],
    [
      'store inconnu',
      encoderScenario({ entreprise: 'x', valeurs: {} }).replace(/^1\./, '1.') + 'A',
    ],
    ['trop long', `1.${'A'.repeat(LONGUEUR_MAX)}`],
  ])('refuse en français : %s', (_, texte) => {
    const r = decoderScenario(texte);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur.message).toMatch(/lien de scénario/);
  });

  test('refuse un nom de store hors liste et une autre entreprise glissée dans un store par entreprise', () => {
    const brut = (o: unknown) =>
      `1.${btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(decoderScenario(brut({ e: 'a', d: { progression: {} } })).ok).toBe(false);
    expect(decoderScenario(brut({ e: 'a', d: { entonnoirs: { b: {} } } })).ok).toBe(false);
    expect(decoderScenario(brut({ e: '../x', d: {} })).ok).toBe(false);
    const autreVersion = decoderScenario(`2.${brut({ e: 'a', d: {} }).slice(2)}`);
    expect(!autreVersion.ok && autreVersion.erreur.message).toMatch(/autre version/);
  });

  test('entrée hostile : mauvais types, clé de prototype, identifiant démesuré', () => {
    const lien = (json: string) =>
      `1.${btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    for (const json of [
      '{ "e": 7, "d": {} }',
      '{ "e": "a", "d": [] }',
      '{ "e": "a", "d": null }',
      '[ "a", {} ]',
      `{ "e": "${'a'.repeat(61)}", "d": {} }`,
      '{ "e": "a", "d": { "constructor": {} } }',
      '{ "e": "a", "d": { "toString": 1 } }',
    ])
      expect(decoderScenario(lien(json)).ok, json).toBe(false);
    // A `__proto__` key never reaches the values (Zod drops it), and no prototype changes.
    const r = decoderScenario(
      lien('{ "e": "a", "d": { "__proto__": { "pollue": 1 }, "usure": {} } }'),
    );
    expect(r.ok && r.valeur).toEqual({ entreprise: 'a', valeurs: { usure: {} } });
    expect(({} as Record<string, unknown>).pollue).toBeUndefined();
  });

  test('propriété : tout texte donne un Resultat, jamais une exception', () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        expect(typeof decoderScenario(t).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.string(), (t) => {
        expect(typeof decoderScenario(`1.${t}`).ok).toBe('boolean');
      }),
    );
  });
});

describe('superposer', () => {
  test('le travail vide du lien est celui de travail.ts', () =>
    expect(TRAVAIL_VIDE_LIEN).toEqual(TRAVAIL_VIDE));

  test('le scénario passe devant, les autres entreprises du visiteur restent ; l’entreprise étudiée est celle du lien', () => {
    const stock = {
      'atelier:v1:entonnoirs': JSON.stringify({
        'assurances-rabat': { contacts: '9' },
        'mobilier-lyon': { contacts: '1' },
      }),
    };
    const m = superposer({
      scenario: {
        entreprise: 'mobilier-lyon',
        valeurs: { entonnoirs: { 'mobilier-lyon': { contacts: '800' } }, usure: { a: 1 } },
      },
      lire: lire(stock),
    });
    expect(JSON.parse(m.get('atelier:v1:entonnoirs')!)).toEqual({
      'assurances-rabat': { contacts: '9' },
      'mobilier-lyon': { contacts: '800' },
    });
    expect(JSON.parse(m.get('atelier:v1:usure')!)).toEqual({ a: 1 });
    expect(JSON.parse(m.get('atelier:v1:entreprise')!)).toBe('mobilier-lyon');
  });

  test('le travail voyage champ par champ : les champs du lien remplacent, les autres restent ou partent vides', () => {
    const visiteur = { ...TRAVAIL_VIDE, selection: ['P1'], methode: 'salon' };
    const stock = { 'atelier:v1:travail': JSON.stringify({ 'mobilier-lyon': visiteur }) };
    const m = superposer({
      scenario: {
        entreprise: 'mobilier-lyon',
        valeurs: { travail: { 'mobilier-lyon': { methode: 'telephone' } } },
      },
      lire: lire(stock),
    });
    expect(JSON.parse(m.get('atelier:v1:travail')!)['mobilier-lyon']).toEqual({
      ...visiteur,
      methode: 'telephone',
    });
    // The visitor's record of what their method was chosen on does not go with the link's method (D11).
    const base = { prospects: 1, empreinte: '0a1b2c3d', contacts: 1 };
    const avecBase = superposer({
      scenario: {
        entreprise: 'mobilier-lyon',
        valeurs: { travail: { 'mobilier-lyon': { methode: 'telephone' } } },
      },
      lire: lire({
        'atelier:v1:travail': JSON.stringify({
          'mobilier-lyon': { ...visiteur, baseMethode: base },
        }),
      }),
    });
    expect(JSON.parse(avecBase.get('atelier:v1:travail')!)['mobilier-lyon']).toEqual({
      ...visiteur,
      methode: 'telephone',
    });
    const vide = superposer({
      scenario: {
        entreprise: 'assurances-rabat',
        valeurs: { travail: { 'assurances-rabat': { selection: ['R1'] } } },
      },
      lire: lire({}),
    });
    expect(JSON.parse(vide.get('atelier:v1:travail')!)['assurances-rabat']).toEqual({
      ...TRAVAIL_VIDE,
      selection: ['R1'],
    });
  });
});

describe('aGarder (issue 15 : « Garder ce scénario » ne perd jamais le travail du visiteur)', () => {
  const travailValide = (t: unknown) =>
    typeof t === 'object' && t !== null && Array.isArray((t as { selection?: unknown }).selection)
      ? t
      : undefined;
  const parEntreprise = Object.assign((b: unknown) => b, {
    partiel: (b: unknown) => {
      const valeur: Record<string, unknown> = {},
        refuses: Record<string, unknown> = {};
      for (const [id, v] of Object.entries(b as object))
        if (travailValide(v)) valeur[id] = v;
        else refuses[id] = v;
      return { valeur, refuses };
    },
  });
  const usure = (b: unknown) =>
    typeof b === 'object' && b !== null && typeof (b as { clients?: unknown }).clients === 'string'
      ? b
      : undefined;
  const validateurs = new Map<string, ValidateurGarde>([
    ['atelier:v1:travail', parEntreprise],
    ['atelier:v1:usure', usure],
    ['atelier:v1:entreprise', (b: unknown) => (typeof b === 'string' ? b : undefined)],
  ]);
  const visiteur = {
    'atelier:v1:travail': JSON.stringify({
      'mobilier-lyon': { selection: ['L1'] },
      'assurances-rabat': { selection: ['R1'] },
    }),
  };

  test('le lien du rapport (travail de forme fausse) : rien n’est écrit pour ce store, les autres entreprises du visiteur restent', () => {
    const scenario = { 'mobilier-lyon': { ...TRAVAIL_VIDE, selection: 'x' } };
    const { ecrire, refuses } = aGarder({
      entrees: [
        ['atelier:v1:entreprise', '"mobilier-lyon"'],
        ['atelier:v1:travail', JSON.stringify(scenario)],
      ],
      entreprise: 'mobilier-lyon',
      lire: lire(visiteur),
      validateurs,
    });
    expect(refuses).toEqual(['travail']);
    expect(ecrire).toEqual([['atelier:v1:entreprise', '"mobilier-lyon"']]);
  });

  test('un store par entreprise : seule l’entreprise du scénario est remplacée, les autres viennent du stockage du visiteur', () => {
    const memoire = JSON.stringify({
      'mobilier-lyon': { selection: ['L9'] },
      'assurances-rabat': { selection: ['périmé'] },
    });
    const { ecrire, refuses } = aGarder({
      entrees: [['atelier:v1:travail', memoire]],
      entreprise: 'mobilier-lyon',
      lire: lire(visiteur),
      validateurs,
    });
    expect(refuses).toEqual([]);
    expect(JSON.parse(ecrire[0][1]!)).toEqual({
      'mobilier-lyon': { selection: ['L9'] },
      'assurances-rabat': { selection: ['R1'] },
    });
  });

  test('une valeur simple est gardée telle que son validateur la rend ; une valeur refusée ou un store inconnu ne sont pas écrits', () => {
    const r = aGarder({
      entrees: [
        ['atelier:v1:usure', '{"clients":"12"}'],
        ['atelier:v1:capacite', '{}'],
        ['atelier:v1:travail', 'pas du JSON'],
      ],
      entreprise: 'mobilier-lyon',
      lire: lire({}),
      validateurs,
    });
    expect(r.ecrire).toEqual([
      ['atelier:v1:usure', '{"clients":"12"}'],
      ['atelier:v1:travail', '{}'],
    ]);
    expect(r.refuses).toEqual(['capacite']);
    expect(
      aGarder({
        entrees: [['atelier:v1:usure', '{"clients":12}']],
        entreprise: 'x',
        lire: lire({}),
        validateurs,
      }).refuses,
    ).toEqual(['usure']);
  });
});

describe('saisiesRemplacees (« Garder ce scénario » demande avant de remplacer)', () => {
  const lireJson = (stocke: Record<string, unknown>) => (cle: string) =>
    cle in stocke ? JSON.stringify(stocke[cle]) : null;
  const ecrire: [string, string | undefined][] = [
    ['atelier:v1:entreprise', JSON.stringify('mobilier-lyon')],
    ['atelier:v1:entonnoirs', JSON.stringify({ 'mobilier-lyon': { contacts: '321' } })],
    ['atelier:v1:budgets', JSON.stringify({ 'mobilier-lyon': { taux: '30' } })],
  ];

  test('nomme les saisies du visiteur pour cette entreprise qui changeraient, rien d’autre', () => {
    const stocke = {
      'atelier:v1:entreprise': 'emballages-casablanca',
      'atelier:v1:entonnoirs': {
        'mobilier-lyon': { contacts: '777' },
        'emballages-casablanca': { contacts: '555' },
      },
      // Only another company's budget: nothing of this company's is lost.
      'atelier:v1:budgets': { 'emballages-casablanca': { taux: '25' } },
    };
    expect(
      saisiesRemplacees({ ecrire, entreprise: 'mobilier-lyon', lire: lireJson(stocke) }),
    ).toEqual(['atelier:v1:entonnoirs']);
  });

  test('ne dit rien quand le visiteur n’a rien saisi ou a déjà les mêmes valeurs', () => {
    expect(saisiesRemplacees({ ecrire, entreprise: 'mobilier-lyon', lire: () => null })).toEqual(
      [],
    );
    const memes = {
      'atelier:v1:entonnoirs': { 'mobilier-lyon': { contacts: '321' } },
      'atelier:v1:budgets': { 'mobilier-lyon': { taux: '30' } },
    };
    expect(
      saisiesRemplacees({ ecrire, entreprise: 'mobilier-lyon', lire: lireJson(memes) }),
    ).toEqual([]);
  });
});
