import { describe, expect, test } from 'vitest';
import { analyseBase, analyseTemps } from '@lib/dossier/analyses-preparation.ts';
import type { Dossier } from '@lib/dossier/modele.ts';
import { dossierComplet } from './fixtures.ts';

const texte = (a: unknown) => JSON.stringify(a);
const avec = (modifier: (d: Dossier) => void): Dossier => {
  const d = dossierComplet();
  modifier(d);
  return d;
};

describe('verif14 item 4 : les phrases du dossier pour 0, 1 et 2', () => {
  test('fiches exploitables (4.1) : « 1 fiche … peut », « 2 fiches … peuvent »', () => {
    const base = (fiches: number) =>
      texte(
        analyseBase({
          dossier: avec((d) => {
            d.base = { ...d.base, fiches, doublons: 0, incompletes: 0, opposees: 0 };
          }),
        }),
      );
    expect(base(1)).toContain('1\u00a0fiche sur 1 peut être prospectée (');
    expect(base(2)).toContain('2\u00a0fiches sur 2 peuvent être prospectées (');
    const aucune = texte(
      analyseBase({
        dossier: avec((d) => {
          d.base = { ...d.base, fiches: 2, doublons: 2, incompletes: 0, opposees: 0 };
        }),
      }),
    );
    expect(aucune).toContain('Aucune\u00a0fiche sur 2 ne peut être prospectée');
  });

  test('temps (4.1) : « 1 visite », « 1 commercial », « 2 commerciaux »', () => {
    const temps = (visitesAFaire: number, visitesParJour = 3) =>
      texte(
        analyseTemps({
          dossier: avec((d) => {
            d.temps = {
              ...d.temps,
              visitesAFaire,
              semaines: 1,
              joursParSemaine: 1,
              visitesParJour,
            };
          }),
        }),
      );
    expect(temps(1, 1)).toContain(
      'Un commercial peut faire 1\u00a0visite sur la période\u202F; la visite prévue demande 1\u00a0commercial.',
    );
    expect(temps(2, 1)).toContain('les 2\u00a0visites prévues demandent 2\u00a0commerciaux.');
    expect(temps(0)).toContain('sans visite prévue, il ne faut aucun\u00a0commercial.');
  });
});
