/**
 * The method comparator of chapter 7 « Méthodes et moyens »: the basis of comparison, the margin
 * per client and each method's figures as the learner typed them (text, so « 1,5 » comes back as
 * « 1,5 » after a reload), per company, and their evaluation through src/lib/methodes/methodes.ts.
 *
 * Stored under `atelier:v1:methodes` as `{ [companyId]: SaisieMethodes }`: a company never
 * touched has no entry and shows the defaults in its currency. HOW IT CAN GO STALE: a method
 * removed from METHODES leaves its typed figures unused (ignored); a method whose number of
 * stages changes gets its defaults back (the typed stages no longer match); any other shape is
 * set aside and reported by `atomePersistant`. The method CHOSEN is not here: it is the
 * campaign's (`$travail.methode`, campagne.ts), read by the budget of chapter 9, with the
 * selection it was chosen on (`$travail.baseMethode`): `$revueMethode` says when that changed.
 */
import type { Remuneration } from '../lib/marges/remuneration.ts';
import { computed } from 'nanostores';
import type { Devise } from '../lib/campagne/contexte.ts';
import { coutDUneVisite } from '../lib/campagne/visite.ts';
import { margeUnitaireHT } from '../lib/marges/marge-unitaire.ts';
import { methodesEnDevise, METHODES } from '../lib/methodes/methodes.ts';
import { atomePersistant, validerParEntreprise } from './persistance.ts';
import { $donnees, $entreprise, $selection, $travail, choisirMethode } from './campagne.ts';
import { empreinteSelection, revueMethode } from '../lib/campagne/base-methode.ts';
import {
  evaluerMethodes,
  figuresParDefaut,
  saisieParDefaut,
  validerSaisieMethodes,
  type SaisieMethodes,
} from '../lib/campagne/methodes-saisi.ts';

export * from '../lib/campagne/methodes-saisi.ts';

/** Accepts a stored value only if every company's entry has exactly the expected shape. */
export const validerSaisiesMethodes = validerParEntreprise(validerSaisieMethodes);

/** Every company's comparator, persisted under `atelier:v1:methodes`. */
export const $saisiesMethodes = atomePersistant<Record<string, SaisieMethodes>>(
  'methodes',
  {},
  validerSaisiesMethodes,
  { libelle: 'des méthodes de prospection (chapitre 7)' },
);
/** The currency of the company studied. */
export const $devise = computed($entreprise, (e): Devise => e?.devise ?? 'EUR');
/** The comparator of the company studied. */
export const $saisieMethodes = computed(
  [$saisiesMethodes, $entreprise],
  (t, e) => (e && t[e.id]) || saisieParDefaut(e?.devise ?? 'EUR'),
);

/** The margin of one average order of a company's offer: its average sales price and cost, HT. */
export interface MargeOffre {
  offre: string;
  prix: number;
  cout: number;
  marge: number;
  /** What one sale is (« commande », « contrat ») and how the company earns (its words: lib/marges/remuneration.ts). */
  unite: string;
  remuneration: Remuneration;
}
/** The offer margin of the company studied (marge unitaire, src/lib/marges/marge-unitaire.ts: the card's figures are checked by its schema), or undefined: the learner's own file has no offer card. */
export const $margeOffre = computed($entreprise, (e): MargeOffre | undefined => {
  const o = e?.fiche?.offre;
  return (
    o && {
      offre: o.nom,
      prix: o.prixMoyenHT,
      cout: o.coutMoyenHT,
      marge: margeUnitaireHT({ prixVenteHT: o.prixMoyenHT, coutAchatHT: o.coutMoyenHT }),
      unite: o.unite,
      remuneration: o.remuneration ?? 'marge',
    }
  );
});

/** What one visit costs the company studied (its card's figures, chapter 7's calculation), or null: the field-visit method's cost per contact. */
export const $coutVisite = computed($entreprise, (e) => {
  const f = e?.fiche?.forceDeVente;
  return f ? coutDUneVisite(f) : null;
});

/** The evaluation of the current company's comparator. */
export const $evaluationMethodes = computed(
  [$saisieMethodes, $devise, $margeOffre, $coutVisite],
  (saisie, devise, o, coutVisite) =>
    evaluerMethodes({ saisie, devise, margeOffre: o?.marge, coutVisite }),
);

/** The chosen method's campaign as compared in chapter 7 (contacts, total cost…), for the budget of chapter 9 and the plan, or null. Computed, never copied. */
export const $campagneMethodeChoisie = computed(
  [$travail, $evaluationMethodes],
  (t, ev) => (ev.ok && ev.valeur.comparaison.find((l) => l.id === t.methode)) || null,
);

/** The selection of chapter 6 as compared with the method's record, or null while the rows load. */
export const $empreinteSelection = computed([$donnees, $selection], (d, selection) =>
  d.etat === 'pret' ? empreinteSelection(selection.map((p) => p.id)) : null,
);
/** Why the chosen method is « à revoir » (the selection changed since it was chosen), or null. */
export const $revueMethode = computed([$travail, $empreinteSelection], (t, selection) =>
  t.methode ? revueMethode({ base: t.baseMethode, selection }) : null,
);

/**
 * « Choisir cette méthode » for `contacts` contacts, recording the selection it is chosen on, so
 * that a later selection puts it « à revoir » (D11). No selection (or rows still loading): nothing
 * is recorded, the method rests on none.
 */
export function retenirMethode(methode: string, contacts: number): void {
  const selection = $empreinteSelection.get();
  choisirMethode(methode, selection?.prospects ? { ...selection, contacts } : undefined);
}

function modifier(f: (s: SaisieMethodes) => SaisieMethodes): void {
  const e = $entreprise.get();
  if (e) $saisiesMethodes.set({ ...$saisiesMethodes.get(), [e.id]: f($saisieMethodes.get()) });
}
/** Changes the basis, the contacts, the budget, the margin or the method studied. */
export function modifierMethodes(
  changement: Partial<
    Pick<SaisieMethodes, 'base' | 'contacts' | 'budget' | 'margeParClient' | 'etudiee'>
  >,
): void {
  modifier((s) => ({ ...s, ...changement }));
}
/** Changes one typed figure of a method (`champ`: coutParContact…, or `etape-<i>-<min|probable|max>`). */
export function modifierFigure(id: string, champ: string, valeur: string): void {
  const m = METHODES.find((x) => x.id === id);
  if (!m) return;
  modifier((s) => {
    const courant =
      s.figures[id]?.etapes.length === m.etapes.length
        ? s.figures[id]
        : figuresParDefaut(
            methodesEnDevise({
              devise: $devise.get(),
              methodes: [m],
              coutVisite: $coutVisite.get(),
            })[0],
          );
    const etape = /^etape-(\d+)-(min|probable|max)$/.exec(champ);
    const nouveau = etape
      ? {
          ...courant,
          etapes: courant.etapes.map((e, i) =>
            i === Number(etape[1]) ? { ...e, [etape[2]]: valeur } : e,
          ),
        }
      : { ...courant, [champ]: valeur };
    return { ...s, figures: { ...s.figures, [id]: nouveau } };
  });
}
/** Gives a method back its default figures. */
export function reinitialiserFigures(id: string): void {
  modifier((s) => {
    const { [id]: _, ...autres } = s.figures;
    return { ...s, figures: autres };
  });
}
/** « Relancer 100 campagnes »: the next seed. */
export function relancerCampagnes(): void {
  modifier((s) => {
    const n = Number.parseInt(s.graine, 10);
    return { ...s, graine: String(Number.isSafeInteger(n) && n > 0 ? n + 1 : 1) };
  });
}
