/**
 * Cleaning a prospect file as a log of operations over the original (course chapter 5: the file is
 * « mis à jour » — errors fixed, duplicates merged, dead contacts removed). The original is never
 * changed: the cleaned file is the original with the log replayed, so « Réinitialiser » is an
 * empty log and « Annuler » drops the last operation.
 * Conventions:
 * - an operation that no longer applies (its row is gone: deleted earlier, merged away, or the
 *   file changed since) is skipped and reported in `ignorees`, never an error;
 * - merging keeps the chosen row and fills its EMPTY fields from the others, in file order; what
 *   a contact asked for is never lost: opposition and Bloctel are kept if any row has them, and
 *   e-mail consent only if every row has it (in doubt, no consent: RGPD); engagement counts add up
 *   (the same person's opens were split across rows); the collection date is the earliest, the
 *   last contact and refusal dates the latest.
 */
import type { ChampProspect, Prospect } from '../commun/prospect.ts';
import { CHAMPS_PROSPECT } from '../commun/prospect.ts';
import { estVide } from '../commun/texte.ts';

/** A value written by a « modifier » operation; `null` empties the field. */
export type ValeurChamp = string | number | boolean | null;

/** One cleaning operation. */
export type OperationNettoyage =
  | { type: 'modifier'; id: string; champ: ChampProspect; valeur: ValeurChamp }
  | { type: 'supprimer'; ids: string[] }
  | { type: 'fusionner'; ids: string[]; garder: string };

/** Fields a prospect may lack: emptying them removes them; emptying another text field leaves « ». */
export const CHAMPS_FACULTATIFS: readonly ChampProspect[] = [
  'raisonSociale',
  'nom',
  'prenom',
  'taille',
  'chiffreAffaires',
  'age',
  'dateRefus',
];

/** How two known values of one field merge: the kept row's value, the other row's. */
type Regle<T> = (actuelle: T, autre: T) => T;
const auMoinsUne: Regle<boolean> = (a, v) => a === true || v === true;
const toutes: Regle<boolean> = (a, v) => a === true && v === true;
const somme: Regle<number> = (a, v) => (Number(a) || 0) + (Number(v) || 0);
const plusAncienne = <T extends string | undefined>(a: T, v: T): T =>
  estVide(a) || String(v) < String(a) ? v : a;
const plusRecente = <T extends string | undefined>(a: T, v: T): T =>
  estVide(a) || String(v) > String(a) ? v : a;
/** Every other field: the kept row's value when it has one, else the first known in file order. */
const premiereConnue = <T>(a: T, v: T): T => (estVide(a) ? v : a);

/** The merge rule of each field that does not simply keep the first known value. */
const REGLES_FUSION: { [C in ChampProspect]?: Regle<Prospect[C]> } = {
  // What a contact asked for is never lost.
  opposition: auMoinsUne,
  bloctel: auMoinsUne,
  demandeDevis: auMoinsUne,
  converti: auMoinsUne,
  // In doubt, no consent (RGPD).
  consentementEmail: toutes,
  // The same person's opens were split across rows.
  ouvertures: somme,
  clics: somme,
  visitesSite: somme,
  dateCollecte: plusAncienne,
  dateDernierContact: plusRecente,
  dateRefus: plusRecente,
};

/** Merges one known value of another row into the kept row, by the field's rule. */
function fusionnerChamp<C extends ChampProspect>(r: Prospect, champ: C, v: Prospect[C]): void {
  const regle: Regle<Prospect[C]> = REGLES_FUSION[champ] ?? premiereConnue;
  r[champ] = regle(r[champ], v);
}

/** The merge of several rows that are the same prospect, into the kept one (see conventions above). */
export function fusionner({
  garder,
  autres,
}: {
  garder: Prospect;
  autres: readonly Prospect[];
}): Prospect {
  const r: Prospect = { ...garder };
  for (const p of autres)
    for (const champ of CHAMPS_PROSPECT)
      if (champ !== 'id' && !estVide(p[champ])) fusionnerChamp(r, champ, p[champ]);
  return r;
}

/** A row with one field written by a « modifier » operation (`null` empties it, see CHAMPS_FACULTATIFS). */
function modifierChamp(p: Prospect, champ: ChampProspect, valeur: ValeurChamp): Prospect {
  // The log stores the value as typed: the row keeps it as is, whatever the field's type, as
  // the original file would have (the quality report is what checks it).
  const r: Record<string, unknown> = { ...p };
  if (valeur !== null) r[champ] = valeur;
  else if (CHAMPS_FACULTATIFS.includes(champ)) delete r[champ];
  else r[champ] = '';
  return r as unknown as Prospect;
}

/** The cleaned file: the original with every applicable operation replayed, and the indexes of those skipped. */
export function appliquerJournal({
  prospects,
  journal,
}: {
  prospects: readonly Prospect[];
  journal: readonly OperationNettoyage[];
}): { prospects: Prospect[]; ignorees: number[] } {
  if (journal.length === 0) return { prospects: prospects.slice(), ignorees: [] };
  const lignes: (Prospect | null)[] = prospects.slice();
  const index = new Map<string, number>();
  lignes.forEach((p, i) => {
    if (p && !index.has(p.id)) index.set(p.id, i);
  });
  /** The index of a row still in the file, by id. */
  const ligne = (id: string) => {
    const i = index.get(id);
    return i === undefined || lignes[i] === null ? undefined : i;
  };
  const presentes = (ids: readonly string[]) =>
    ids.map(ligne).filter((i): i is number => i !== undefined);
  // Each step says whether its operation still applied.
  const modifier = (op: Extract<OperationNettoyage, { type: 'modifier' }>) => {
    const i = ligne(op.id);
    if (i === undefined || op.champ === 'id' || !CHAMPS_PROSPECT.includes(op.champ)) return false;
    lignes[i] = modifierChamp(lignes[i]!, op.champ, op.valeur);
    return true;
  };
  const supprimer = (op: Extract<OperationNettoyage, { type: 'supprimer' }>) => {
    const trouves = presentes(op.ids);
    for (const i of trouves) lignes[i] = null;
    return trouves.length > 0;
  };
  const fusion = (op: Extract<OperationNettoyage, { type: 'fusionner' }>) => {
    const g = ligne(op.garder);
    const autres = presentes([...new Set(op.ids)].filter((id) => id !== op.garder));
    if (g === undefined || autres.length === 0) return false;
    lignes[g] = fusionner({ garder: lignes[g]!, autres: autres.map((i) => lignes[i]!) });
    for (const i of autres) lignes[i] = null;
    return true;
  };
  const ignorees: number[] = [];
  journal.forEach((op, k) => {
    const appliquee =
      op.type === 'modifier' ? modifier(op) : op.type === 'supprimer' ? supprimer(op) : fusion(op);
    if (!appliquee) ignorees.push(k);
  });
  return { prospects: lignes.filter((p): p is Prospect => p !== null), ignorees };
}
