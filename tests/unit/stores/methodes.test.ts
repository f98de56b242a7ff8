import { describe, expect, test } from 'vitest';
import {
  evaluerMethodes,
  figuresParDefaut,
  saisieParDefaut,
  validerSaisiesMethodes,
  type SaisieMethodes,
} from '../../../src/stores/methodes.ts';
import {
  DH_PAR_EURO,
  METHODES,
  methodesEnDevise,
  methodeParId,
} from '../../../src/lib/methodes/methodes.ts';
import { erreursDe } from '../../../src/lib/commun/resultat.ts';
import { valeurDe } from '../lib/aide-lib.ts';

const eur = saisieParDefaut('EUR');
const avec = (c: Partial<SaisieMethodes>): SaisieMethodes => ({ ...eur, ...c });
const ligne = (ev: ReturnType<typeof evaluerMethodes>, id: string) =>
  valeurDe(ev)!.comparaison.find((l) => l.id === id)!;

describe('methodesEnDevise, methodeParId', () => {
  test('un DH vaut un dixième d’euro : coûts × 10, taux inchangés', () => {
    const mad = methodesEnDevise({ devise: 'MAD' });
    expect(DH_PAR_EURO).toBe(10);
    mad.forEach((m, i) => {
      expect(m.coutParContact).toBe(METHODES[i].coutParContact * 10);
      expect(m.coutsFixes).toBe(METHODES[i].coutsFixes * 10);
      expect(m.etapes).toEqual(METHODES[i].etapes);
    });
    expect(methodesEnDevise({ devise: 'EUR' })).toEqual(METHODES);
    expect(methodeParId({ id: 'salon' })?.nom).toBe('Salon professionnel');
    expect(methodeParId({ id: 'inconnue' })).toBeUndefined();
    expect(methodeParId({ id: null })).toBeUndefined();
  });
});

describe('evaluerMethodes', () => {
  test('1 000 contacts, marge 1 000 € : le téléphone gagne 10 clients pour 4 000 €', () => {
    const ev = evaluerMethodes({ saisie: eur, devise: 'EUR' });
    expect(erreursDe(ev)).toEqual({});
    const t = ligne(ev, 'telephone');
    expect(t.coutTotal).toBe(4000);
    expect(t.clients.esperance).toBeCloseTo(1000 * 0.4 * 0.1 * 0.25, 9);
    expect(t.clients.pessimiste).toBeCloseTo(1000 * 0.3 * 0.05 * 0.15, 9);
    expect(t.coutParClient).toBeCloseTo(400, 9);
    expect(t.roi).toBeCloseTo((10 * 1000 - 4000) / 4000, 9);
  });

  test('une entreprise en dirhams : coûts convertis, marge de son offre', () => {
    const ev = evaluerMethodes({
      saisie: saisieParDefaut('MAD'),
      devise: 'MAD',
      margeOffre: 14400,
    });
    const t = ligne(ev, 'telephone');
    expect(t.coutTotal).toBe(40000);
    expect(valeurDe(ev)!.margeParClient).toBe(14400);
    expect(t.roi).toBeCloseTo((10 * 14400 - 40000) / 40000, 9);
  });

  test('sur un budget, le nombre de contacts est arrondi à l’entier inférieur', () => {
    const ev = evaluerMethodes({
      saisie: avec({ base: 'budget', budget: '10 000' }),
      devise: 'EUR',
    });
    expect(ligne(ev, 'mailing').contacts).toBe(Math.floor((10000 - 500) / 1.5));
    expect(ligne(ev, 'terrain').contacts).toBe(166);
  });

  test('les chiffres saisis d’une méthode remplacent ses valeurs par défaut', () => {
    const f = figuresParDefaut(METHODES[2]);
    expect(f.etapes[0]).toEqual({ min: '0,5', probable: '1,5', max: '3' });
    const ev = evaluerMethodes({
      saisie: avec({
        figures: {
          mailing: {
            ...f,
            coutParContact: '2',
            etapes: [{ min: '1', probable: '2', max: '3' }, f.etapes[1]],
          },
        },
      }),
      devise: 'EUR',
    });
    expect(ligne(ev, 'mailing').coutTotal).toBe(500 + 2000);
    expect(ligne(ev, 'mailing').clients.esperance).toBeCloseTo(1000 * 0.02 * 0.4, 9);
  });

  test('les erreurs sont en français, à côté du bon champ, et aucun résultat n’est donné', () => {
    const f = figuresParDefaut(METHODES[0]);
    const ev = evaluerMethodes({
      saisie: avec({
        contacts: '12,5',
        margeParClient: 'abc',
        figures: {
          telephone: {
            ...f,
            coutParContact: '-3',
            etapes: [
              { min: '50', probable: '40', max: '60' },
              f.etapes[1],
              { ...f.etapes[2], max: '120' },
            ],
          },
        },
      }),
      devise: 'EUR',
    });
    expect(valeurDe(ev)).toBeUndefined();
    expect(erreursDe(ev).contacts).toMatch(/nombre entier/);
    expect(erreursDe(ev).margeParClient).toMatch(/«\u00a0abc\u00a0»/);
    expect(erreursDe(ev)['telephone-coutParContact']).toBe(
      'Le coût par contact ne peut pas être négatif.',
    );
    expect(erreursDe(ev)['telephone-etape-0']).toBe(
      'Pour l’étape «\u00a0Contact joint\u00a0», il faut minimum ≤ probable ≤ maximum.',
    );
    expect(erreursDe(ev)['telephone-etape-2-max']).toMatch(/ne peut pas dépasser 100\u202f%/);
  });
});

describe('validerSaisiesMethodes', () => {
  test('accepte la forme attendue, refuse le reste', () => {
    expect(validerSaisiesMethodes({ 'mobilier-lyon': eur })).toEqual({ 'mobilier-lyon': eur });
    expect(validerSaisiesMethodes({})).toEqual({});
    expect(validerSaisiesMethodes({ 'mobilier-lyon': { ...eur, base: 'jours' } })).toBeUndefined();
    expect(validerSaisiesMethodes({ 'Pas Un Id': eur })).toBeUndefined();
    expect(
      validerSaisiesMethodes({ x: { ...eur, figures: { telephone: { coutParContact: 3 } } } }),
    ).toBeUndefined();
    expect(validerSaisiesMethodes([eur])).toBeUndefined();
    expect(validerSaisiesMethodes('cassé')).toBeUndefined();
  });
});
