/**
 * The method comparator of chapter 7 as the learner typed it (basis, contacts or budget, margin
 * per client, each method's figures, all as text), its check on read, and its evaluation through
 * src/lib/methodes/methodes.ts (moved here from the store: a store holds no formula).
 */
import { majuscule, pasNegatif } from '../commun/majuscule.ts';
import { formatNombre, parseNombre, parsePourcentage } from '../commun/nombres.ts';
import {
  comparerMethodes,
  methodesEnDevise,
  type ComparaisonMethode,
  type Methode,
} from '../methodes/methodes.ts';
import type { ResultatChamps } from '../commun/resultat.ts';

/** One method's figures as typed; rates in percent (« 1,5 »). */
export interface FiguresSaisies {
  coutParContact: string;
  coutsFixes: string;
  contactsParJour: string;
  etapes: { min: string; probable: string; max: string }[];
}
/** What the learner typed in the comparator, for one company. */
export interface SaisieMethodes {
  base: 'contacts' | 'budget';
  contacts: string;
  budget: string;
  /** null: the margin of one average order of the company's offer (or a round default). */
  margeParClient: string | null;
  /** The method whose figures and simulation are shown. */
  etudiee: string;
  /** Monte Carlo seed, shown; « Relancer » moves to the next one. */
  graine: string;
  /** Figures of the methods the learner changed (the others keep their defaults). */
  figures: Record<string, FiguresSaisies>;
}
type Devise = 'EUR' | 'MAD';

const texteTaux = (x: number) => formatNombre(x * 100, 4);
/** A method's default figures as text, in the currency. */
export function figuresParDefaut(m: Methode): FiguresSaisies {
  return {
    coutParContact: formatNombre(m.coutParContact, 2),
    coutsFixes: formatNombre(m.coutsFixes, 2),
    contactsParJour: formatNombre(m.contactsParJour, 2),
    etapes: m.etapes.map((e) => ({
      min: texteTaux(e.min),
      probable: texteTaux(e.probable),
      max: texteTaux(e.max),
    })),
  };
}

/** The comparator's starting point for a company: 1 000 contacts, the figures of the course. */
export const saisieParDefaut = (devise: Devise): SaisieMethodes => ({
  base: 'contacts',
  contacts: '1 000',
  budget: devise === 'MAD' ? '100 000' : '10 000',
  margeParClient: null,
  etudiee: 'telephone',
  graine: '1',
  figures: {},
});
/** The default margin per client when the company's offer is unknown (the learner's own file). */
export const margeParDefaut = (devise: Devise) => (devise === 'MAD' ? '10 000' : '1 000');

const texte = (v: unknown): v is string => typeof v === 'string' && v.length <= 60;
function validerFigures(f: unknown): f is FiguresSaisies {
  if (typeof f !== 'object' || f === null) return false;
  const b = f as Record<string, unknown>;
  return (
    texte(b.coutParContact) &&
    texte(b.coutsFixes) &&
    texte(b.contactsParJour) &&
    Array.isArray(b.etapes) &&
    b.etapes.length <= 10 &&
    b.etapes.every(
      (e) =>
        typeof e === 'object' && e !== null && texte(e.min) && texte(e.probable) && texte(e.max),
    )
  );
}
const figuresValides = (f: unknown): f is Record<string, FiguresSaisies> =>
  typeof f === 'object' &&
  f !== null &&
  !Array.isArray(f) &&
  Object.values(f).every(validerFigures);
function textesValides(b: Record<string, unknown>): boolean {
  return (
    (b.base === 'contacts' || b.base === 'budget') &&
    texte(b.contacts) &&
    texte(b.budget) &&
    texte(b.etudiee) &&
    texte(b.graine) &&
    (b.margeParClient === null || texte(b.margeParClient))
  );
}
function validerSaisie(b: Record<string, unknown>): SaisieMethodes | undefined {
  if (!textesValides(b) || !figuresValides(b.figures)) return undefined;
  return {
    base: b.base as SaisieMethodes['base'],
    contacts: b.contacts as string,
    budget: b.budget as string,
    margeParClient: b.margeParClient as string | null,
    etudiee: b.etudiee as string,
    graine: b.graine as string,
    figures: b.figures,
  };
}
/** Accepts one company's stored comparator only if it has exactly the expected shape. */
export const validerSaisieMethodes = (s: unknown): SaisieMethodes | undefined =>
  typeof s === 'object' && s !== null ? validerSaisie(s as Record<string, unknown>) : undefined;

/** A figure of one method: `telephone-coutParContact`. */
type ChampFigure = `${string}-${'coutParContact' | 'coutsFixes' | 'contactsParJour'}`;
/** A stage's range (`telephone-etape-0`) or one of its bounds (`telephone-etape-0-min`). */
type ChampEtape = `${string}-etape-${number}` | `${string}-etape-${number}-${Borne}`;
type Borne = 'min' | 'probable' | 'max';
/** Error keys: the basis, the margin, or a figure of a method. */
export type ChampMethodes = 'contacts' | 'budget' | 'margeParClient' | ChampFigure | ChampEtape;
type Erreurs = Partial<Record<ChampMethodes, string>>;

/** The comparison when every field is valid, else a French error by field (`ChampMethodes`). */
export type EvaluationMethodes = ResultatChamps<
  {
    devise: Devise;
    margeParClient: number;
    methodes: Methode[];
    comparaison: ComparaisonMethode[];
  },
  ChampMethodes
