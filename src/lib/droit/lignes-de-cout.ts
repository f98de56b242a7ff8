/**
 * A cost line that names a rule no longer in force at the campaign's date (issue 14, tester D13):
 * a line « liste filtrée par Bloctel » in a French plan at 1 September 2026 is flagged, with the
 * rule that replaced it (from 11 August 2026 French law asks the consumer's prior consent).
 * Vénimob's own past campaign no longer names Bloctel (verif14 item 8): it calls businesses, to
 * which Bloctel never applied. The dates, the country and the sentences are
 * the rules table's (regles.ts); only the word that names each list in a line is written here.
 * The table stays at build time: the page receives `listesHorsVigueur` as data and matches a
 * line with `ligneNommant` (ligne-nommant.ts, no import), so chapter 9 ships no law table.
 */
import { REGLES, type RegleDroit } from './regles.ts';
import { dateLongue, estEnVigueur } from './en-vigueur.ts';
import type { Pays } from './types.ts';
import { minuscule } from '../commun/majuscule.ts';

/** The word a cost line uses for a rule's list (matched whole, in any case). */
const NOMS_DANS_UNE_LIGNE: Readonly<Record<string, string>> = { 'fr-bloctel': 'Bloctel' };

/** The rule of the same country, channel and target that started after `regle` ended, if any. */
function remplacanteDe(regle: RegleDroit, date: string): RegleDroit | undefined {
  return REGLES.find(
    (r) =>
      r.pays === regle.pays &&
      r.du !== undefined &&
      regle.au !== undefined &&
      r.du > regle.au &&
      estEnVigueur(r, date) &&
      r.canaux.some((c) => regle.canaux.includes(c)) &&
      r.cibles.some((c) => regle.cibles.includes(c)),
  );
}

/** A list a cost line may name that is no longer in force: the word, the country and why. */
export interface ListeHorsVigueur {
  pays: Pays;
  /** The word a line uses for it (« Bloctel »). */
  nom: string;
  /** The sentence shown under a line that names it. */
  message: string;
}

/**
 * The lists named in cost lines whose rule is not in force on `date` (ISO), with the rule in force
 * instead: computed once (chapter 9's wrapper, at build time), so the page ships a word and a
 * sentence, not the rules table. A Moroccan company has none; nor has a campaign before the change.
 */
export function listesHorsVigueur({ date }: { date: string }): ListeHorsVigueur[] {
  const listes: ListeHorsVigueur[] = [];
  for (const regle of REGLES) {
    const nom = NOMS_DANS_UNE_LIGNE[regle.id];
    if (!nom || estEnVigueur(regle, date)) continue;
    const remplacante = remplacanteDe(regle, date);
    listes.push({
      pays: regle.pays,
      nom,
      message:
        // « depuis le 11 août 2026 », the day the rule changed, not « au » the law's date (tester).
        (remplacante?.du
          ? `À revoir\u202f: ${nom} ne s’applique plus depuis le ${dateLongue(remplacante.du)}\u202f: ${minuscule(remplacante.libelle)}`
          : `À revoir\u202f: ${nom} ne s’applique plus au ${dateLongue(date)}.`) +
        ' Renommez la ligne ou changez l’action.',
    });
  }
  return listes;
}
