import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import {
  comparerMethodes,
  METHODES,
  methodesEnDevise,
  type Methode,
} from '@lib/methodes/methodes.ts';
import { coutDUneVisite } from '@lib/campagne/visite.ts';
import { simulerCampagne } from '@lib/entonnoir/monte-carlo.ts';
import { reglesEnVigueur } from '@lib/droit/index.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

describe('METHODES (defaults)', () => {
  it('covers the six methods of the course, with mass-method rates from seed 003', () => {
    expect(METHODES.map((m) => m.id)).toEqual([
      'telephone',
      'emailing',
      'mailing',
      'terrain',
      'salon',
      'parrainage',
    ]);
    const mailing = METHODES.find((m) => m.id === 'mailing')!;
    expect(mailing.etapes[0]).toMatchObject({ min: 0.005, max: 0.03 });
    const probable = mailing.etapes.reduce((p, e) => p * e.probable, 1);
    expect(probable >= 0.003 && probable <= 0.01).toBe(true); // 3 to 10 per thousand
    for (const m of METHODES) expect(m.sources.length).toBeGreaterThan(0);
  });
});

describe('comparerMethodes', () => {
  it('compares on the same number of contacts: clients, cost per client, margin, ROI and rules', () => {
    const r = v(comparerMethodes({ base: { contacts: 1000 }, margeParClient: 500 }));
    const mailing = r.find((m) => m.id === 'mailing')!;
    expect(mailing.coutTotal).toBe(500 + 1000 * 1.5);
    expect(mailing.tauxGlobal.probable).toBeCloseTo(0.006, 12);
    expect(mailing.clients.esperance).toBeCloseTo(1000 * (0.05 / 3) * 0.4, 9);
    expect(mailing.clients.pessimiste).toBeLessThanOrEqual(mailing.clients.probable);
    expect(mailing.clients.probable).toBeLessThanOrEqual(mailing.clients.optimiste);
    expect(mailing.coutParClient).toBeCloseTo(2000 / mailing.clients.esperance, 9);
    expect(mailing.roi).toBeCloseTo((mailing.marge - 2000) / 2000, 9);
    expect(mailing.jours).toBe(1);
    const regles = (id: string, date: string) =>
      v(reglesEnVigueur({ pays: 'FR', date, canal: r.find((m) => m.id === id)!.canal })).map(
        (x) => x.id,
      );
    expect(regles('mailing', '2026-09-01')).toEqual([
      'fr-opposition',
      'fr-conservation',
      'fr-courrier',
    ]);
    expect(regles('telephone', '2026-08-10')).toContain('fr-bloctel');
    expect(regles('telephone', '2026-09-01')).toContain('fr-telephone-consentement');
    expect(regles('emailing', '2026-09-01')).toContain('fr-email-consommateur');
    // Direct human contact converts best (seed 003).
    const meilleur = [...r].sort((a, b) => b.tauxGlobal.moyen - a.tauxGlobal.moyen)[0];
    expect(['terrain', 'parrainage']).toContain(meilleur.id);
  });

  it('compares on a budget or on working days', () => {
    const budget = v(comparerMethodes({ base: { budget: 3000 }, margeParClient: 500 }));
    expect(budget.find((m) => m.id === 'terrain')!.contacts).toBe(50);
    expect(budget.find((m) => m.id === 'salon')!.contacts).toBe(0);
    expect(budget.find((m) => m.id === 'salon')!.coutParClient).toBeNull();
    const jours = v(comparerMethodes({ base: { jours: 10 }, margeParClient: 500 }));
    expect(jours.find((m) => m.id === 'terrain')!.contacts).toBe(60);
    expect(jours.find((m) => m.id === 'telephone')!.contacts).toBe(600);
  });

  it('feeds a method to the Monte Carlo simulation', () => {
    const m = METHODES.find((x) => x.id === 'telephone')!;
    const r = v(
      simulerCampagne({
        contacts: 600,
        etapes: m.etapes,
        coutParContact: m.coutParContact,
        margeParClient: 500,
        runs: 500,
        graine: 1,
      }),
    );
    expect(r.clientsAttendus).toBeCloseTo(
      v(comparerMethodes({ base: { contacts: 600 }, margeParClient: 500, methodes: [m] }))[0]
        .clients.esperance,
      9,
    );
  });

  it('refuses bad inputs in French', () => {
    expect(erreur(comparerMethodes({ base: { contacts: -1 }, margeParClient: 1 }))?.champ).toBe(
      'base',
    );
    expect(erreur(comparerMethodes({ base: { contacts: 1 }, margeParClient: NaN }))?.champ).toBe(
      'margeParClient',
    );
    const gratuite: Methode = {
      ...METHODES[0],
      id: 'x',
      nom: 'Bouche-à-oreille',
      coutParContact: 0,
    };
    expect(
      erreur(comparerMethodes({ base: { budget: 100 }, margeParClient: 1, methodes: [gratuite] }))
        ?.message,
    ).toBe(
      'La méthode «\u00a0Bouche-à-oreille\u00a0» ne coûte rien par contact\u202f: un budget ne fixe pas son nombre de contacts.',
    );
    const fausse: Methode = { ...METHODES[0], nom: 'Fausse', coutParContact: -2 };
    expect(
      erreur(comparerMethodes({ base: { contacts: 1 }, margeParClient: 1, methodes: [fausse] }))
        ?.message,
    ).toBe(
      'Le coût par contact de la méthode «\u00a0Fausse\u00a0» doit être un nombre positif ou nul.',
    );
  });

  it('property: never NaN or Infinity for any basis', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ contacts: fc.nat(1e6) }),
          fc.record({ budget: fc.nat(1e7) }),
          fc.record({ jours: fc.nat(365) }),
        ),
        fc.nat(1e5),
        (base, margeParClient) => {
          for (const m of v(comparerMethodes({ base, margeParClient }))) {
            for (const x of [
              m.contacts,
              m.jours,
              m.coutTotal,
              m.marge,
              ...Object.values(m.clients),
            ])
              expect(Number.isFinite(x)).toBe(true);
            if (m.coutParClient !== null) expect(Number.isFinite(m.coutParClient)).toBe(true);
            if (m.roi !== null) expect(Number.isFinite(m.roi)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('coût d’une visite : un seul chiffre pour la leçon et le comparateur', () => {
  const fiches = ['mobilier-lyon', 'emballages-casablanca', 'assurances-rabat'].map((id) =>
    JSON.parse(
      readFileSync(
        new URL(`../../../../content/datasets/${id}/entreprise.json`, import.meta.url),
        'utf8',
      ),
    ),
  );

  test.each(fiches.map((f) => [f.id, f] as const))(
    '%s : temps du commercial par visite plus frais de route, comme le calcul de la leçon',
    (_, fiche) => {
      const f = fiche.forceDeVente;
      // The lesson's steps: the year's cost ÷ the year's visits, plus the travel of one visit.
      const annuel = f.coutHoraireHT * f.heuresParJour * f.joursParSemaine * f.semainesParAn;
      const parAn = f.semainesParAn * f.joursParSemaine * f.visitesParJour;
      expect(coutDUneVisite(f)).toBeCloseTo(annuel / parAn + f.fraisParVisiteHT, 9);
      const terrain = methodesEnDevise({
        devise: fiche.devise,
        coutVisite: coutDUneVisite(f),
      }).find((m) => m.id === 'terrain')!;
      expect(terrain.coutParContact).toBeCloseTo(annuel / parAn + f.fraisParVisiteHT, 2);
      // The other methods keep the course's figures in the company's currency.
      const tel = methodesEnDevise({ devise: fiche.devise, coutVisite: coutDUneVisite(f) }).find(
        (m) => m.id === 'telephone',
      )!;
      expect(tel.coutParContact).toBe(fiche.devise === 'MAD' ? 40 : 4);
    },
  );

  test('sans les chiffres de la fiche, pas de coût inventé : le comparateur garde le chiffre du cours', () => {
    expect(coutDUneVisite({ visitesParJour: 4 })).toBeNull();
    expect(
      coutDUneVisite({
        coutHoraireHT: 30,
        heuresParJour: 8,
        visitesParJour: 0,
        fraisParVisiteHT: 10,
      }),
    ).toBeNull();
    expect(
      methodesEnDevise({ devise: 'EUR', coutVisite: null }).find((m) => m.id === 'terrain')!
        .coutParContact,
    ).toBe(60);
    expect(
      methodesEnDevise({ devise: 'MAD' }).find((m) => m.id === 'terrain')!.coutParContact,
    ).toBe(600);
  });
});
