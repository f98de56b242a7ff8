import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decoderScenario, encoderScenario, LONGUEUR_MAX, superposer, TRAVAIL_VIDE_LIEN } from '@stores/scenario.ts';
import { TRAVAIL_VIDE } from '@stores/travail.ts';

const lire = (stock: Record<string, string>) => (cle: string) => stock[cle] ?? null;

describe('lien de scénario', () => {
  test('aller-retour : entreprise et valeurs, accents compris ; un store par entreprise ne garde que la sienne', () => {
    const p = encoderScenario({ entreprise: 'mobilier-lyon', valeurs: { usure: { clients: '1 200', attrition: '12,5' }, entonnoirs: { 'mobilier-lyon': { contacts: '800' }, 'assurances-rabat': { contacts: '9' } } } });
    expect(p).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const r = decoderScenario(p);
    expect(r).toEqual({ ok: true, valeur: { entreprise: 'mobilier-lyon', valeurs: { usure: { clients: '1 200', attrition: '12,5' }, entonnoirs: { 'mobilier-lyon': { contacts: '800' } } } } });
  });

  test.each([
    ['texte quelconque', 'bonjour'],
    ['base64 abîmé', '1.@@@'],
    ['JSON tronqué', `1.${btoa('{"e":"x","d":{').replace(/=+$/, '')}`],
    ['store inconnu', encoderScenario({ entreprise: 'x', valeurs: {} }).replace(/^1\./, '1.') + 'A'],
    ['trop long', `1.${'A'.repeat(LONGUEUR_MAX)}`],
  ])('refuse en français : %s', (_, texte) => {
    const r = decoderScenario(texte);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.erreur.message).toMatch(/lien de scénario/);
  });

  test('refuse un nom de store hors liste et une autre entreprise glissée dans un store par entreprise', () => {
    const brut = (o: unknown) => `1.${btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(decoderScenario(brut({ e: 'a', d: { progression: {} } })).ok).toBe(false);
    expect(decoderScenario(brut({ e: 'a', d: { entonnoirs: { b: {} } } })).ok).toBe(false);
    expect(decoderScenario(brut({ e: '../x', d: {} })).ok).toBe(false);
    const autreVersion = decoderScenario(`2.${brut({ e: 'a', d: {} }).slice(2)}`);
    expect(!autreVersion.ok && autreVersion.erreur.message).toMatch(/autre version/);
  });

  test('propriété : tout texte donne un Resultat, jamais une exception', () => {
    fc.assert(fc.property(fc.string(), (t) => { expect(typeof decoderScenario(t).ok).toBe('boolean'); }));
    fc.assert(fc.property(fc.string(), (t) => { expect(typeof decoderScenario(`1.${t}`).ok).toBe('boolean'); }));
  });
});

describe('superposer', () => {
  test('le travail vide du lien est celui de travail.ts', () => expect(TRAVAIL_VIDE_LIEN).toEqual(TRAVAIL_VIDE));

  test('le scénario passe devant, les autres entreprises du visiteur restent ; l’entreprise étudiée est celle du lien', () => {
    const stock = { 'atelier:v1:entonnoirs': JSON.stringify({ 'assurances-rabat': { contacts: '9' }, 'mobilier-lyon': { contacts: '1' } }) };
    const m = superposer({ scenario: { entreprise: 'mobilier-lyon', valeurs: { entonnoirs: { 'mobilier-lyon': { contacts: '800' } }, usure: { a: 1 } } }, lire: lire(stock) });
    expect(JSON.parse(m.get('atelier:v1:entonnoirs')!)).toEqual({ 'assurances-rabat': { contacts: '9' }, 'mobilier-lyon': { contacts: '800' } });
    expect(JSON.parse(m.get('atelier:v1:usure')!)).toEqual({ a: 1 });
    expect(JSON.parse(m.get('atelier:v1:entreprise')!)).toBe('mobilier-lyon');
  });

  test('le travail voyage champ par champ : les champs du lien remplacent, les autres restent ou partent vides', () => {
    const visiteur = { ...TRAVAIL_VIDE, selection: ['P1'], methode: 'salon' };
    const stock = { 'atelier:v1:travail': JSON.stringify({ 'mobilier-lyon': visiteur }) };
    const m = superposer({ scenario: { entreprise: 'mobilier-lyon', valeurs: { travail: { 'mobilier-lyon': { methode: 'telephone' } } } }, lire: lire(stock) });
    expect(JSON.parse(m.get('atelier:v1:travail')!)['mobilier-lyon']).toEqual({ ...visiteur, methode: 'telephone' });
    const vide = superposer({ scenario: { entreprise: 'assurances-rabat', valeurs: { travail: { 'assurances-rabat': { selection: ['R1'] } } } }, lire: lire({}) });
    expect(JSON.parse(vide.get('atelier:v1:travail')!)['assurances-rabat']).toEqual({ ...TRAVAIL_VIDE, selection: ['R1'] });
  });
});
