/**
 * Generators that compute through the formula catalogue (chapter 9 « Budgétiser ») import this
 * module; it is kept out of generateur.ts because the catalogue brings every library module,
 * which the other chapters' islands do not need.
 */
import { formule } from '../lib/formules/catalogue.ts';
import { valeurDe } from './generateur.ts';

/** Computes a formula of the catalogue (src/lib/formules/catalogue.ts) on drawn values. */
export function calculerFormule(id: string, valeurs: Record<string, number>): number {
  const f = formule(id);
  if (!f) throw new Error(`Générateur : formule inconnue « ${id} »`);
  return valeurDe(f.calculer(valeurs));
}
