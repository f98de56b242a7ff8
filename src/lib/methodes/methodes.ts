/**
 * Comparing prospecting methods (course chapter 7; seed 000 « Les moyens de la prospection »:
 * phone and appointment setting, publipostage, field visits / introduction directe, référence
 * dynamique; seed 003: mass methods return 0,5 to 3 % and really convert 3 to 10 per thousand,
 * direct human contact converts best). Deterministic: for the spread of outcomes, feed a
 * method's stages to `simulerCampagne` (monte-carlo.ts).
 * Conventions:
 * - every method is compared on the same basis: the same number of contacts, the same budget
 *   (contacts = (budget − fixed costs) ÷ cost per contact, rounded down) or the same working days;
 * - expected clients = contacts × Π (min + probable + max) ÷ 3 (the mean of each triangular
 *   range, the stages being independent); the pessimistic / probable / optimistic cases multiply
 *   the mins, the most likely values and the maxes;
 * - cost per client and ROI come from rentabilite.ts (ROI on the margin, not on turnover);
 * - default figures are in euros; only the return and conversion rates of mass methods come from
 *   the course's sources, the rest are teaching assumptions to replace with the company's own;
 * - a company that counts in dirhams gets the same figures × `DH_PAR_EURO` (10): the dirham has
 *   stayed between about 10,5 and 11 DH for 1 € since 2019 (Bank Al-Maghrib), rounded down to 10
 *   so that the figures stay round and the conversion can be done by heart. It converts orders of
 *   magnitude, not Moroccan prices (wages and postage differ): the rates are not converted.
 */
import { verifierEtapes, type EtapeIncertaine } from '../entonnoir/etapes-incertaines.ts';
import { coutAcquisitionClient, roi } from '../marges/rentabilite.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { DH_PAR_EURO } from '../commun/devise-du-cours.ts';
// Types only: the rules of each channel (droit/ `reglesEnVigueur`) are looked up by the caller —
// at build time for the comparator — so that this module does not ship the file checks of droit/.
import type { Canal } from '../droit/index.ts';

/** A prospecting method and its figures. */
export interface Methode {
  id: string;
  nom: string;
  /** Short name for tables. */ nomCourt?: string;
  canal: Canal;
  coutParContact: number;
  coutsFixes: number;
  contactsParJour: number;
  etapes: readonly EtapeIncertaine[];
  /** Where the figures come from. */ sources: readonly string[];
}

const HYPOTHESE = 'Hypothèse pédagogique, à remplacer par les chiffres de l’entreprise';
const SEED_003 =
  'Taux de retour de 0,5\u202f% à 3\u202f%, taux de conclusion (clients ÷ envois) de 3 à 10\u202f‰ (article de blog, 2012)';

/** Default figures of the six methods of the course. */
export const METHODES: readonly Methode[] = [
  {
    id: 'telephone',
    nom: 'Prospection téléphonique',
    nomCourt: 'Téléphone',
    canal: 'telephone',
    coutParContact: 4,
    coutsFixes: 0,
    contactsParJour: 60,
    etapes: [
      { nom: 'Contact joint', min: 0.3, probable: 0.4, max: 0.5 },
      { nom: 'Rendez-vous', min: 0.05, probable: 0.1, max: 0.15 },
      { nom: 'Commande', min: 0.15, probable: 0.25, max: 0.35 },
    ],
    sources: [HYPOTHESE],
  },
  {
    id: 'emailing',
    nom: 'E-mailing',
    nomCourt: 'E-mailing',
    canal: 'email',
    coutParContact: 0.1,
    coutsFixes: 300,
    contactsParJour: 5000,
    etapes: [
      { nom: 'Retour', min: 0.005, probable: 0.015, max: 0.03 },
      { nom: 'Commande', min: 0.3, probable: 0.4, max: 0.5 },
    ],
    sources: [SEED_003, HYPOTHESE],
  },
  {
    id: 'mailing',
    nom: 'Publipostage (courrier)',
    nomCourt: 'Publipostage',
    canal: 'courrier',
    coutParContact: 1.5,
    coutsFixes: 500,
    contactsParJour: 1000,
    etapes: [
      { nom: 'Retour', min: 0.005, probable: 0.015, max: 0.03 },
      { nom: 'Commande', min: 0.3, probable: 0.4, max: 0.5 },
    ],
    sources: [SEED_003, HYPOTHESE],
  },
  {
    id: 'terrain',
    nom: 'Visites sur le terrain (introduction directe)',
    nomCourt: 'Terrain',
    canal: 'visite',
    coutParContact: 60,
    coutsFixes: 0,
    contactsParJour: 6,
    etapes: [
      { nom: 'Entretien obtenu', min: 0.3, probable: 0.5, max: 0.7 },
      { nom: 'Proposition', min: 0.2, probable: 0.35, max: 0.5 },
      { nom: 'Commande', min: 0.2, probable: 0.3, max: 0.4 },
    ],
    sources: [HYPOTHESE],
  },
  {
    id: 'salon',
    nom: 'Salon professionnel',
    nomCourt: 'Salon',
    canal: 'visite',
    coutParContact: 25,
    coutsFixes: 3000,
    contactsParJour: 40,
    etapes: [
      { nom: 'Rendez-vous', min: 0.1, probable: 0.2, max: 0.3 },
      { nom: 'Commande', min: 0.1, probable: 0.2, max: 0.3 },
    ],
    sources: [HYPOTHESE],
  },
  {
    id: 'parrainage',
    nom: 'Référence dynamique (parrainage)',
    nomCourt: 'Parrainage',
    canal: 'telephone',
    coutParContact: 15,
    coutsFixes: 0,
    contactsParJour: 5,
    etapes: [
      { nom: 'Rendez-vous', min: 0.4, probable: 0.6, max: 0.8 },
      { nom: 'Commande', min: 0.2, probable: 0.3, max: 0.45 },
    ],
    sources: [HYPOTHESE],
  },
];

