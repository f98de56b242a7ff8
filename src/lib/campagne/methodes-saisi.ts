/**
 * The method comparator of chapter 7 as the learner typed it (basis, contacts or budget, margin
 * per client, each method's figures, all as text), its check on read, and its evaluation through
 * src/lib/methodes/methodes.ts (moved here from the store: a store holds no formula).
 */
import { formatNombre, parseNombre, parsePourcentage } from '../commun/nombres.ts';
import {
  comparerMethodes,
  methodesEnDevise,
  type ComparaisonMethode,
  type Methode,
} from '../methodes/methodes.ts';

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
function validerSaisie(b: Record<string, unknown>): SaisieMethodes | undefined {
  if (
    (b.base !== 'contacts' && b.base !== 'budget') ||
    !texte(b.contacts) ||
    !texte(b.budget) ||
    !texte(b.etudiee) ||
    !texte(b.graine)
  )
    return undefined;
  if (b.margeParClient !== null && !texte(b.margeParClient)) return undefined;
  const f = b.figures;
  if (
    typeof f !== 'object' ||
    f === null ||
    Array.isArray(f) ||
    !Object.values(f).every(validerFigures)
  )
    return undefined;
  return {
    base: b.base,
    contacts: b.contacts,
    budget: b.budget,
    margeParClient: b.margeParClient,
    etudiee: b.etudiee,
    graine: b.graine,
    figures: f as Record<string, FiguresSaisies>,
  };
}
/** Accepts one company's stored comparator only if it has exactly the expected shape. */
export const validerSaisieMethodes = (s: unknown): SaisieMethodes | undefined =>
  typeof s === 'object' && s !== null ? validerSaisie(s as Record<string, unknown>) : undefined;

/** The evaluation: French errors by field (`contacts`, `telephone-coutParContact`, `telephone-etape-0-min`…), and the comparison when all is valid. */
export interface EvaluationMethodes {
  erreurs: Record<string, string>;
  resultat?: {
    devise: Devise;
    margeParClient: number;
    methodes: Methode[];
    comparaison: ComparaisonMethode[];
  };
}

function lire(
  t: string,
  champ: string,
  libelle: string,
  erreurs: Record<string, string>,
  { entier = false, taux = false } = {},
): number {
  const r = taux
    ? parsePourcentage(t, { champ, libelle })
    : parseNombre(t, { champ, libelle, entier });
  const nom = libelle.charAt(0).toUpperCase() + libelle.slice(1);
  if (!r.ok) erreurs[champ] = r.erreur.message;
  else if (r.valeur < 0) erreurs[champ] = `${nom} ne peut pas être négatif.`;
  else if (taux && r.valeur > 1)
    erreurs[champ] =
      `${nom} ne peut pas dépasser 100\u202f%\u202f: une étape ne garde qu’une partie de la précédente.`;
  else if (entier && !Number.isInteger(r.valeur))
    erreurs[champ] =
      `${nom} compte des personnes\u202f: saisissez un nombre entier, par exemple 12.`;
  else return r.valeur;
  return NaN;
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
  const erreurs: Record<string, string> = {};
  const methodes = methodesEnDevise({ devise, coutVisite }).map((m): Methode => {
    const defaut = figuresParDefaut(m);
    const s =
      saisie.figures[m.id]?.etapes.length === m.etapes.length ? saisie.figures[m.id] : defaut;
    const p = `${m.id}-`;
    const etapes = m.etapes.map((e, i) => {
      const nom = `le taux «\u00a0${e.nom}\u00a0»`;
      const [min, probable, max] = (['min', 'probable', 'max'] as const).map((k) =>
        lire(
          s.etapes[i][k],
          `${p}etape-${i}-${k}`,
          `${nom} ${k === 'min' ? 'minimum' : k === 'max' ? 'maximum' : 'probable'}`,
          erreurs,
          { taux: true },
        ),
      );
      if (Number.isFinite(min + probable + max) && !(min <= probable && probable <= max))
        erreurs[`${p}etape-${i}`] =
          `Pour l’étape «\u00a0${e.nom}\u00a0», il faut minimum ≤ probable ≤ maximum.`;
      return { nom: e.nom, min, probable, max };
    });
    return {
      ...m,
      etapes,
      coutParContact: lire(s.coutParContact, `${p}coutParContact`, 'le coût par contact', erreurs),
      coutsFixes: lire(s.coutsFixes, `${p}coutsFixes`, 'les coûts fixes', erreurs),
      contactsParJour: lire(
        s.contactsParJour,
        `${p}contactsParJour`,
        'le nombre de contacts par jour',
        erreurs,
      ),
    };
  });
  const base =
    saisie.base === 'contacts'
      ? {
          contacts: lire(saisie.contacts, 'contacts', 'le nombre de contacts', erreurs, {
            entier: true,
          }),
        }
      : { budget: lire(saisie.budget, 'budget', 'le budget', erreurs) };
  const margeParClient =
    saisie.margeParClient === null && margeOffre !== undefined
      ? margeOffre
      : lire(
          saisie.margeParClient ?? margeParDefaut(devise),
          'margeParClient',
          'la marge par client',
          erreurs,
        );
  if (Object.keys(erreurs).length > 0) return { erreurs };
  const r = comparerMethodes({ base, margeParClient, methodes });
  if (!r.ok)
    return {
      erreurs: {
        [r.erreur.champ === 'methodes' ? `${saisie.etudiee}-coutParContact` : saisie.base]:
          r.erreur.message,
      },
    };
  return { erreurs, resultat: { devise, margeParClient, methodes, comparaison: r.valeur } };
}
