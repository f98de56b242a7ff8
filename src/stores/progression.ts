/**
 * The learner's progress: every attempt (exercise id, version code, right or not, date),
 * kept in the browser under `atelier:v1:progression`, validated on every read.
 *
 * HOW STORED PROGRESS GOES STALE WHEN THE COURSE CHANGES, AND WHAT THIS CODE DOES
 * - Exercise added: nothing stored for it; the bilan shows it « non commencé ».
 * - Exercise removed: its attempts stay in storage and in exports (a trainer may still want
 *   them, and the exercise may come back), but bilan.ts only counts ids the course has, and
 *   reports the rest as `ignorees`.
 * - Exercise renamed (id changed): add `ancienId: nouvelId` to src/exercises/alias.ts; ids are
 *   rewritten here on read and on import, and the bilan resolves them too. Never reuse an id
 *   for a different question: old attempts would be credited to it.
 * - Generator changed (new numbers for the same code, a new question): the attempts remain
 *   true records of what was answered; codes do not promise identical numbers across site
 *   versions. If the skill practised changes, give the exercise a new id instead.
 * - Static question edited (options reordered, wording): attempts are per exercise, not per
 *   option, so they stay valid.
 * - Storage format changed: bump the key (`atelier:v2:progression`) and migrate from v1 on
 *   first read; a value this code cannot validate (hand-edited, truncated, from a newer
 *   format) is copied under `atelier:v1:progression:corrompu:<date>`, reported through
 *   `$progressionErreur`, and replaced by an empty progress. Never a crash.
 *
 * Validation is src/schemas/progression.ts (zod/mini: see there why not `astro/zod`).
 */
import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { resoudreAlias } from '../exercises/alias.ts';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';
import {
  ExportProgressionSchema,
  FORMAT_EXPORT,
  LONGUEUR_ERREUR,
  ProgressionSchema,
  TentativeSchema,
  type Progression,
  type Tentative,
} from '../schemas/progression.ts';
import { lireExportJson } from '../lib/commun/export-json.ts';
import { signalerStockageCorrompu } from './persistance.ts';

export { FORMAT_EXPORT, LONGUEUR_ERREUR, type Progression };

/** Storage key of the progress (versioned: see the note above). */
export const CLE_PROGRESSION = 'atelier:v1:progression';
/** Attempts kept at most; the oldest go first (localStorage holds about 5 MB per site). */
export const MAX_TENTATIVES = 5000;
/** Largest import accepted, in characters. */
const MAX_IMPORT = 2_000_000;

const vide = (): Progression => ({ version: 1, tentatives: [] });

/** Oldest first, renames resolved, at most MAX_TENTATIVES (the latest). */
function ranger(tentatives: readonly Tentative[]): Tentative[] {
  const triees = tentatives
    .map((t) => ({ ...t, exerciceId: resoudreAlias(t.exerciceId) }))
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return triees.slice(Math.max(0, triees.length - MAX_TENTATIVES));
}

/** Parses and validates a stored value (pure): the progress, or a French reason it is unreadable. */
export function lireProgression(texte: string | undefined): Resultat<Progression> {
  if (texte === undefined || texte === '') return ok(vide());
  let brut: unknown;
  try {
    brut = JSON.parse(texte);
  } catch {
    return echec('La progression enregistrée n’est pas du JSON lisible.');
  }
  const lu = ProgressionSchema.safeParse(brut);
  if (!lu.success) return echec('La progression enregistrée ne respecte pas le format attendu.');
  return ok({ version: 1, tentatives: ranger(lu.data.tentatives) });
}

/** Set when the stored progress was unreadable and had to be reset; French, for the UI. */
export const $progressionErreur = atom<string | undefined>(undefined);

/** Writes a side key through the persistent engine (localStorage, or the fake one in tests). */
function ecrireCle(cle: string, valeur: string): boolean {
  try {
    persistentAtom<string | undefined>(cle, undefined, { listen: false }).set(valeur);
    return true;
  } catch {
    return false; // quota exceeded or storage disabled: reporting matters more than the copy
  }
}

let aReecrire = false;

/** The persistent decoder: a value that fails validation is set aside and reported, never thrown. */
function decoder(texte: string): Progression {
  const lu = lireProgression(texte);
  if (lu.ok) return lu.valeur;
  const cle = `${CLE_PROGRESSION}:corrompu:${new Date().toISOString()}`;
  const copie = ecrireCle(cle, texte);
  $progressionErreur.set(
    `${lu.erreur.message} Elle a été remplacée par une progression vide` +
      (copie
        ? `\u202f; une copie de l’ancienne valeur reste dans ce navigateur sous «\u00a0${cle}\u00a0».`
        : '.'),
  );
  signalerStockageCorrompu('progression', {
    libelle: 'de votre progression dans les exercices',
  }); // the site-wide notice (AvisStockage) too
  aReecrire = true;
  return vide();
}

/** All attempts of the learner, persisted and validated on read. */
export const $progression = persistentAtom<Progression>(CLE_PROGRESSION, vide(), {
  encode: JSON.stringify,
  decode: decoder,
});

/** Replaces the progress, reporting (not throwing) a storage that refuses to write. */
function remplacer(progression: Progression): boolean {
  try {
    $progression.set(progression);
    aReecrire = false;
    return true;
  } catch {
    $progressionErreur.set(
      'Le navigateur refuse d’enregistrer la progression (stockage plein ou désactivé).',
    );
    return false;
  }
}

