import { describe, expect, test } from 'vitest';
import {
  validerPlans,
  $plans,
  $planSaisi,
  ajouterAction,
  deplacerAction,
  modifierAction,
  supprimerAction,
  reinitialiserPlan,
  $contextePlan,
} from '../../../src/stores/planning.ts';
import { planSaisiParDefaut } from '@lib/planning/evaluation-plan.ts';

const defaut = planSaisiParDefaut({ moisDebut: 9, anneeDebut: 2026, commerciaux: 1 });

describe('validerPlans', () => {
  test('keeps a valid record and rejects any malformed plan', () => {
    expect(validerPlans({ a: defaut })).toEqual({ a: defaut });
    expect(validerPlans({ a: { ...defaut, moisDebut: 13 } })).toBeUndefined();
    expect(
      validerPlans({ a: { ...defaut, actions: [{ ...defaut.actions[0], type: 'inconnu' }] } }),
    ).toBeUndefined();
    expect(
      validerPlans({ a: { ...defaut, actions: [{ ...defaut.actions[0], debut: 11, duree: 2 }] } }),
    ).toBeUndefined();
    expect(validerPlans([])).toBeUndefined();
  });
});

describe('actions', () => {
  test('add, edit, move within the year, delete, reset: stored per company', () => {
    const arret = $planSaisi.listen(() => {});
    const id = $contextePlan.get().id;
    const nouvelle = ajouterAction('salon');
    expect($plans.get()[id].actions.at(-1)).toMatchObject({
      id: nouvelle,
      type: 'salon',
      debut: 0,
      duree: 1,
    });
    modifierAction(nouvelle, { duree: 3, lourde: true });
    deplacerAction(nouvelle, 1);
    expect($planSaisi.get().actions.at(-1)).toMatchObject({ debut: 1, duree: 3, lourde: true });
    modifierAction(nouvelle, { debut: 11 });
    expect($planSaisi.get().actions.at(-1)).toMatchObject({ debut: 9, duree: 3 });
    supprimerAction(nouvelle);
    expect($planSaisi.get().actions.some((a) => a.id === nouvelle)).toBe(false);
    reinitialiserPlan();
    expect($plans.get()[id]).toBeUndefined();
    arret();
  });
});

describe('contexteDe', () => {
  test('each sample starts its plan in the month of its past campaign, after its reference date', async () => {
    const { contexteDe } = await import('../../../src/stores/planning-contexte.ts');
    expect(contexteDe('assurances-rabat')).toMatchObject({
      pays: 'MA',
      moisDebut: 10,
      anneeDebut: 2026,
      commerciaux: 2,
      nom: 'Hilal Conseil Assurances',
    });
    expect(contexteDe('emballages-casablanca')).toMatchObject({
      pays: 'MA',
      moisDebut: 1,
      anneeDebut: 2027,
      commerciaux: 3,
    });
    expect(contexteDe('mobilier-lyon')).toMatchObject({
      pays: 'FR',
      moisDebut: 2,
      anneeDebut: 2027,
      commerciaux: 2,
    });
    expect(contexteDe('inconnue').id).toBe('emballages-casablanca');
    expect(contexteDe('mon-fichier')).toMatchObject({
      id: 'mon-fichier',
      pays: 'FR',
      moisDebut: 9,
      commerciaux: 1,
    });
  });
});
