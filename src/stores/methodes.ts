/**
 * The method comparator of chapter 7 « Méthodes et moyens »: the basis of comparison, the margin
 * per client and each method's figures as the learner typed them (text, so « 1,5 » comes back as
 * « 1,5 » after a reload), per company, and their evaluation through src/lib/methodes.ts.
 *
 * Stored under `atelier:v1:methodes` as `{ [companyId]: SaisieMethodes }`: a company never
 * touched has no entry and shows the defaults in its currency. HOW IT CAN GO STALE: a method
 * removed from METHODES leaves its typed figures unused (ignored); a method whose number of
 * stages changes gets its defaults back (the typed stages no longer match); any other shape is
 * set aside and reported by `atomePersistant`. The method CHOSEN is not here: it is the
 * campaign's (`$travail.methode`, campagne.ts), read by the budget of chapter 9.
 */
import { atom, computed } from 'nanostores';
import { formatNombre, parseNombre, parsePourcentage } from '../lib/nombres.ts';
import { comparerMethodes, methodesEnDevise, METHODES, type ComparaisonMethode, type Methode } from '../lib/methodes.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $entreprise, $travail, retenirPlan } from './campagne.ts';

/** One method's figures as typed; rates in percent (« 1,5 »). */
export interface FiguresSaisies { coutParContact: string; coutsFixes: string; contactsParJour: string; etapes: { min: string; probable: string; max: string }[] }
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
    coutParContact: formatNombre(m.coutParContact, 2), coutsFixes: formatNombre(m.coutsFixes, 2), contactsParJour: formatNombre(m.contactsParJour, 2),
    etapes: m.etapes.map((e) => ({ min: texteTaux(e.min), probable: texteTaux(e.probable), max: texteTaux(e.max) })),
  };
}

/** The comparator's starting point for a company: 1 000 contacts, the figures of the course. */
export const saisieParDefaut = (devise: Devise): SaisieMethodes => ({
  base: 'contacts', contacts: '1 000', budget: devise === 'MAD' ? '100 000' : '10 000', margeParClient: null, etudiee: 'telephone', graine: '1', figures: {},
});
/** The default margin per client when the company's offer is unknown (the learner's own file). */
export const margeParDefaut = (devise: Devise) => (devise === 'MAD' ? '10 000' : '1 000');

const texte = (v: unknown): v is string => typeof v === 'string' && v.length <= 60;
function validerFigures(f: unknown): f is FiguresSaisies {
  if (typeof f !== 'object' || f === null) return false;
  const b = f as Record<string, unknown>;
  return texte(b.coutParContact) && texte(b.coutsFixes) && texte(b.contactsParJour) && Array.isArray(b.etapes) && b.etapes.length <= 10 &&
    b.etapes.every((e) => typeof e === 'object' && e !== null && texte(e.min) && texte(e.probable) && texte(e.max));
}
function validerSaisie(b: Record<string, unknown>): SaisieMethodes | undefined {
  if ((b.base !== 'contacts' && b.base !== 'budget') || !texte(b.contacts) || !texte(b.budget) || !texte(b.etudiee) || !texte(b.graine)) return undefined;
  if (b.margeParClient !== null && !texte(b.margeParClient)) return undefined;
  const f = b.figures;
  if (typeof f !== 'object' || f === null || Array.isArray(f) || !Object.values(f).every(validerFigures)) return undefined;
  return { base: b.base, contacts: b.contacts, budget: b.budget, margeParClient: b.margeParClient, etudiee: b.etudiee, graine: b.graine, figures: f as Record<string, FiguresSaisies> };
}
/** Accepts a stored value only if every company's entry has exactly the expected shape. */
export const validerSaisiesMethodes = validerParEntreprise((s) => (typeof s === 'object' && s !== null ? validerSaisie(s as Record<string, unknown>) : undefined));

