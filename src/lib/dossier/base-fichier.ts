/**
 * The counts of part 4.1.2 (« la base de données ») taken from the quality report of a prospect
 * file (fichier.ts, chapter 5), so a learner who imported their own file on /donnees/ does not
 * count by hand.
 * Convention: each record counts once, in the first reason that applies, in this order:
 * opposed to prospecting (excluded on every channel, in France and in Morocco, whatever else is
 * wrong; Bloctel is not a reason: it never applied in Morocco and closed in France on 10 August 2026),
 * duplicate (every record
 * of a group but the first, which is kept), then incomplete or invalid (a missing or malformed
 * identity, phone, e-mail, address or date). Stale contacts (over 3 years) are not counted here:
 * the cleaning chapter deletes or refreshes them before the campaign.
 */
import type { ProblemeQualite } from '../fichier/qualite.ts';
import { typesDeLaFamille, type TypeProbleme } from '../fichier/problemes.ts';

// Opposition alone among the legal problems: Bloctel is not a reason (see above).
const OPPOSITION: readonly TypeProbleme[] = ['opposition'];
const DOUBLONS = typesDeLaFamille('doublon');
const INCOMPLETES = typesDeLaFamille('fiche-incomplete');

/** The base's counts for the dossier: records, duplicates to remove, incomplete ones, opposed ones. */
export function baseDepuisRapport({
  problemes,
  total,
}: {
  problemes: readonly ProblemeQualite[];
  total: number;
}): { fiches: number; doublons: number; incompletes: number; opposees: number } {
  const vus = new Set<string>();
  const compter = (ids: Iterable<string>) => {
    let n = 0;
    for (const id of ids)
      if (!vus.has(id)) {
        vus.add(id);
        n++;
      }
    return n;
  };
  const opposees = compter(
    problemes.filter((p) => OPPOSITION.includes(p.type)).flatMap((p) => p.ids),
  );
  const doublons = compter(
    problemes.filter((p) => DOUBLONS.includes(p.type)).flatMap((p) => p.ids.slice(1)),
  );
  const incompletes = compter(
    problemes.filter((p) => INCOMPLETES.includes(p.type)).flatMap((p) => p.ids),
  );
  return { fiches: total, doublons, incompletes, opposees };
}
