/**
 * Loaded on click only (dynamic import): the prospect file studied on /donnees/ (a sample company
 * or the learner's own import) and its quality report, summed up for part 4.1.2 of the dossier.
 * It pulls the campaign store and the file checks, which the dossier page does not need otherwise.
 */
import { $donnees, $entreprise, type EtatDonnees } from '../../stores/campagne.ts';
import { rapportQualite } from '../../lib/fichier/qualite.ts';
import { baseDepuisRapport } from '../../lib/dossier/base-fichier.ts';
import { echec, ok, type Resultat } from '../../lib/commun/resultat.ts';

/** Waits for the current company's file (the store loads it once listened to). */
function fichierCharge(): Promise<EtatDonnees> {
  return new Promise((resoudre) => {
    const arreter = $donnees.subscribe((d) => {
      if (d.etat === 'chargement') return;
      queueMicrotask(() => arreter());
      resoudre(d);
    });
  });
}

/** The counts of the studied file, with the company's name, or a French message. */
export async function baseDuFichier(): Promise<
  Resultat<{ nom: string; fiches: number; doublons: number; incompletes: number; opposees: number }>
> {
  const d = await fichierCharge();
  if (d.etat === 'erreur') return echec(d.message);
  if (d.etat !== 'pret') return echec('Le fichier étudié n’a pas pu être chargé.');
  const r = rapportQualite({ prospects: d.donnees.prospects, aujourdhui: d.donnees.dateReference });
  if (!r.ok) return r;
  return ok({
    nom: $entreprise.get()?.nom ?? 'fichier importé',
    ...baseDepuisRapport({ problemes: r.valeur.problemes, total: d.donnees.prospects.length }),
  });
}
