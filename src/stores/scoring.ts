/**
 * The scoring of chapter 6 « Sélectionner les prospects »: the grid the learner edits, the cleaned
 * file of chapter 5 scored and ranked with it, the backtest on the past campaign, and the
 * selection handed to chapter 10.
 *
 * Where the grid lives: the last VALID grid is the company's work, kept by the campaign store
 * (`$travail.grille`, persisted under `atelier:v1:travail`; null = the company's default grid).
 * What is being typed stays in memory only (`$brouillon`), tied to the company it was typed for:
 * a field in error never reaches storage, so a reload brings back the last valid grid, and a
 * company switch shows that company's own grid.
 * HOW IT CAN GO STALE: a stored grid naming a field the file no longer has scores 0 on it (the
 * row stays visible and editable); travail.ts refuses a malformed grid and resets the work.
 */
import { atom, computed } from 'nanostores';
import {
  $entreprise,
  $fichierNettoye,
  $travail,
  definirGrille,
  selectionnerProspects,
} from './campagne.ts';
import { scorerProspects, backtest } from '../lib/scoring/scoring.ts';
import { grilleParDefaut } from '../lib/scoring/exemples.ts';
import {
  CHAMPS_SCORING,
  lireGrille,
  nouvelIdLigne,
  saisieDepuisGrille,
  type GrilleLue,
  type LigneGrille,
  type SaisieGrille,
} from '../lib/scoring/grille.ts';
import {
  histogrammeScores,
  idsSelection,
  reussiteParTemperature,
  type ModeSelection,
} from '../lib/scoring/analyse.ts';
import { erreursDe, type Resultat } from '../lib/commun/resultat.ts';

const defauts = new Map<string, GrilleLue>();
/** The default grid of a company, built once (a new object each time would re-score for nothing). */
function defautDe(id: string): GrilleLue {
  let g = defauts.get(id);
  if (!g) {
    g = grilleParDefaut({ entrepriseId: id });
    defauts.set(id, g);
  }
  return g;
}

/** The grid the ranking uses: the learner's last valid grid, or the company's default. */
// A grid stored before oppositions became exclusions may still give them points: that criterion is dropped.
export const $grilleActive = computed([$travail, $entreprise], (t, e): GrilleLue =>
  t.grille
    ? { ...t.grille, criteres: t.grille.criteres.filter((c) => c.champ !== 'opposition') }
    : defautDe(e?.id ?? ''),
);

/** What is being typed, and for which company. */
const $brouillon = atom<{ id: string; saisie: SaisieGrille } | null>(null);

/** The grid as shown in the form: the draft of this company, or its stored grid written back as rows. */
export const $saisieGrille = computed(
  [$brouillon, $grilleActive, $entreprise],
  (b, g, e): SaisieGrille => (b && b.id === e?.id ? b.saisie : saisieDepuisGrille({ grille: g })),
);

/** French errors of the typed grid, by field key. */
export const $erreursGrille = computed($saisieGrille, (s) => erreursDe(lireGrille({ saisie: s })));

/** The cleaned file scored and ranked with the active grid, best first. */
export const $classement = computed([$fichierNettoye, $grilleActive], (prospects, g) =>
  scorerProspects({ prospects, grille: g.criteres, seuils: g.seuils }),
);

/** Ids of the prospects who signed during the past campaign. */
export const $convertis = computed(
  $fichierNettoye,
  (ps) => new Set(ps.filter((p) => p.converti).map((p) => p.id)),
);

const liste = (r: Resultat<{ id: string; score: number }[]>) => (r.ok ? r.valeur : []);
/** How the grid would have ranked the past campaign's converters (top 20 %). */
export const $backtest = computed([$classement, $convertis], (c, conv) =>
  c.ok ? backtest({ classement: c.valeur, convertis: conv }) : c,
);
/** Distribution of the scores, converters apart. */
export const $histogramme = computed([$classement, $convertis], (c, conv) =>
  histogrammeScores({ classement: liste(c), convertis: conv }),
);
/** Past success rate of chauds, tièdes and froids. */
export const $reussite = computed([$classement, $convertis], (c, conv) =>
  reussiteParTemperature({ classement: c.ok ? c.valeur : [], convertis: conv }),
);

/** Records a typed grid: kept as a draft, and stored as the company's grid when every field is valid. */
function saisir(saisie: SaisieGrille): void {
  const id = $entreprise.get()?.id;
  if (!id) return;
  $brouillon.set({ id, saisie });
  const lue = lireGrille({ saisie });
  if (lue.ok && JSON.stringify(lue.valeur) !== JSON.stringify($grilleActive.get()))
    definirGrille(lue.valeur);
}

/** Changes one part of a criterion row; a new field gets a condition it accepts. */
export function modifierCritere(id: string, patch: Partial<Omit<LigneGrille, 'id'>>): void {
  const s = $saisieGrille.get();
  saisir({
    ...s,
    lignes: s.lignes.map((l) => {
      if (l.id !== id) return l;
      const n = { ...l, ...patch };
      const conditions = CHAMPS_SCORING[n.champ]?.conditions ?? [];
      return conditions.includes(n.condition) ? n : { ...n, condition: conditions[0] ?? 'egal' };
    }),
  });
}
/** Adds a criterion row (engagement on clicks, the learner changes it). */
export function ajouterCritere(): void {
  const s = $saisieGrille.get();
  saisir({
    ...s,
    lignes: [
      ...s.lignes,
      {
        id: nouvelIdLigne({ lignes: s.lignes }),
        champ: 'secteur',
        condition: 'egal',
        valeur: '',
        min: '',
        max: '',
        points: '10',
        plafond: '',
      },
    ],
  });
}
/** Removes a criterion row. */
export function supprimerCritere(id: string): void {
  const s = $saisieGrille.get();
  saisir({ ...s, lignes: s.lignes.filter((l) => l.id !== id) });
}
/** Changes the chaud or tiède threshold as typed. */
export function modifierSeuil(patch: Partial<Pick<SaisieGrille, 'chaud' | 'tiede'>>): void {
  saisir({ ...$saisieGrille.get(), ...patch });
}
/** « Revenir à la grille par défaut ». */
export function reinitialiserGrille(): void {
  $brouillon.set(null);
  definirGrille(null);
}
/** Selects the first N, the chauds, or the chauds and tièdes of the ranking for chapter 10. */
export function selectionner(choix: ModeSelection): Resultat<string[]> {
  const c = $classement.get();
  if (!c.ok) return c;
  const r = idsSelection({ classement: c.valeur, choix });
  if (r.ok) selectionnerProspects(r.valeur);
  return r;
}
