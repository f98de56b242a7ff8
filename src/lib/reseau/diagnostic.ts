/**
 * The diagnosis of a network map (course chapter 12): where relays are missing (an empty network
 * among the four), which links are weak (strength 1) and who has not heard from the learner for
 * more than six months — the course's advice being that a network lives on regular exchanges.
 * Also the text alternative of the map, so that the picture and its description say the same.
 * Plain French, in the order a learner should act: fill the gaps, then strengthen, then revive.
 */
import {
  CATEGORIES_RESEAU,
  MEMBRES_CATEGORIES,
  comptesParCategorie,
  estPerduDeVue,
  type CategorieReseau,
  type Contact,
} from './reseau.ts';

/** One point of the diagnosis. */
export interface PointDiagnostic {
  /** What kind of point it is (stable hook for the page and the tests). */
  type:
    | 'vide'
    | 'reseau-manquant'
    | 'liens-faibles'
    | 'perdus-de-vue'
    | 'dates-inconnues'
    | 'equilibre';
  /** A sentence in French the learner can act on. */
  message: string;
  /** Contacts concerned (ids), if any. */
  ids: string[];
}

/** The diagnosis of a network: counts, gaps, weak links, contacts not seen for six months. */
export interface DiagnosticReseau {
  total: number;
  comptes: Record<CategorieReseau, number>;
  categoriesManquantes: CategorieReseau[];
  liensFaibles: Contact[];
  perdusDeVue: Contact[];
  datesInconnues: Contact[];
  points: PointDiagnostic[];
}

/** « 3 contacts », « 1 contact » (at most 40: no thousands to group, hence no Intl). */
const nombreDe = (n: number, nom: string) => `${n}\u00a0${nom}${n >= 2 ? 's' : ''}`;
/** « Ana, Ben et Chloé ». */
function enumeration(noms: string[]): string {
  return noms.length <= 1
    ? (noms[0] ?? '')
    : `${noms.slice(0, -1).join(', ')} et ${noms[noms.length - 1]}`;
}
const noms = (contacts: Contact[]) => enumeration(contacts.map((c) => c.nom));

/** Diagnoses a network on a given day (ISO date). */
export function diagnostiquerReseau({
  contacts,
  aujourdhui,
}: {
  contacts: readonly Contact[];
  aujourdhui: string;
}): DiagnosticReseau {
  const comptes = comptesParCategorie({ contacts });
  const categoriesManquantes = CATEGORIES_RESEAU.filter((c) => comptes[c] === 0);
  const liensFaibles = contacts.filter((c) => c.force === 1);
  const perdusDeVue = contacts.filter((c) => estPerduDeVue({ contact: c, aujourdhui }));
  const datesInconnues = contacts.filter((c) => c.dernierEchange === '');
  const points: PointDiagnostic[] = [];
  if (contacts.length === 0) {
    points.push({
      type: 'vide',
      ids: [],
      message:
        'Votre carte est vide\u202f: commencez par les personnes que vous connaissez le mieux, puis demandez-vous à quel réseau chacune appartient.',
    });
  } else {
    for (const c of categoriesManquantes) {
      points.push({
        type: 'reseau-manquant',
        ids: [],
        message: `Aucun contact dans le réseau ${c} (${MEMBRES_CATEGORIES[c]})\u202f: c’est là qu’il vous manque des relais.`,
      });
    }
    if (liensFaibles.length > 0) {
      const verbe = liensFaibles.length >= 2 ? 'sont des liens faibles' : 'est un lien faible';
      points.push({
        type: 'liens-faibles',
        ids: liensFaibles.map((c) => c.id),
        message: `${nombreDe(liensFaibles.length, 'contact')} ${verbe} (${noms(liensFaibles)})\u202f: un service rendu, une information utile ou une invitation les renforcera.`,
      });
    }
    if (perdusDeVue.length > 0) {
      points.push({
        type: 'perdus-de-vue',
        ids: perdusDeVue.map((c) => c.id),
        message: `${nombreDe(perdusDeVue.length, 'contact')} sans échange depuis plus de 6\u00a0mois (${noms(perdusDeVue)})\u202f: donnez des nouvelles avant d’avoir besoin d’eux.`,
      });
    }
    if (datesInconnues.length > 0) {
      points.push({
        type: 'dates-inconnues',
        ids: datesInconnues.map((c) => c.id),
        message: `${nombreDe(datesInconnues.length, 'contact')} sans date de dernier échange (${noms(datesInconnues)})\u202f: notez chaque échange pour savoir qui relancer.`,
      });
    }
    if (points.length === 0) {
      points.push({
        type: 'equilibre',
        ids: [],
        message:
          'Les quatre réseaux sont représentés, aucun lien n’est faible et chacun a eu de vos nouvelles depuis moins de 6\u00a0mois\u202f: entretenez ce capital.',
      });
    }
  }
  return {
    total: contacts.length,
    comptes,
    categoriesManquantes,
    liensFaibles,
    perdusDeVue,
    datesInconnues,
    points,
  };
}

/** The text alternative of the map: what it shows, in one or two sentences. */
export function descriptionCarte({ contacts }: { contacts: readonly Contact[] }): string {
  if (contacts.length === 0)
    return 'Carte du réseau vide\u202f: aucun contact n’a encore été ajouté.';
  const comptes = comptesParCategorie({ contacts });
  const parReseau = CATEGORIES_RESEAU.map((c) => `${c} ${comptes[c]}`).join(', ');
  const forts = contacts.filter((c) => c.force === 3).length;
  return `Carte du réseau\u202f: ${nombreDe(contacts.length, 'contact')} autour de vous, un quart de cercle par réseau (${parReseau}). Plus un contact est proche du centre, plus le lien est fort (${nombreDe(forts, 'lien')} ${forts >= 2 ? 'forts' : 'fort'}). La liste des contacts détaille la carte.`;
}
