import { expect } from 'vitest';
import { formule } from '@lib/formules/catalogue.ts';
import { dureeDeVieClient, nouveauxClientsNecessaires } from '@lib/portefeuille/valeur-client.ts';
import { besoinEnNouveauxClients } from '@lib/portefeuille/usure.ts';
import { exercicesNumeriques } from '@exercises/pourquoi-prospecter/index.ts';
import { type VersionNumerique } from '@exercises/generateur.ts';
import { attendu, testerSerieNumerique, v } from './serie-numerique.ts';

/** Per exercise: recompute the expected answers from the statement's numbers with src/lib, independently of the generator. */
const RECALCUL: Record<string, (version: VersionNumerique) => void> = {
  'pourquoi-prospecter/nouveaux-clients-an': (version) => {
    const { clients, tauxAttrition, tauxCroissance } = version.donnees;
    const n = v(nouveauxClientsNecessaires({ clients, tauxAttrition, tauxCroissance }));
    expect(attendu(version, 'nouveauxParAn')).toBe(n);
    expect(
      v(
        formule('nouveaux-clients-necessaires')!.calculer({
          clients,
          tauxAttrition,
          tauxCroissance,
        }),
      ),
    ).toBe(n);
    expect(Number.isInteger(n)).toBe(true);
    // Enough to replace the lost clients AND reach the objective, not one more.
    expect(clients - clients * tauxAttrition + n).toBeGreaterThanOrEqual(
      clients * (1 + tauxCroissance) - 1e-9,
    );
    expect(clients - clients * tauxAttrition + n - 1).toBeLessThan(
      clients * (1 + tauxCroissance) - 1e-9,
    );
    expect(n).toBeGreaterThan(Math.ceil(clients * tauxCroissance)); // growth alone is never enough
  },
  'pourquoi-prospecter/nouveaux-clients-mois': (version) => {
    const { clients, tauxAttrition, tauxCroissance } = version.donnees;
    const besoin = v(besoinEnNouveauxClients({ clients, tauxAttrition, tauxCroissance }));
    const parAn = attendu(version, 'nouveauxParAn');
    const parMois = attendu(version, 'nouveauxParMois');
    expect(parAn).toBe(v(nouveauxClientsNecessaires({ clients, tauxAttrition, tauxCroissance })));
    expect(parMois).toBe(besoin.nouveauxParMoisPlan);
    expect(Number.isInteger(parMois)).toBe(true);
    expect(parMois * 12).toBeGreaterThanOrEqual(parAn); // twelve months cover the year…
    expect((parMois - 1) * 12).toBeLessThan(parAn); // …and one fewer a month would not
  },
  'pourquoi-prospecter/duree-de-vie': (version) => {
    const { clients, tauxAttrition } = version.donnees;
    expect(attendu(version, 'clientsPerdus')).toBeCloseTo(clients * tauxAttrition, 9);
    const duree = v(dureeDeVieClient({ tauxAttrition }));
    expect(attendu(version, 'dureeDeVie')).toBeCloseTo(duree, 9);
    expect(v(formule('duree-de-vie-client')!.calculer({ tauxAttrition }))).toBeCloseTo(duree, 9);
    expect(duree).toBeGreaterThanOrEqual(4);
    expect(duree).toBeLessThanOrEqual(12.5);
    // Asked « au dixième près », the solution answers to the tenth (it said « ≈ 5,26 », session 11).
    const solution = version.solution.map((e) => e.texte).join(' ');
    const dixieme = (x: number) => String(Math.round(x * 10) / 10).replace('.', ',');
    expect(solution).toContain(`≈ ${dixieme(duree)}`);
    expect(solution).toContain(`environ ${dixieme(duree)}`);
    expect(solution).not.toMatch(/(≈|environ) \d+,\d\d/);
  },
};

testerSerieNumerique({ chapitre: 'pourquoi-prospecter', exercicesNumeriques, recalcul: RECALCUL });
