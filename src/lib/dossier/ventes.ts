/**
 * The sales file of the dossier (part 2.2, « analyser le portefeuille client »): the learner's
 * export of invoiced sales, one row per sale, read into the dossier so that the portfolio can be
 * analysed client by client (ABC, RFM) and the CA by category computed instead of typed.
 * Conventions:
 * - columns are found by their header, accents and case ignored: client (« client », « nom »,
 *   « raison sociale »), date, montant HT (« montant », « CA », « total HT »), and optionally
 *   catégorie and coût (« coût », « coût d’achat »); other columns are ignored;
 * - a row is REJECTED, with its line as Excel numbers it (header = 1) and a French reason, when
 *   its client is empty, its date unreadable (jj/mm/aaaa or aaaa-mm-jj) or its amount not a
 *   positive number; the other rows are kept;
 * - N is the last 12 months with a sale and N−1 the 12 before (derniersDouzeMois of
 *   src/lib/ventes/ventes.ts, as the sample dossiers do); a sale without category goes to « Sans catégorie »;
 * - the analyses themselves are those of src/lib/ventes/ventes.ts and portefeuille.ts: this module only
 *   reads the file and puts its rows in their shape (`ventesDuCours`);
 * - at most 20 000 rows are kept (LIMITE_VENTES): beyond, the file is refused, as a dossier must
 *   stay small enough to be saved in the browser and exported.
 * The reading of the CSV itself is in lire-ventes.ts, loaded only when the learner picks a file.
 */
import { ok, type Resultat } from '../commun/resultat.ts';
import {
  derniersDouzeMois,
  evolutionParCategorie,
  type Periode,
  type Vente as VenteCours,
} from '../ventes/ventes.ts';

/** The category of a sale whose file gives none. */
export const SANS_CATEGORIE = 'Sans catégorie';

/** Most sales rows kept in a dossier. */
export const LIMITE_VENTES = 20_000;
/** The version of the `ventes` block of the dossier file. */
export const VERSION_VENTES = 1;

/** One sale: client, ISO date, amount HT, and optionally its category and its cost HT. */
export interface Vente {
  client: string;
  date: string;
  montant: number;
  categorie?: string;
  cout?: number;
}
/** The sales file kept in the dossier. */
export interface VentesDossier {
  version: typeof VERSION_VENTES;
  fichier: string;
  lignes: Vente[];
}
/** A rejected row of the file. */
export interface RejetVente {
  ligne: number;
  raison: string;
}

/** The rows in the shape of the course's sales analyses (src/lib/ventes/ventes.ts): no category = « Sans catégorie », no cost = 0. */
export function ventesDuCours({ lignes }: { lignes: readonly Vente[] }): VenteCours[] {
  return lignes.map((v) => ({
    client: v.client,
    categorie: v.categorie ?? SANS_CATEGORIE,
    date: v.date,
    montantHT: v.montant,
    coutHT: v.cout ?? 0,
  }));
}

const mois = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Periods N and N−1 of the file (the last 12 months with a sale and the 12 before), with their labels « 12/2025–11/2026 ». */
export function periodesVentes({
  ventes,
}: {
  ventes: readonly VenteCours[];
}): Resultat<{ periodeN: Periode; periodeN1: Periode; libelleN: string; libelleN1: string }> {
  const p = derniersDouzeMois({ ventes });
  if (!p.ok) return p;
  const { periodeN, periodeN1 } = p.valeur;
  return ok({
    periodeN,
    periodeN1,
    libelleN: `${mois(periodeN.debut)}–${mois(periodeN.fin)}`,
    libelleN1: `${mois(periodeN1.debut)}–${mois(periodeN1.fin)}`,
  });
}

// The analyses are recomputed at every keystroke while the sales file changes only on import:
// its derived figures are cached by the file object (the store replaces, never mutates, it).
const caches = new WeakMap<VentesDossier, Map<string, unknown>>();
/** The value of `calcul` for this sales file, computed once per file and `cle`. */
export function memoVentes<T>({
  ventes,
  cle,
  calcul,
}: {
  ventes: VentesDossier;
  cle: string;
  calcul: () => T;
}): T {
  let m = caches.get(ventes);
  if (!m) {
    m = new Map();
    caches.set(ventes, m);
  }
  if (!m.has(cle)) m.set(cle, calcul());
  return m.get(cle) as T;
}

/** CA HT of each category over N−1 and N, with the periods' labels (undefined without sales or without CA in N−1). */
export function categoriesDepuisVentes({ ventes: fichier }: { ventes: VentesDossier }):
  | {
      categories: { nom: string; caN1: number; caN: number }[];
      libelleN: string;
      libelleN1: string;
    }
  | undefined {
  return memoVentes({
    ventes: fichier,
    cle: 'categories',
    calcul: () => calculerCategories(fichier.lignes),
  });
}

function calculerCategories(lignes: readonly Vente[]) {
  const ventes = ventesDuCours({ lignes });
  const p = periodesVentes({ ventes });
  if (!p.ok) return undefined;
  const e = evolutionParCategorie({
    ventes,
    periodeN: p.valeur.periodeN,
    periodeN1: p.valeur.periodeN1,
  });
  if (!e.ok) return undefined;
  return {
    categories: e.valeur.categories.map((c) => ({ nom: c.categorie, caN1: c.caN1, caN: c.caN })),
    libelleN: p.valeur.libelleN,
    libelleN1: p.valeur.libelleN1,
  };
}