// A corrupted value read at start-up is replaced in storage too, so it is set aside only once.
if (aReecrire) remplacer($progression.get());

/** Re-reads the stored progress as a page load does (after another tab or a test changed it). */
export function rechargerProgression(): Progression {
  const texte = persistentAtom<string | undefined>(CLE_PROGRESSION, undefined, {
    listen: false,
  }).get();
  remplacer(texte === undefined ? vide() : decoder(texte));
  return $progression.get();
}

/**
 * Records one attempt (the UI does not record `incompris` answers). The attempt is checked
 * against the stored schema first: one malformed record would otherwise make the whole
 * stored progress fail validation at the next load and be reset.
 */
export function enregistrerTentative({
  exerciceId,
  code = '',
  correct,
  date = new Date().toISOString(),
  erreur,
}: {
  exerciceId: string;
  code?: string;
  correct: boolean;
  date?: string;
  /** The anticipated mistake recognised in a wrong answer (its feedback), for the trainer's class summary. */
  erreur?: string;
}): Resultat<Tentative> {
  const lu = TentativeSchema.safeParse({
    exerciceId,
    code,
    correct,
    date,
    ...(erreur && !correct ? { erreur: erreur.slice(0, LONGUEUR_ERREUR) } : {}),
  });
  if (!lu.success) return echec('Cet essai est mal formé et n’a pas été enregistré.', 'tentative');
  const tentatives = [...$progression.get().tentatives, lu.data];
  if (
    !remplacer({
      version: 1,
      tentatives: tentatives.slice(Math.max(0, tentatives.length - MAX_TENTATIVES)),
    })
  ) {
    return echec('Le navigateur refuse d’enregistrer la progression.');
  }
  return ok(lu.data);
}

/** Deletes every attempt (copies set aside after a corruption are kept). */
export function effacerProgression(): void {
  remplacer(vide());
  $progressionErreur.set(undefined);
}

/**
 * The progress as a JSON file text, tagged with its format and version; with the learner's name
 * and class when given (for the trainer's /classe/ page) and the self-assessed production grids
 * (levels by criterion) when there are some. Older readers ignore the extra fields.
 */
export function exporterProgression({
  maintenant = new Date(),
  eleve,
  productions,
}: {
  maintenant?: Date;
  eleve?: { nom: string; classe: string };
  productions?: Record<string, { niveaux: Record<string, number> }>;
} = {}): string {
  const { tentatives } = $progression.get();
  const avecEleve = eleve && (eleve.nom || eleve.classe) ? { eleve } : {};
  const avecProductions = productions && Object.keys(productions).length > 0 ? { productions } : {};
  return JSON.stringify(
    {
      format: FORMAT_EXPORT,
      version: 1,
      exporteLe: maintenant.toISOString(),
      ...avecEleve,
      ...avecProductions,
      tentatives,
    },
    null,
    2,
  );
}

/**
 * Merges an exported file into the current progress. Merging rule (issue 15): an attempt dated
 * after tomorrow is refused (no one answers in the future; a file of such dates would push real
 * work out); an attempt present in both (same exercise, code, date and verdict) is counted once;
 * the learner's own attempts are all kept first, and the file's fill the room left under
 * MAX_TENTATIVES, its latest first; the result says how many were left out and why.
 * Nothing is changed when the file is refused.
 */
export function importerProgression(
  texte: string,
  { maintenant = new Date() }: { maintenant?: Date } = {},
): Resultat<{ ajoutees: number; total: number; futures: number; horsPlace: number }> {
  const entete = lireExportJson(texte, {
    format: FORMAT_EXPORT,
    nature: 'une progression exportée',
    tailleMax: MAX_IMPORT,
  });
  if (!entete.ok) return entete;
  const brut = entete.valeur;
  const lu = ExportProgressionSchema.safeParse(brut);
  if (!lu.success) {
    const rang = lu.error.issues[0]?.path?.[1];
    const ou = typeof rang === 'number' ? ` (essai n°\u00a0${rang + 1})` : '';
    return echec(
      `Le fichier contient des données invalides${ou}\u202f; rien n’a été importé.`,
      'fichier',
    );
  }
  const cle = (t: Tentative) =>
    `${resoudreAlias(t.exerciceId)}|${t.code}|${Date.parse(t.date)}|${t.correct}`;
  const actuelles = $progression.get().tentatives;
  const vues = new Set(actuelles.map(cle));
  const limite = maintenant.getTime() + 86_400_000;
  const datees = lu.data.tentatives.filter((t) => Date.parse(t.date) <= limite);
  const candidates = datees.filter((t) => !vues.has(cle(t)) && (vues.add(cle(t)), true));
  const place = Math.max(0, MAX_TENTATIVES - actuelles.length);
  const nouvelles = ranger(candidates).slice(Math.max(0, candidates.length - place));
  const fusion = ranger([...actuelles, ...nouvelles]);
  if (!remplacer({ version: 1, tentatives: fusion }))
    return echec('Le navigateur refuse d’enregistrer la progression.');
  return ok({
    ajoutees: nouvelles.length,
    total: fusion.length,
    futures: lu.data.tentatives.length - datees.length,
    horsPlace: candidates.length - nouvelles.length,
  });
}