>;

/** What is wrong with a figure that was read, if anything: negative, a rate above 100 %, a count not whole. */
function horsBornes(
  n: number,
  libelle: string,
  { entier, taux }: { entier: boolean; taux: boolean },
): string | undefined {
  const nom = majuscule(libelle);
  if (n < 0) return pasNegatif(libelle);
  if (taux && n > 1)
    return `${nom} ne peut pas dépasser 100\u202f%\u202f: une étape ne garde qu’une partie de la précédente.`;
  if (entier && !Number.isInteger(n))
    return `${nom} compte des personnes\u202f: saisissez un nombre entier, par exemple 12.`;
  return undefined;
}

/** Reads a figure; its French error goes to `erreurs` under `champ`. */
function lire(
  t: string,
  champ: ChampMethodes,
  libelle: string,
  erreurs: Erreurs,
  { entier = false, taux = false } = {},
): number | undefined {
  const r = taux
    ? parsePourcentage(t, { champ, libelle })
    : parseNombre(t, { champ, libelle, entier });
  const faute = r.ok ? horsBornes(r.valeur, libelle, { entier, taux }) : r.erreur.message;
  if (faute === undefined && r.ok) return r.valeur;
  erreurs[champ] = faute;
  return undefined;
}

const MOTS_BORNES: Record<Borne, string> = { min: 'minimum', probable: 'probable', max: 'maximum' };

/** Reads a stage's three rates, then checks minimum ≤ probable ≤ maximum. */
function lireEtape(
  nom: string,
  saisie: FiguresSaisies['etapes'][number],
  champ: `${string}-etape-${number}`,
  erreurs: Erreurs,
): Methode['etapes'][number] | undefined {
  const [min, probable, max] = (['min', 'probable', 'max'] as const).map((k) =>
    lire(saisie[k], `${champ}-${k}`, `le taux «\u00a0${nom}\u00a0» ${MOTS_BORNES[k]}`, erreurs, {
      taux: true,
    }),
  );
  if (min === undefined || probable === undefined || max === undefined) return undefined;
  if (min <= probable && probable <= max) return { nom, min, probable, max };
  erreurs[champ] = `Pour l’étape «\u00a0${nom}\u00a0», il faut minimum ≤ probable ≤ maximum.`;
  return undefined;
}

/** Reads one method's figures as typed (its defaults when none were typed for its stages). */
function lireMethode(m: Methode, saisie: SaisieMethodes, erreurs: Erreurs): Methode | undefined {
  const s =
    saisie.figures[m.id]?.etapes.length === m.etapes.length
      ? saisie.figures[m.id]
      : figuresParDefaut(m);
  const etapes = m.etapes.map((e, i) =>
    lireEtape(e.nom, s.etapes[i], `${m.id}-etape-${i}`, erreurs),
  );
  const coutParContact = lire(
    s.coutParContact,
    `${m.id}-coutParContact`,
    'le coût par contact',
    erreurs,
  );
  const coutsFixes = lire(s.coutsFixes, `${m.id}-coutsFixes`, 'les coûts fixes', erreurs);
  const contactsParJour = lire(
    s.contactsParJour,
    `${m.id}-contactsParJour`,
    'le nombre de contacts par jour',
    erreurs,
  );
  if (coutParContact === undefined || coutsFixes === undefined || contactsParJour === undefined)
    return undefined;
  const lues = etapes.filter((e) => e !== undefined);
  return lues.length === etapes.length
    ? { ...m, etapes: lues, coutParContact, coutsFixes, contactsParJour }
    : undefined;
}

/** Reads the basis of the comparison: a whole number of contacts, or a budget. */
function lireBase(
  saisie: SaisieMethodes,
  erreurs: Erreurs,
): { contacts: number } | { budget: number } | undefined {
  const champ = saisie.base;
  const contacts = champ === 'contacts';
  const n = lire(saisie[champ], champ, contacts ? 'le nombre de contacts' : 'le budget', erreurs, {
    entier: contacts,
  });
  return n === undefined
    ? undefined
    : ({ [champ]: n } as { contacts: number } | { budget: number });
}

/** Parses what was typed and compares the methods through src/lib; pure, unit-tested. */
export function evaluerMethodes({
  saisie,
  devise,
  margeOffre,
  coutVisite,
}: {
  saisie: SaisieMethodes;
  devise: Devise;
  margeOffre?: number;
  coutVisite?: number | null;
}): EvaluationMethodes {
  const erreurs: Erreurs = {};
  const lues = methodesEnDevise({ devise, coutVisite }).map((m) => lireMethode(m, saisie, erreurs));
  const base = lireBase(saisie, erreurs);
  const margeParClient =
    saisie.margeParClient === null && margeOffre !== undefined
      ? margeOffre
      : lire(
          saisie.margeParClient ?? margeParDefaut(devise),
          'margeParClient',
          'la marge par client',
          erreurs,
        );
  const methodes = lues.filter((m) => m !== undefined);
  if (methodes.length < lues.length || base === undefined || margeParClient === undefined)
    return { ok: false, erreurs };
  const r = comparerMethodes({ base, margeParClient, methodes });
  if (!r.ok) {
    const champ = r.erreur.champ === 'methodes' ? `${saisie.etudiee}-coutParContact` : saisie.base;
    return { ok: false, erreurs: { [champ]: r.erreur.message } };
  }
  return { ok: true, valeur: { devise, margeParClient, methodes, comparaison: r.valeur } };
}