/** Every company's comparator, persisted under `atelier:v1:methodes`. */
export const $saisiesMethodes = atomePersistant<Record<string, SaisieMethodes>>('methodes', {}, validerSaisiesMethodes);
/** The currency of the company studied. */
export const $devise = computed($entreprise, (e): Devise => e?.devise ?? 'EUR');
/** The comparator of the company studied. */
export const $saisieMethodes = computed([$saisiesMethodes, $entreprise], (t, e) => (e && t[e.id]) || saisieParDefaut(e?.devise ?? 'EUR'));

/** The margin of one average order of a company's offer (sales price − cost, computed at build time by the wrapper). */
export interface MargeOffre { offre: string; prix: number; cout: number; marge: number }
/** The offers of the sample companies, by id: plain data the island receives from its wrapper (no dataset fetch). */
export const $offres = atom<Readonly<Record<string, MargeOffre>>>({});
/** The offer margin of the company studied, or undefined (the learner's own file has no offer card). */
export const $margeOffre = computed([$offres, $entreprise], (o, e): MargeOffre | undefined => (e ? o[e.id] : undefined));

/** The evaluation: French errors by field (`contacts`, `telephone-coutParContact`, `telephone-etape-0-min`…), and the comparison when all is valid. */
export interface EvaluationMethodes {
  erreurs: Record<string, string>;
  resultat?: { devise: Devise; margeParClient: number; methodes: Methode[]; comparaison: ComparaisonMethode[] };
}

function lire(t: string, champ: string, libelle: string, erreurs: Record<string, string>, { entier = false, taux = false } = {}): number {
  const r = taux ? parsePourcentage(t, { champ, libelle }) : parseNombre(t, { champ, libelle });
  const nom = libelle.charAt(0).toUpperCase() + libelle.slice(1);
  if (!r.ok) erreurs[champ] = r.erreur.message;
  else if (r.valeur < 0) erreurs[champ] = `${nom} ne peut pas être négatif.`;
  else if (taux && r.valeur > 1) erreurs[champ] = `${nom} ne peut pas dépasser 100\u202f%\u202f: une étape ne garde qu’une partie de la précédente.`;
  else if (entier && !Number.isInteger(r.valeur)) erreurs[champ] = `${nom} compte des personnes\u202f: saisissez un nombre entier.`;
  else return r.valeur;
  return NaN;
}

/** Parses what was typed and compares the methods through src/lib; pure, unit-tested. */
export function evaluerMethodes({ saisie, devise, margeOffre }: { saisie: SaisieMethodes; devise: Devise; margeOffre?: number }): EvaluationMethodes {
  const erreurs: Record<string, string> = {};
  const methodes = methodesEnDevise({ devise }).map((m): Methode => {
    const defaut = figuresParDefaut(m);
    const s = saisie.figures[m.id]?.etapes.length === m.etapes.length ? saisie.figures[m.id] : defaut;
    const p = `${m.id}-`;
    const etapes = m.etapes.map((e, i) => {
      const nom = `le taux «\u00a0${e.nom}\u00a0»`;
      const [min, probable, max] = (['min', 'probable', 'max'] as const).map((k) =>
        lire(s.etapes[i][k], `${p}etape-${i}-${k}`, `${nom} ${k === 'min' ? 'minimum' : k === 'max' ? 'maximum' : 'probable'}`, erreurs, { taux: true }));
      if (Number.isFinite(min + probable + max) && !(min <= probable && probable <= max)) erreurs[`${p}etape-${i}`] = `Pour l’étape «\u00a0${e.nom}\u00a0», il faut minimum ≤ probable ≤ maximum.`;
      return { nom: e.nom, min, probable, max };
    });
    return {
      ...m, etapes,
      coutParContact: lire(s.coutParContact, `${p}coutParContact`, 'le coût par contact', erreurs),
      coutsFixes: lire(s.coutsFixes, `${p}coutsFixes`, 'les coûts fixes', erreurs),
      contactsParJour: lire(s.contactsParJour, `${p}contactsParJour`, 'le nombre de contacts par jour', erreurs),
    };
  });
  const base = saisie.base === 'contacts'
    ? { contacts: lire(saisie.contacts, 'contacts', 'le nombre de contacts', erreurs, { entier: true }) }
    : { budget: lire(saisie.budget, 'budget', 'le budget', erreurs) };
  const margeParClient = saisie.margeParClient === null && margeOffre !== undefined ? margeOffre
    : lire(saisie.margeParClient ?? margeParDefaut(devise), 'margeParClient', 'la marge par client', erreurs);
  if (Object.keys(erreurs).length > 0) return { erreurs };
  const r = comparerMethodes({ base, margeParClient, methodes });
  if (!r.ok) return { erreurs: { [r.erreur.champ === 'methodes' ? `${saisie.etudiee}-coutParContact` : saisie.base]: r.erreur.message } };
  return { erreurs, resultat: { devise, margeParClient, methodes, comparaison: r.valeur } };
}

