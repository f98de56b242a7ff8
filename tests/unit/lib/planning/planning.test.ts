import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bilanDeCapacite,
  capaciteDeVisites,
  joursFeries,
  joursOuvres,
} from '@lib/planning/planning.ts';
import { planAnnuel, type ActionPlanifiee } from '@lib/planning/plan-annuel.ts';
import {
  ajouterAns,
  dateHeureDepuisISO,
  isoDepuisJour,
  jourDePaques,
  jourDepuisISO,
  jourDeSemaine,
} from '@lib/commun/dates.ts';
import type { Resultat } from '@lib/commun/resultat.ts';

const v = <T>(r: Resultat<T>): T => {
  if (!r.ok) throw new Error(r.erreur.message);
  return r.valeur;
};
const erreur = <T>(r: Resultat<T>) => (r.ok ? undefined : r.erreur);

describe('dates', () => {
  it('reads ISO dates strictly and computes weekdays (0 = lundi)', () => {
    expect(jourDepuisISO('1970-01-02')).toBe(1);
    expect(jourDepuisISO('2023-02-29')).toBeNull();
    expect(jourDepuisISO('2024-02-29')).not.toBeNull();
    expect(jourDepuisISO('15/06/2025')).toBeNull();
    expect(jourDeSemaine(jourDepuisISO('2025-06-16') as number)).toBe(0);
    expect(jourDeSemaine(jourDepuisISO('1969-12-28') as number)).toBe(6);
    expect(isoDepuisJour(ajouterAns(jourDepuisISO('2024-02-29') as number, 1))).toBe('2025-02-28');
    expect(dateHeureDepuisISO('2025-06-16T14:30')).toEqual({
      jour: jourDepuisISO('2025-06-16'),
      minutes: 870,
    });
    expect(dateHeureDepuisISO('2025-06-16T24:00')).toBeNull();
  });
  it('finds Easter Sunday', () => {
    expect(isoDepuisJour(jourDePaques(2024))).toBe('2024-03-31');
    expect(isoDepuisJour(jourDePaques(2025))).toBe('2025-04-20');
    expect(isoDepuisJour(jourDePaques(2026))).toBe('2026-04-05');
  });
  it('property: ISO round trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 80000 }), (j) => {
        expect(jourDepuisISO(isoDepuisJour(j))).toBe(j);
      }),
    );
  });
});

describe('joursFeries', () => {
  it('lists the 11 French public holidays with the Easter-based ones', () => {
    const f = v(joursFeries({ annee: 2025 }));
    expect(f).toHaveLength(11);
    expect(
      f
        .filter((x) => ['Lundi de Pâques', 'Ascension', 'Lundi de Pentecôte'].includes(x.nom))
        .map((x) => x.date),
    ).toEqual(['2025-04-21', '2025-05-29', '2025-06-09']);
    expect(v(joursFeries({ annee: 2025, alsaceMoselle: true }))).toHaveLength(13);
    expect(erreur(joursFeries({ annee: 2025.5 }))?.message).toBe(
      'L’année doit être un entier entre 1900 et 2200.',
    );
  });
});

