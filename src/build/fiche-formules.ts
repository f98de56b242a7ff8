/**
 * The formula sheet (/formules/) as plain data: the catalogue grouped by chapter in course order,
 * and the short words that stand for units. Kept out of the page so that « every formula once,
 * chapters in order » is unit-tested without building the site.
 * Conventions: a formula keeps its catalogue order inside its chapter (the catalogue is written in
 * lesson order); a chapter without formulas gets no section; a formula whose chapter number is
 * missing from the collection still gets a section (« Chapitre N »), so nothing is ever dropped.
 */
import type { Unite } from '../lib/commun/champs.ts';
import { formatNombre, formatPourcentage } from '../lib/commun/nombres.ts';
import { ordonner, type ChapitreNav } from './chapitres.ts';

/** One section of the sheet: a chapter and its formulas; `slug` is absent for an unknown chapter. */
export interface GroupeFiche<F> {
  numero: number;
  titre: string;
  slug?: string;
  formules: F[];
}

/** The formulas grouped by chapter, chapters sorted by number, formulas in catalogue order. */
export function grouperParChapitre<F extends { chapitre: number }>({
  formules,
  chapitres,
}: {
  formules: readonly F[];
  chapitres: readonly ChapitreNav[];
}): GroupeFiche<F>[] {
  const parNumero = new Map(ordonner(chapitres).map((c) => [c.numero, c]));
  const groupes = new Map<number, GroupeFiche<F>>();
  for (const f of formules) {
    let groupe = groupes.get(f.chapitre);
    if (!groupe) {
      const c = parNumero.get(f.chapitre);
      groupe = c
        ? { numero: c.numero, titre: c.titre, slug: c.slug, formules: [] }
        : { numero: f.chapitre, titre: `Chapitre ${f.chapitre}`, formules: [] };
      groupes.set(f.chapitre, groupe);
    }
    groupe.formules.push(f);
  }
  return [...groupes.values()].sort((a, b) => a.numero - b.numero);
}

/** Short unit words, as printed after an input (« Prix de vente HT (€/DH) »). */
const UNITES: Record<Unite, string> = {
  montant: '€/DH',
  taux: '%',
  nombre: 'nb',
  jours: 'jours',
  semaines: 'semaines',
  indice: 'indice',
  annees: 'années',
  coefficient: 'coef.',
};

/** The short word for a unit; amounts are in euros or dirhams depending on the company studied. */
export function libelleUnite({ unite }: { unite: Unite }): string {
  return UNITES[unite];
}

/** How an input reads on the sheet: « Nombre de jours par an (jours, 360 par défaut) ». */
export function texteEntree({
  libelle,
  unite,
  defaut,
}: {
  libelle: string;
  unite: Unite;
  defaut?: number;
}): string {
  if (defaut === undefined) return `${libelle} (${UNITES[unite]})`;
  const valeur = unite === 'taux' ? formatPourcentage(defaut) : formatNombre(defaut);
  return `${libelle} (${UNITES[unite]}, ${valeur} par défaut)`;
}
