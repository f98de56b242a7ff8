/**
 * The columns the law needs on each prospect row (issue 16): its nature (consommateur /
 * professionnel) and, for consumers, a recorded phone consent with its date and how it was
 * obtained — so that, after 11 August 2026, some French consumers can lawfully be called and
 * the others are excluded.
 * Drawn from their own stream (`<seed>:<id>:droit`) once the rows are final, and only appended:
 * every other column of prospects.csv stays byte for byte what it was.
 * Why it looks the way it does:
 * - a company's row is a professional; so is a self-employed person buying for their work — most
 *   of the Lyon « indépendants » — while about a quarter of them are in the file for a purchase for
 *   their home, hence consumers (same type B2C, another nature: the law looks at the purpose);
 * - a consumer consents to calls more often when they came to the company (website, referral,
 *   fair) than when they come from a bought file or a directory; one who objected never has;
 * - a consent is dated between the collection of the row and the dataset's « today ».
 */
import type { Aleatoire } from '../../src/lib/commun/aleatoire.ts';
import type { Prospect, SourceProspect } from '../../src/lib/commun/prospect.ts';
import { bernoulli, iso, jour, jourEntre } from './outils.ts';

/** Chance that a consumer gave a recorded consent to phone prospecting, by source. */
const ACCORD_TELEPHONE: Readonly<Record<SourceProspect, number>> = {
  'site-web': 0.55,
  parrainage: 0.45,
  salon: 0.45,
  marketing: 0.35,
  'force-de-vente': 0.3,
  comptabilite: 0.25,
  'reseau-social': 0.2,
  'fichier-achete': 0.08,
  annuaire: 0.05,
};
/** How that consent was obtained, by source: what the caller keeps as proof. */
const RECUEIL: Readonly<Record<SourceProspect, string>> = {
  'site-web': 'formulaire du site, case non pré-cochée',
  parrainage: 'accord écrit transmis avec la recommandation',
  salon: 'coupon signé sur le stand',
  marketing: 'réponse à un e-mail de demande d’accord',
  'force-de-vente': 'accord écrit recueilli par le commercial',
  comptabilite: 'case cochée sur le bon de commande',
  'reseau-social': 'formulaire de contact, case non pré-cochée',
  'fichier-achete': 'accord donné au loueur du fichier pour les appels de ses partenaires',
  annuaire: 'appel entrant enregistré',
};
/** Share of the B2C « indépendants » rows that buy for their home (consumers). */
const PART_INDEPENDANTS_PARTICULIERS = 0.25;

/** The rows with nature and phone consent appended (new objects; the other fields untouched). */
export function ajouterChampsDuDroit(
  alea: Aleatoire,
  prospects: readonly Prospect[],
  dateReference: string,
): Prospect[] {
  const fin = jour(dateReference) - 1;
  return prospects.map((p) => {
    const independant = p.type === 'B2C' && p.secteur === 'indépendant';
    const nature =
      p.type === 'B2B' || (independant && !bernoulli(alea, PART_INDEPENDANTS_PARTICULIERS))
        ? 'professionnel'
        : 'consommateur';
    if (nature === 'professionnel' || p.opposition || !bernoulli(alea, ACCORD_TELEPHONE[p.source]))
      return { ...p, nature, consentementTelephone: false };
    const debut = Math.min(jour(p.dateCollecte), fin);
    return {
      ...p,
      nature,
      consentementTelephone: true,
      dateConsentementTelephone: iso(jourEntre(alea, debut, fin)),
      origineConsentementTelephone: RECUEIL[p.source],
    };
  });
}
