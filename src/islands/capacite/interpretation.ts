/**
 * The plain-French reading of a capacity result, shown under the figures of chapter 8. Rendering
 * only (the figures come from stores/capacite.ts), so it ships with the island, not with the store
 * that « Ma campagne » and the dossier also load.
 */
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import type { ResultatCapacite } from '../../stores/capacite.ts';

/** A count with its noun agreed (French: singular below 2). */
const compte = (n: number, nom: string, decimales = 0) =>
  `${formatNombre(n, decimales)}\u00a0${nom}${Math.abs(n) >= 2 ? 's' : ''}`;

/** The plain-French reading of a result, shown under the figures. */
export function interpreterCapacite(r: ResultatCapacite): string {
  const arrondi =
    r.visitesParJourExact === r.visitesParJour
      ? ''
      : ` (${formatNombre(r.visitesParJourExact, 1)} arrondi vers le bas)`;
  const capacite = `Avec ${formatNombre(r.minutesDisponibles, 0)}\u00a0min par jour pour le terrain et ${formatNombre(r.minutesParVisite, 0)}\u00a0min par visite trajet compris, un commercial fait ${compte(r.visitesParJour, 'visite')} par jour${arrondi}, soit ${compte(r.visitesPossibles, 'visite')} sur ses ${compte(r.jours, 'jour', 1)} de prospection.`;
  if (r.visitesNecessaires === 0)
    return `${capacite} Aucune visite n’est à faire\u202f: saisissez le nombre de prospects retenus.`;
  const besoin = `Il en faut ${formatNombre(r.visitesNecessaires, 0)}\u202f: ${formatNombre(r.prospects, 0)} premières visites et ${formatNombre(r.secondesVisites, 0)} secondes (${formatPourcentage(r.tauxSecondeVisite, 1)} des prospects).`;
  if (r.ecart >= 0) {
    const marge =
      r.ecart === 0 ? 'sans aucune marge' : `avec une marge de ${compte(r.ecart, 'visite')}`;
    return `${capacite} ${besoin} Un seul commercial suffit, ${marge}.`;
  }
  return `${capacite} ${besoin} Un seul commercial laisserait ${compte(-r.ecart, 'visite')} non faite${-r.ecart >= 2 ? 's' : ''}\u202f: il en faut ${r.commerciauxNecessaires}, à moins de gagner du temps (trajets plus courts, plus de jours de prospection, prospects qualifiés par téléphone).`;
}