/** What the methods are compared on. */
export type BaseComparaison = { contacts: number } | { budget: number } | { jours: number };

/** One method in the comparison. */
export interface ComparaisonMethode {
  id: string;
  nom: string;
  canal: Canal;
  contacts: number;
  jours: number;
  coutTotal: number;
  tauxGlobal: { min: number; probable: number; max: number; moyen: number };
  clients: { pessimiste: number; probable: number; optimiste: number; esperance: number };
  coutParClient: number | null;
  marge: number;
  roi: number | null;
}

/** Dirhams for one euro when the default figures are shown to a Moroccan company (see the header). */
export { DH_PAR_EURO };

/**
 * The methods with their amounts (cost per contact, fixed costs) in a company's currency. With
 * `coutVisite` (the company's own cost of one visit, already in its currency: coutDUneVisite in
 * campagne/contexte.ts), a field visit costs that, so the comparator and the lesson's calculation
 * of chapter 7 give one figure.
 */
export function methodesEnDevise({
  devise,
  methodes = METHODES,
  coutVisite,
}: {
  devise: 'EUR' | 'MAD';
  methodes?: readonly Methode[];
  coutVisite?: number | null;
}): Methode[] {
  const f = devise === 'MAD' ? DH_PAR_EURO : 1;
  const visite =
    typeof coutVisite === 'number' && Number.isFinite(coutVisite) && coutVisite >= 0
      ? Math.round(coutVisite * 100) / 100
      : null;
  return methodes.map((m) => ({
    ...m,
    coutParContact: m.id === 'terrain' && visite !== null ? visite : m.coutParContact * f,
    coutsFixes: m.coutsFixes * f,
  }));
}

/** A method of the list by id (the id stored by « Choisir cette méthode »), or undefined. */
export function methodeParId({
  id,
  methodes = METHODES,
}: {
  id: string | null | undefined;
  methodes?: readonly Methode[];
}): Methode | undefined {
  return methodes.find((m) => m.id === id);
}

/** What the course adds to the channel's rules for a method: practice, never law (the law comes from droit/, per country). */
export const NOTES_REGLES: Readonly<Record<string, string>> = {
  emailing: 'Chaque message dit qui écrit et permet de se désinscrire en un clic.',
  parrainage:
    'Le parrain transmet des noms\u202f: au premier contact, dites d’où vient le nom et respectez un refus.',
};

const fini = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The margin and the basis are numbers ≥ 0, and there is at least one method. */
function verifierEntrees({
  base,
  margeParClient,
  methodes,
}: {
  base: BaseComparaison;
  margeParClient: number;
  methodes: readonly Methode[];
}): Resultat<readonly Methode[]> {
  if (!fini(margeParClient) || margeParClient < 0)
    return echec('La marge par client doit être un nombre positif ou nul.', 'margeParClient');
  const valeur = valeurDeBase(base);
  if (!fini(valeur) || valeur < 0)
    return echec(
      'La base de comparaison (contacts, budget ou jours) doit être un nombre positif ou nul.',
      'base',
    );
  if (!Array.isArray(methodes) || methodes.length === 0)
    return echec('Il faut au moins une méthode à comparer.', 'methodes');
  return ok(methodes);
}