describe('joursOuvres', () => {
  it('counts Monday–Friday minus holidays', () => {
    // May 2025: 22 weekdays, minus 1st, 8th and 29th (Ascension) = 19.
    expect(v(joursOuvres({ debut: '2025-05-01', fin: '2025-05-31' }))).toEqual({
      calendaires: 31,
      weekEnds: 9,
      feries: 3,
      ouvres: 19,
    });
    expect(v(joursOuvres({ debut: '2025-05-01', fin: '2025-05-31', feries: 'aucun' })).ouvres).toBe(
      22,
    );
    expect(
      v(joursOuvres({ debut: '2025-05-01', fin: '2025-05-31', feries: ['2025-05-02'] })).ouvres,
    ).toBe(21);
    // 2025: 261 weekdays, 10 holidays on a weekday (1 November is a Saturday).
    expect(v(joursOuvres({ debut: '2025-01-01', fin: '2025-12-31' })).ouvres).toBe(251);
  });
  it('refuses inverted or malformed dates', () => {
    expect(erreur(joursOuvres({ debut: '2025-05-31', fin: '2025-05-01' }))?.message).toBe(
      'La date de fin précède la date de début.',
    );
    expect(
      erreur(joursOuvres({ debut: '2025-05-01', fin: '2025-05-31', feries: ['1er mai'] }))?.champ,
    ).toBe('feries');
  });
  it('property: ouvres + week-ends + holidays = calendar days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18000, max: 25000 }), fc.nat(800), (d, n) => {
        const r = v(joursOuvres({ debut: isoDepuisJour(d), fin: isoDepuisJour(d + n) }));
        expect(r.ouvres + r.weekEnds + r.feries).toBe(r.calendaires);
        expect(r.ouvres).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('capaciteDeVisites and bilanDeCapacite', () => {
  it('rounds visits per day down: 7 h − 1 h admin, 45 min visit + 30 min travel → 4 visits a day', () => {
    const r = v(
      capaciteDeVisites({
        minutesParJour: 420,
        tempsAdministratif: 60,
        dureeVisite: 45,
        dureeTrajet: 30,
        jours: 200,
      }),
    );
    expect(r).toEqual({
      minutesParVisite: 75,
      visitesParJour: 4,
      visitesPossibles: 800,
      minutesInutilisees: 60,
    });
  });
  it('compares needed and possible visits and rounds salespeople up', () => {
    expect(
      v(
        bilanDeCapacite({
          visitesNecessaires: 2000,
          visitesPossiblesParCommercial: 800,
          commerciaux: 2,
        }),
      ),
    ).toEqual({
      visitesPossibles: 1600,
      ecart: -400,
      tauxDeCouverture: 0.8,
      suffisant: false,
      commerciauxNecessaires: 3,
    });
  });
  it('refuses impossible inputs in French', () => {
    expect(
      erreur(capaciteDeVisites({ minutesParJour: 420, dureeVisite: 0, dureeTrajet: 0, jours: 1 }))
        ?.message,
    ).toBe('Une visite doit durer quelque chose\u202f: durée de visite et trajet sont nuls.');
    expect(
      erreur(capaciteDeVisites({ minutesParJour: -1, dureeVisite: 30, dureeTrajet: 0, jours: 1 }))
        ?.message,
    ).toBe('Le temps de travail par jour doit être un nombre positif ou nul.');
    expect(
      erreur(bilanDeCapacite({ visitesNecessaires: 10, visitesPossiblesParCommercial: 0 }))?.champ,
    ).toBe('visitesPossiblesParCommercial');
  });
  it('property: never NaN, visits fit in the day', () => {
    fc.assert(
      fc.property(
        fc.nat(1440),
        fc.nat(300),
        fc.nat(300),
        fc.nat(600),
        fc.nat(300),
        (minutesParJour, dureeVisite, dureeTrajet, tempsAdministratif, jours) => {
          const r = capaciteDeVisites({
            minutesParJour,
            dureeVisite,
            dureeTrajet,
            tempsAdministratif,
            jours,
          });
          if (!r.ok) return;
          expect(r.valeur.visitesParJour * r.valeur.minutesParVisite).toBeLessThanOrEqual(
            Math.max(0, minutesParJour - tempsAdministratif) + 1e-9,
          );
          expect(Number.isFinite(r.valeur.visitesPossibles)).toBe(true);
        },
      ),
    );
  });
});

describe('planAnnuel', () => {
  const actions: ActionPlanifiee[] = [
    {
      id: 'doc',
      libelle: 'Mise en place de la documentation',
      debut: '2025-01-06',
      fin: '2025-02-28',
      charge: 10,
      ressource: 'Marketing',
    },
    {
      id: 'mailing',
      libelle: 'Premier mailing',
      debut: '2025-02-17',
      fin: '2025-03-07',
      charge: 4,
      ressource: 'Marketing',
      apres: ['doc'],
    },
    {
      id: 'mission',
      libelle: 'Mission de prospection',
      debut: '2025-05-05',
      fin: '2025-05-23',
      charge: 30,
      ressource: 'Force de vente',
    },
  ];

  it('spreads each action over its months and warns about overload, overlap and order', () => {
    const r = v(planAnnuel({ annee: 2025, actions }));
    expect(r.mois).toHaveLength(12);
    expect(r.mois[0]).toMatchObject({ libelle: 'janvier', joursOuvres: 22, actions: ['doc'] });
    expect(r.mois.reduce((s, m) => s + m.charge, 0)).toBeCloseTo(44, 9);
    expect(r.mois[4].charge).toBeCloseTo(30, 9);
    expect(r.alertes.map((a) => [a.type, a.mois])).toEqual([
      ['chevauchement', 2],
      ['ordre', 2],
      ['surcharge', 5],
    ]);
    expect(r.alertes[0].actions).toEqual(['doc', 'mailing']);
    expect(r.alertes[1].message).toBe(
      '«\u00a0Premier mailing\u00a0» commence avant la fin de «\u00a0Mise en place de la documentation\u00a0», qui doit la précéder.',
    );
    expect(r.alertes[2].message).toBe(
      'En mai, la charge (30\u00a0j) dépasse le temps disponible (19\u00a0j).',
    );
  });

  it('writes an overload in French: one decimal at most, narrow no-break space in thousands', () => {
    const charge = (c: number) =>
      v(
        planAnnuel({
          annee: 2025,
          actions: [
            { id: 'm', libelle: 'Mission', debut: '2025-05-05', fin: '2025-05-23', charge: c },
          ],
        }),
      ).alertes.find((a) => a.type === 'surcharge')?.message;
    expect(charge(30.25)).toBe(
      'En mai, la charge (30,3\u00a0j) dépasse le temps disponible (19\u00a0j).',
    );
    expect(charge(1234)).toBe(
      'En mai, la charge (1\u202f234\u00a0j) dépasse le temps disponible (19\u00a0j).',
    );
  });

  it('scales capacity with the team and the share of time for prospecting', () => {
    const r = v(
      planAnnuel({ annee: 2025, actions: actions.slice(2), effectif: 3, partProspection: 0.5 }),
    );
    expect(r.mois[4].capacite).toBeCloseTo(28.5, 9);
    expect(r.alertes.map((a) => a.type)).toEqual(['surcharge']);
  });

  it('refuses bad actions in French', () => {
    expect(
      erreur(planAnnuel({ annee: 2025, actions: [{ ...actions[0], fin: '2024-12-01' }] }))?.message,
    ).toBe('L’action «\u00a0Mise en place de la documentation\u00a0» finit avant de commencer.');
    expect(erreur(planAnnuel({ annee: 2025, actions: [{ ...actions[1] }] }))?.message).toBe(
      'L’action «\u00a0Premier mailing\u00a0» dépend d’une action inconnue («\u00a0doc\u00a0»).',
    );
    expect(erreur(planAnnuel({ annee: 2025, actions: [actions[0], actions[0]] }))?.message).toBe(
      'Deux actions portent l’identifiant «\u00a0doc\u00a0».',
    );
    expect(v(planAnnuel({ annee: 2026, actions: actions.slice(0, 1) })).alertes[0].type).toBe(
      'hors-annee',
    );
  });
});
