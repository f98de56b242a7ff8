/**
 * The plain-French reading of a « Usure du portefeuille » result, shown under the figures of
 * chapter 1.
 */
import { accorder } from '../commun/accord.ts';
import { formatNombre, formatPourcentage } from '../commun/nombres.ts';
import type { ResultatUsure } from './evaluation-usure.ts';

/** A count of clients (or signatures, feminine) agreed the French way, at most one decimal. */
const compte = (n: number, nom: 'client' | 'signature' = 'client') =>
  accorder(n, nom, `${nom}s`, { decimales: 1, feminin: nom === 'signature' });

/** The plain-French reading of a result, shown under the figures. */
export function interpreterUsure(r: ResultatUsure): string {
  const fin = r.projection[r.projection.length - 1];
  const annees = `${fin.annee}\u00a0ans`;
  if (r.clients === 0) {
    return 'Un portefeuille vide ne perd aucun client, et un pourcentage de zéro reste zéro\u202f: fixez plutôt un nombre de clients à gagner.';
  }
  if (r.nouveauxParAn === 0) {
    return `Sans perte ni croissance visée, aucun nouveau client n’est nécessaire\u202f: le portefeuille reste à ${compte(r.clients)}.`;
  }
  const mois =
    r.nouveauxParMois === r.nouveauxParMoisPlan
      ? `${formatNombre(r.nouveauxParMois, 1)}`
      : `environ ${formatNombre(r.nouveauxParMois, 1)}`;
  const parMois = `soit ${mois} par mois\u202f: prévoyez ${compte(r.nouveauxParMoisPlan, 'signature')} par mois.`;
  // « qu’environ aucun client » does not read: a portfolio emptied in 5 years is said plainly.
  const reste = Math.round(fin.sansProspection);
  const sans = `Sans prospection, il ne resterait ${reste === 0 ? 'aucun client' : `qu’environ ${compte(reste)}`} dans ${annees}, contre ${compte(Math.round(fin.avecProspection))} en prospectant ainsi.`;
  let besoin: string;
  if (r.tauxCroissance > 0) {
    // Clients are whole (the field refuses « 12,5 »): the objective is said in whole clients, the
    // two parts as the averages they are, and the rounding up the course teaches (session 11).
    const cible = r.projection[1].objectif;
    const vers = Number.isInteger(cible) ? compte(cible) : `environ ${compte(Math.round(cible))}`;
    const somme = r.clientsPerdus + r.croissanceVisee;
    const arrondi =
      Math.abs(somme - r.nouveauxParAn) < 1e-9
        ? ''
        : ` (${formatNombre(somme, 1)} en moyenne, arrondi à l’entier supérieur, car on ne signe pas une fraction de client)`;
    besoin = `Pour passer de ${compte(r.clients)} à ${vers} en un an, il faut signer ${compte(r.nouveauxParAn)}${arrondi}\u202f: en moyenne ${formatNombre(r.clientsPerdus, 1)} pour remplacer ceux qui partent (${formatPourcentage(r.tauxAttrition, 1)}), puis ${formatNombre(r.croissanceVisee, 1)} pour grandir de ${formatPourcentage(r.tauxCroissance, 1)}, ${parMois}`;
  } else if (r.tauxCroissance === 0) {
    besoin = `Pour simplement garder ${compte(r.clients)}, il faut en signer ${formatNombre(r.nouveauxParAn, 1)} par an, autant qu’il en part, ${parMois}`;
  } else {
    besoin = `L’objectif accepte une baisse de ${formatPourcentage(-r.tauxCroissance, 1)}\u202f: sur ${accorder(r.clientsPerdus, 'client perdu', 'clients perdus', { decimales: 1 })}, il suffit d’en remplacer ${formatNombre(r.nouveauxParAn, 1)} dans l’année, ${parMois}`;
  }
  return `${besoin} ${sans}`;
}
