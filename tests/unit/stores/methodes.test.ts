import { describe, expect, test } from 'vitest';
import {
  evaluerMethodes,
  figuresParDefaut,
  saisieParDefaut,
  validerSaisiesMethodes,
  type SaisieMethodes,
} from '../../../src/stores/methodes.ts';
import { simulerMethode, RUNS_METHODES } from '../../../src/stores/methodes-simulation.ts';
import {
  DH_PAR_EURO,
  METHODES,
  methodesEnDevise,
  methodeParId,
} from '../../../src/lib/methodes/methodes.ts';

const eur = saisieParDefaut('EUR');
const avec = (c: Partial<SaisieMethodes>): SaisieMethodes => ({ ...eur, ...c });
const ligne = (ev: ReturnType<typeof evaluerMethodes>, id: string) =>
  ev.resultat!.comparaison.find((l) => l.id === id)!;

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
    expect(ev.erreurs).toEqual({});
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
    expect(ev.resultat!.margeParClient).toBe(14400);
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
    expect(ev.resultat).toBeUndefined();
    expect(ev.erreurs.contacts).toMatch(/nombre entier/);
    expect(ev.erreurs.margeParClient).toMatch(/«\u00a0abc\u00a0»/);
    expect(ev.erreurs['telephone-coutParContact']).toBe(
      'Le coût par contact ne peut pas être négatif.',
    );
    expect(ev.erreurs['telephone-etape-0']).toBe(
      'Pour l’étape «\u00a0Contact joint\u00a0», il faut minimum ≤ probable ≤ maximum.',
    );
    expect(ev.erreurs['telephone-etape-2-max']).toMatch(/ne peut pas dépasser 100\u202f%/);
  });
});

describe('simulerMethode', () => {
  const ev = evaluerMethodes({ saisie: eur, devise: 'EUR' });
  const sim = (id: string, graine: string) =>
    simulerMethode({
      ligne: ligne(ev, id),
      methode: ev.resultat!.methodes.find((m) => m.id === id)!,
      margeParClient: 1000,
      graine,
    });

  test('même graine, même résultat ; percentiles ordonnés ; médiane près de l’espérance', () => {
    for (const id of METHODES.map((m) => m.id)) {
      const a = sim(id, '7'),
        b = sim(id, '7');
      expect(a).toEqual(b);
      if (!a.ok) throw new Error(a.erreur.message);
      const { valeur: s } = a;
      expect(s.sim.runs).toBe(RUNS_METHODES);
      const { p10, p50, p90 } = s.sim.clients;
      expect(p10! <= p50! && p50! <= p90!).toBe(true);
      const esperance = ligne(ev, id).clients.esperance;
      expect(Math.abs(p50! - esperance) / esperance).toBeLessThan(0.2);
      // The prudent case in clients is the dearest per client.
      expect(
        s.coutParClient.p10! >= s.coutParClient.p50! &&
          s.coutParClient.p50! >= s.coutParClient.p90!,
      ).toBe(true);
    }
    expect(sim('telephone', '8')).not.toEqual(sim('telephone', '7'));
  });

  test('D5 : une campagne simulée gagne des clients entiers ; P10, P50 et P90 aussi', () => {
    for (const id of METHODES.map((m) => m.id))
      for (const graine of ['1', '2', '3']) {
        const s = sim(id, graine);
        if (!s.ok) throw new Error(s.erreur.message);
        const { p10, p50, p90 } = s.valeur.sim.clients;
        expect(
          [p10, p50, p90].every((x) => Number.isInteger(x)),
          `${id} ${graine}`,
        ).toBe(true);
      }
  });

  test('l’exemple de la leçon : publipostage, retours de 0,5 à 3 %, 20 % de commandes → P10 ≈ 10, P50 ≈ 16,3, P90 ≈ 23,9 (10 000 campagnes)', async () => {
    const { simulerCampagne } = await import('../../../src/lib/entonnoir/monte-carlo.ts');
    const r = simulerCampagne({
      contacts: 5000,
      etapes: [
        { nom: 'Retour', min: 0.005, probable: 0.015, max: 0.03 },
        { nom: 'Commande', min: 0.2, probable: 0.2, max: 0.2 },
      ],
      coutParContact: 1.5,
      margeParClient: 0,
      runs: 10000,
      graine: 1,
      tirage: 'esperance',
    });
    if (!r.ok) throw new Error(r.erreur.message);
    expect(r.valeur.clients.p10!).toBeCloseTo(10, 0);
    expect(r.valeur.clients.p50!).toBeCloseTo(16.3, 0);
    expect(r.valeur.clients.p90!).toBeCloseTo(23.9, 0);
    expect(7500 / r.valeur.clients.p10!).toBeCloseTo(750, -1);
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