/** The evaluation of the current company's comparator. */
export const $evaluationMethodes = computed([$saisieMethodes, $devise, $margeOffre], (saisie, devise, o) => evaluerMethodes({ saisie, devise, margeOffre: o?.marge }));

/** The method chosen for the campaign, with the learner's figures in the company's currency (for chapter 9), or null. */
export const $methodeChoisie = computed([$travail, $evaluationMethodes], (t, ev) => ev.resultat?.methodes.find((m) => m.id === t.methode) ?? null);
/** The chosen method's campaign as compared in chapter 7 (contacts, total cost…), for the budget of chapter 9, or null. */
export const $campagneMethodeChoisie = computed([$travail, $evaluationMethodes], (t, ev) => ev.resultat?.comparaison.find((l) => l.id === t.methode) ?? null);

// The budget of chapter 9 reads the chosen method's campaign from the company's plan, so that
// its page does not ship this store (in the browser only: the build renders the defaults).
if (typeof window !== 'undefined') {
  $campagneMethodeChoisie.subscribe((l) => { if (l) retenirPlan({ methode: { id: l.id, nom: l.nom, contacts: l.contacts, cout: l.coutTotal } }); });
}

function modifier(f: (s: SaisieMethodes) => SaisieMethodes): void {
  const e = $entreprise.get();
  if (e) $saisiesMethodes.set({ ...$saisiesMethodes.get(), [e.id]: f($saisieMethodes.get()) });
}
/** Changes the basis, the contacts, the budget, the margin or the method studied. */
export function modifierMethodes(changement: Partial<Pick<SaisieMethodes, 'base' | 'contacts' | 'budget' | 'margeParClient' | 'etudiee'>>): void {
  modifier((s) => ({ ...s, ...changement }));
}
/** Changes one typed figure of a method (`champ`: coutParContact…, or `etape-<i>-<min|probable|max>`). */
export function modifierFigure(id: string, champ: string, valeur: string): void {
  const m = METHODES.find((x) => x.id === id);
  if (!m) return;
  modifier((s) => {
    const courant = s.figures[id]?.etapes.length === m.etapes.length ? s.figures[id] : figuresParDefaut(methodesEnDevise({ devise: $devise.get(), methodes: [m] })[0]);
    const etape = /^etape-(\d+)-(min|probable|max)$/.exec(champ);
    const nouveau = etape
      ? { ...courant, etapes: courant.etapes.map((e, i) => (i === Number(etape[1]) ? { ...e, [etape[2]]: valeur } : e)) }
      : { ...courant, [champ]: valeur };
    return { ...s, figures: { ...s.figures, [id]: nouveau } };
  });
}
/** Gives a method back its default figures. */
export function reinitialiserFigures(id: string): void {
  modifier((s) => { const { [id]: _, ...autres } = s.figures; return { ...s, figures: autres }; });
}
/** « Relancer 100 campagnes »: the next seed. */
export function relancerCampagnes(): void {
  modifier((s) => { const n = Number.parseInt(s.graine, 10); return { ...s, graine: String(Number.isSafeInteger(n) && n > 0 ? n + 1 : 1) }; });
}
