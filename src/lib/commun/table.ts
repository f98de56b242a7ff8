/**
 * Table-shaped rows (a column list, then arrays of cells): how `/donnees/<id>.json` carries a
 * sample's prospects, clients and sales, half the size of a list of objects. Written at build
 * time (pages/donnees/[id].json.ts), read back in the browser (stores/catalogue.ts).
 */

/** A column list and one array of cells per row; an empty cell is null. */
export type Table = { champs: string[]; lignes: unknown[][] };

/** Turns table-shaped rows back into objects, leaving out empty (null) cells. */
export function depuisTable<T>({ champs, lignes }: Table): T[] {
  return lignes.map((l) => {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < champs.length; i++)
      if (l[i] !== null && l[i] !== undefined) o[champs[i]] = l[i];
    return o as T;
  });
}

/** Writes objects as table-shaped rows (the build side of `depuisTable`). */
export function versTable<T extends object>({
  champs,
  objets,
}: {
  champs: readonly string[];
  objets: readonly T[];
}): { champs: string[]; lignes: unknown[][] } {
  return {
    champs: [...champs],
    lignes: objets.map((o) => champs.map((c) => (o as Record<string, unknown>)[c] ?? null)),
  };
}