/** The number the comparison is made on, whichever basis was chosen. */
function valeurDeBase(base: BaseComparaison): number | undefined {
  if (!base) return undefined;
  if ('contacts' in base) return base.contacts;
  if ('budget' in base) return base.budget;
  return 'jours' in base ? base.jours : undefined;
}

/** « E-mailing »: a method named in a message (its id when a hand-made one has no name). */
const nomDeMethode = (m: Methode): string => `«\u00a0${m?.nom ?? m?.id}\u00a0»`;

/** A method's costs and pace are numbers ≥ 0, and its stages are sound. */
function verifierMethode(m: Methode, nom: string): Resultat<Methode> {
  for (const [cle, libelle] of [
    ['coutParContact', 'Le coût par contact'],
    ['coutsFixes', 'Les coûts fixes'],
    ['contactsParJour', 'Le nombre de contacts par jour'],
  ] as const) {
    if (!fini(m?.[cle]) || m[cle] < 0)
      return echec(
        `${libelle} de la méthode ${nom} doit être un nombre positif ou nul.`,
        'methodes',
      );
  }
  const e = verifierEtapes({ etapes: m.etapes });
  return e.ok ? ok(m) : echec(`Méthode ${nom}\u202f: ${e.erreur.message}`, 'methodes');
}

/**
 * How many people the method reaches on the basis: the contacts given, what the budget buys after
 * the fixed costs (NaN for a method that costs nothing per contact), or what the days allow.
 */
function contactsSurLaBase(base: BaseComparaison, m: Methode): number {
  if ('contacts' in base) return base.contacts;
  if (!('budget' in base)) return Math.floor(base.jours * m.contactsParJour + 1e-9);
  if (m.coutParContact <= 0) return NaN;
  return Math.max(0, Math.floor((base.budget - m.coutsFixes) / m.coutParContact + 1e-9));
}

/** One method's row: cost, clients (pessimistic, likely, optimistic, expected), margin, ROI. */
function comparerUneMethode(
  m: Methode,
  contacts: number,
  margeParClient: number,
): ComparaisonMethode {
  const produit = (f: (x: EtapeIncertaine) => number) =>
    m.etapes.reduce((p: number, x: EtapeIncertaine) => p * f(x), 1);
  const tauxGlobal = {
    min: produit((x) => x.min),
    probable: produit((x) => x.probable),
    max: produit((x) => x.max),
    moyen: produit((x) => (x.min + x.probable + x.max) / 3),
  };
  const coutTotal = contacts > 0 ? m.coutsFixes + contacts * m.coutParContact : 0;
  const esperance = contacts * tauxGlobal.moyen,
    marge = esperance * margeParClient;
  const cpc = coutAcquisitionClient({ coutTotal, nouveauxClients: esperance });
  const retour = roi({ margeGeneree: marge, cout: coutTotal });
  return {
    id: m.id,
    nom: m.nom,
    canal: m.canal,
    contacts,
    jours: m.contactsParJour > 0 ? contacts / m.contactsParJour : 0,
    coutTotal,
    tauxGlobal,
    clients: {
      pessimiste: contacts * tauxGlobal.min,
      probable: contacts * tauxGlobal.probable,
      optimiste: contacts * tauxGlobal.max,
      esperance,
    },
    coutParClient: cpc.ok ? cpc.valeur : null,
    marge,
    roi: retour.ok ? retour.valeur : null,
  };
}

/** Compares methods on one basis: contacts, days, cost, expected clients, cost per client, margin, ROI (the rules: `reglesEnVigueur({ pays, date, canal })`). */
export function comparerMethodes({
  base,
  margeParClient,
  methodes = METHODES,
}: {
  base: BaseComparaison;
  margeParClient: number;
  methodes?: readonly Methode[];
}): Resultat<ComparaisonMethode[]> {
  const entrees = verifierEntrees({ base, margeParClient, methodes });
  if (!entrees.ok) return entrees;
  const r: ComparaisonMethode[] = [];
  for (const m of methodes) {
    const nom = nomDeMethode(m);
    const v = verifierMethode(m, nom);
    if (!v.ok) return v;
    const contacts = contactsSurLaBase(base, m);
    if (!Number.isFinite(contacts))
      return echec(
        `La méthode ${nom} ne coûte rien par contact\u202f: un budget ne fixe pas son nombre de contacts.`,
        'base',
      );
    r.push(comparerUneMethode(m, contacts, margeParClient));
  }
  return ok(r);
}
