/**
 * The plain-French reading of a capacity result, shown under the figures of chapter 8. Loaded
 * on its own by the island (`import()`), so it does not weigh on « Ma campagne » and the dossier,
 * which evaluate the capacity too. Counts agree through `accorder` (« 1 visite », « 52 visites »).
 */
import { accorder } from '../commun/accord.ts';
import { formatNombre, formatPourcentage } from '../commun/nombres.ts';
import type { ResultatCapacite } from './evaluation-capacite.ts';

const visites = (n: number) => accorder(n, 'visite', 'visites', { feminin: true });

/** The plain-French reading of a result, shown under the figures. */
export function interpreterCapacite(r: ResultatCapacite): string {
  const arrondi =
    r.visitesParJourExact === r.visitesParJour
      ? ''
      : ` (${formatNombre(r.visitesParJourExact, 1)} arrondi vers le bas)`;
  const jours = accorder(r.jours, 'jour', 'jours', { decimales: 1 });
  const capacite = `Avec ${formatNombre(r.minutesDisponibles, 0)}\u00a0min par jour pour le terrain et ${formatNombre(r.minutesParVisite, 0)}\u00a0min par visite trajet compris, un commercial fait ${visites(r.visitesParJour)} par jour${arrondi}, soit ${visites(r.visitesPossibles)} sur ses ${jours} de prospection.`;
  if (r.visitesNecessaires === 0)
    return `${capacite} Aucune visite n’est à faire\u202f: saisissez le nombre de prospects retenus.`;
  const besoin = `Il en faut ${formatNombre(r.visitesNecessaires, 0)}\u202f: ${accorder(r.prospects, 'première visite', 'premières visites', { feminin: true })} et ${accorder(r.secondesVisites, 'seconde', 'secondes', { feminin: true })} (${formatPourcentage(r.tauxSecondeVisite, 1)} des prospects).`;
  if (r.ecart >= 0) {
    const marge = r.ecart === 0 ? 'sans aucune marge' : `avec une marge de ${visites(r.ecart)}`;
    return `${capacite} ${besoin} Un seul commercial suffit, ${marge}.`;
  }
  const nonFaites = accorder(-r.ecart, 'visite non faite', 'visites non faites', { feminin: true });
  return `${capacite} ${besoin} Un seul commercial laisserait ${nonFaites}\u202f: il en faut ${r.commerciauxNecessaires}, à moins de gagner du temps (trajets plus courts, plus de jours de prospection, prospects qualifiés par téléphone).`;
}
