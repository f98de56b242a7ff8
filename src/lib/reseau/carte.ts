/**
 * The deterministic radial layout of the network map (course chapter 12): the learner at the
 * centre, one quarter of the disc per network (personnel top left, vertical top right, horizontal
 * bottom right, transversal bottom left), and each contact the closer to the centre the stronger
 * the link (fort on the inner ring, moyen in the middle, faible outside).
 * How overlap is ruled out: a sector holds concentric rows of slots; in a row, neighbouring slots
 * are at least one node diameter plus a gap apart (as the crow flies, not along the arc), the first
 * and last keep half that from the sector's borders, and rows are that far apart radially. Each
 * contact takes the free row nearest to its strength's ring, so a crowded ring spills over to the
 * neighbouring rows instead of piling up. A sector has 53 slots, more than CONTACTS_MAX.
 */
import {
  CATEGORIES_RESEAU,
  CONTACTS_MAX,
  type CategorieReseau,
  type Contact,
  type ForceLien,
} from './reseau.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';

/** Side of the square viewBox, in SVG units. */
export const COTE_CARTE = 640;
/** Radius of a contact's node. */
export const RAYON_NOEUD = 14;
/** Radius of the centre node (« Vous »). */
export const RAYON_CENTRE = 30;
const ECART = 6;
const PAS = 2 * RAYON_NOEUD + ECART;
/** Radii of the rows of slots, from the centre out. */
export const RANGS = [72, 106, 140, 174, 208, 242, 276] as const;
/** The row each strength aims at: fort near the centre, faible outside. */
export const RANG_DE_LA_FORCE: Readonly<Record<ForceLien, number>> = { 3: 1, 2: 3, 1: 5 };

/** A contact placed on the map. */
export interface Noeud {
  id: string;
  numero: number;
  x: number;
  y: number;
  categorie: CategorieReseau;
  force: ForceLien;
}
/** The map: its nodes, in the order of the contacts (numero = position in the list, from 1). */
export interface Carte {
  cote: number;
  centre: number;
  noeuds: Noeud[];
}

/** First angle (radians, SVG y pointing down) of a network's quarter. */
export function angleDeDepart({ categorie }: { categorie: CategorieReseau }): number {
  return -Math.PI + (CATEGORIES_RESEAU.indexOf(categorie) * Math.PI) / 2;
}

/** Half-angle a node needs at radius `r` so that two nodes are one step apart as the crow flies. */
const demiAngle = (r: number) => Math.asin(PAS / 2 / r);

/** How many slots a row of a quarter holds. */
export function capaciteDuRang({ rayon }: { rayon: number }): number {
  const utile = Math.PI / 2 - 2 * demiAngle(rayon);
  return Math.floor(utile / (2 * demiAngle(rayon)) + 1e-9) + 1;
}

/** Rows in the order a contact of this strength tries them: nearest to its ring first. */
function ordreDesRangs(force: ForceLien): number[] {
  const cible = RANG_DE_LA_FORCE[force];
  // On a tie, a strong link goes inwards and a weak one outwards, so distance keeps meaning strength.
  return RANGS.map((_, i) => i).sort(
    (a, b) => Math.abs(a - cible) - Math.abs(b - cible) || (force === 1 ? b - a : a - b),
  );
}

/** Places every contact; refuses more than CONTACTS_MAX (the no-overlap guarantee stops there). */
export function disposerReseau({ contacts }: { contacts: readonly Contact[] }): Resultat<Carte> {
  if (contacts.length > CONTACTS_MAX)
    return echec(
      `La carte ne peut pas dessiner plus de ${CONTACTS_MAX}\u00a0contacts.`,
      'contacts',
    );
  const centre = COTE_CARTE / 2;
  const numeros = new Map(contacts.map((c, i) => [c.id, i + 1]));
  const noeuds: Noeud[] = [];
  for (const categorie of CATEGORIES_RESEAU) {
    // Strong links choose their row first, then in list order: the same list gives the same map.
    const duSecteur = contacts
      .filter((c) => c.categorie === categorie)
      .sort((a, b) => b.force - a.force);
    const rangs: Contact[][] = RANGS.map(() => []);
    for (const c of duSecteur) {
      const rang = ordreDesRangs(c.force).find(
        (i) => rangs[i].length < capaciteDuRang({ rayon: RANGS[i] }),
      );
      if (rang !== undefined) rangs[rang].push(c);
    }
    const depart = angleDeDepart({ categorie });
    rangs.forEach((membres, i) => {
      const r = RANGS[i],
        bord = demiAngle(r),
        utile = Math.PI / 2 - 2 * bord,
        k = membres.length;
      // Spread evenly with a margin when there is room; edge to edge only when the row is nearly full.
      const espace = k > 1 && utile / k < 2 * bord ? utile / (k - 1) : utile / Math.max(k, 1);
      const premier = k > 1 && utile / k < 2 * bord ? 0 : espace / 2;
      membres
        .sort((a, b) => (numeros.get(a.id) ?? 0) - (numeros.get(b.id) ?? 0))
        .forEach((c, j) => {
          const angle = depart + bord + premier + j * espace;
          noeuds.push({
            id: c.id,
            numero: numeros.get(c.id) ?? 0,
            x: centre + r * Math.cos(angle),
            y: centre + r * Math.sin(angle),
            categorie,
            force: c.force,
          });
        });
    });
  }
  noeuds.sort((a, b) => a.numero - b.numero);
  return ok({ cote: COTE_CARTE, centre, noeuds });
}
