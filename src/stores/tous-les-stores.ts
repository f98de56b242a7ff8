/**
 * Loads every store module, so that each persistent store registers its validator
 * (`validateurs`, persistance.ts) whichever islands this page hydrated: « Garder ce scénario »
 * and « Restaurer » check values with the store's own validator, never a copy of it.
 */
export async function chargerTousLesStores(): Promise<void> {
  await Promise.all(Object.values(import.meta.glob(['./*.ts', '!./tous-les-stores.ts'])).map((charger) => charger()));
}
