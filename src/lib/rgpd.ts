/**
 * Checking a planned campaign against the rules on prospecting (course chapters 5, 7 and 12).
 * The French rules the course teaches:
 * - e-mail / SMS to individuals (B2C): prior consent (opt-in) — CPCE art. L34-5, CNIL;
 * - e-mail to professionals (B2B): allowed without consent (opt-out) only if the offer relates
 *   to the person's job — CPCE art. L34-5, CNIL;
 * - phone calls to consumers: never to a number registered on Bloctel (C. consom. art. L223-1);
 *   only Monday–Friday 10:00–13:00 and 14:00–20:00, never on a public holiday; at most 4 calls
 *   in 30 calendar days to the same person; after a refusal, 60 days of silence
 *   (C. consom. art. L223-1 and décret n° 2022-1313 du 13 octobre 2022);
 * - prospect data kept at most 3 years after the last contact (CNIL);
 * - an opposition registered ends all prospecting of that person (RGPD art. 21);
 * - from 11 August 2026 (law of 30 June 2025), calling a consumer to prospect needs their prior
 *   consent; Bloctel, the opt-out list, closes that day.
 * Conventions: the call rules protect consumers, so they apply to B2C rows; a Moroccan file is
 * checked against the same rules (the course teaches them; Morocco's loi 09-08 also requires
 * consent for e-mail prospecting and the CNDP plays the CNIL's role). Call times are the
 * prospect's wall-clock time. A call within 60 days of a refusal: 0 ≤ days since refusal < 60.
 * The phone rule depends on the campaign's `date`: before 2026-08-11 the Bloctel rule, from that
 * day on the consent rule (a row without `consentementTelephone: true` has no consent: in doubt,
 * no consent). A campaign without `date` is checked with the Bloctel rule, as before the change,
 * so that callers written for it keep their results. The exception for an offer linked to a
 * contract in progress is not modelled: the file does not say who holds a contract.
 */
import { dateHeureDepuisISO, jourDepuisISO, jourDeSemaine, isoDepuisJour } from './dates.ts';
import { contactsPerimes } from './fichier.ts';
import { joursFeries } from './planning.ts';
import type { Prospect } from './prospect.ts';
import { echec, ok, type Resultat } from './resultat.ts';

/** Channel of a campaign. */
export type Canal = 'email' | 'sms' | 'telephone' | 'courrier' | 'visite';
/** A planned (or made) call; `refus` records that the person said no during it. */
export interface Appel { prospectId: string; dateHeure: string; refus?: boolean }
/** A planned campaign. */
export interface Campagne {
  canal: Canal;
  /** For B2B e-mail: does the offer relate to the recipients' job? */ offreLieeAuPoste?: boolean;
  /** Targeted rows (all the file when absent). */ prospectIds?: readonly string[];
  /** Calls of a phone campaign (their targets are added to the targeted rows). */ appels?: readonly Appel[];
  /** Date of the campaign (ISO): decides the phone rule (Bloctel before 2026-08-11, consent from then). Absent: the Bloctel rule. */ date?: string;
}

/** First day on which calling a consumer needs their prior consent (law of 30 June 2025). */
export const DEBUT_CONSENTEMENT_TELEPHONE = '2026-08-11';

/** Stable ids of the rules. */
export type RegleProspection = 'b2c-sans-consentement' | 'b2b-offre-sans-rapport' | 'bloctel' | 'telephone-sans-consentement' | 'horaires-appel' | 'frequence-appels' | 'rappel-apres-refus' | 'conservation' | 'opposition';
/** A rule: French label, legal basis, channels it applies to. */
export interface DefinitionRegle { id: RegleProspection; libelle: string; base: string; canaux: readonly Canal[] }

/** The rules a campaign is checked against. */
export const REGLES_PROSPECTION: readonly DefinitionRegle[] = [
  { id: 'opposition', libelle: 'La personne s’est opposée à la prospection', base: 'RGPD, art.\u00a021', canaux: ['email', 'sms', 'telephone', 'courrier', 'visite'] },
  { id: 'conservation', libelle: 'Données conservées plus de 3\u00a0ans après le dernier contact', base: 'CNIL, durée de conservation des données de prospects', canaux: ['email', 'sms', 'telephone', 'courrier', 'visite'] },
  { id: 'b2c-sans-consentement', libelle: 'E-mail ou SMS à un particulier sans consentement préalable', base: 'Code des postes et des communications électroniques, art.\u00a0L34-5\u202f; CNIL', canaux: ['email', 'sms'] },
  { id: 'b2b-offre-sans-rapport', libelle: 'E-mail à un professionnel pour une offre sans rapport avec son poste', base: 'Code des postes et des communications électroniques, art.\u00a0L34-5\u202f; CNIL', canaux: ['email'] },
  { id: 'bloctel', libelle: 'Appel d’un consommateur inscrit sur Bloctel', base: 'Code de la consommation, art.\u00a0L223-1', canaux: ['telephone'] },
  { id: 'telephone-sans-consentement', libelle: 'Appel d’un consommateur sans son consentement préalable (obligatoire depuis le 11\u00a0août 2026)', base: 'Loi du 30\u00a0juin 2025\u202f; Code de la consommation, art.\u00a0L223-1', canaux: ['telephone'] },
  { id: 'horaires-appel', libelle: 'Appel hors du lundi au vendredi, 10\u00a0h–13\u00a0h et 14\u00a0h–20\u00a0h, ou un jour férié', base: 'Code de la consommation, art.\u00a0L223-1\u202f; décret n°\u00a02022-1313', canaux: ['telephone'] },
  { id: 'frequence-appels', libelle: 'Plus de 4\u00a0appels en 30\u00a0jours à la même personne', base: 'Code de la consommation, art.\u00a0L223-1\u202f; décret n°\u00a02022-1313', canaux: ['telephone'] },
  { id: 'rappel-apres-refus', libelle: 'Appel moins de 60\u00a0jours après un refus', base: 'Code de la consommation, art.\u00a0L223-1\u202f; décret n°\u00a02022-1313', canaux: ['telephone'] },
];

/** Whether a campaign on that date (ISO) falls under the phone-consent rule; no date: the Bloctel rule. */
export function consentementTelephoneExige({ date }: { date?: string }): boolean {
  return date !== undefined && jourDepuisISO(date) !== null && date >= DEBUT_CONSENTEMENT_TELEPHONE;
}

/** The rules that apply to a channel (for the method comparator); the phone rule follows `date` (none: Bloctel). */
export function reglesDuCanal({ canal, date }: { canal: Canal; date?: string }): DefinitionRegle[] {
  const sansObjet: RegleProspection = consentementTelephoneExige({ date }) ? 'bloctel' : 'telephone-sans-consentement';
  return REGLES_PROSPECTION.filter((r) => r.canaux.includes(canal) && r.id !== sansObjet);
}

/** A broken rule with the rows concerned (and, for calls, which calls). */
export interface Infraction extends DefinitionRegle { ids: string[]; details: string[] }

type LigneRgpd = Pick<Prospect, 'id' | 'type' | 'consentementEmail' | 'opposition' | 'bloctel' | 'dateDernierContact' | 'dateCollecte'> & Partial<Prospect>
  & { /** Prior consent to phone prospecting (required for consumers from 2026-08-11); absent: no consent. */ consentementTelephone?: boolean };

const EN_JOURS = 30, MAX_APPELS = 4, SILENCE_APRES_REFUS = 60;
// Allowed call windows in minutes after midnight: [10:00, 13:00) and [14:00, 20:00).
const heureAutorisee = (m: number) => (m >= 600 && m < 780) || (m >= 840 && m < 1200);
const fr = (jour: number, minutes: number) =>
  `${isoDepuisJour(jour).split('-').reverse().join('/')} à ${String(Math.floor(minutes / 60)).padStart(2, '0')}\u00a0h\u00a0${String(Math.floor(minutes % 60)).padStart(2, '0')}`;

/** Checks a campaign on a file: every broken rule with its legal basis and the rows concerned; `aExclure` lists the rows to take out. */
export function verifierCampagne({ campagne, prospects, aujourdhui }: { campagne: Campagne; prospects: readonly LigneRgpd[]; aujourdhui: string }): Resultat<{ conforme: boolean; infractions: Infraction[]; aExclure: string[] }> {
  const canaux: readonly Canal[] = ['email', 'sms', 'telephone', 'courrier', 'visite'];
  if (!campagne || !canaux.includes(campagne.canal)) return echec('Le canal de la campagne doit être e-mail, SMS, téléphone, courrier ou visite.', 'campagne.canal');
  if (!Array.isArray(prospects)) return echec('Le fichier de prospects est absent.', 'prospects');
  if (campagne.date !== undefined && jourDepuisISO(campagne.date) === null) return echec('La date de la campagne n’est pas une date valide (aaaa-mm-jj).', 'campagne.date');
  const consentementTelephone = consentementTelephoneExige({ date: campagne.date });
  const parId = new Map(prospects.map((p) => [p.id, p]));
  const cibles = new Set(campagne.prospectIds ?? prospects.map((p) => p.id));
  for (const id of cibles) if (!parId.has(id)) return echec(`La campagne vise un prospect absent du fichier (${id}).`, 'campagne.prospectIds');
  const appels: { p: LigneRgpd; jour: number; minutes: number; refus: boolean; rang: number }[] = [];
  (campagne.appels ?? []).forEach((a, i) => {
    const p = parId.get(a?.prospectId), t = dateHeureDepuisISO(a?.dateHeure);
    if (p && t) { appels.push({ p, ...t, refus: a.refus === true, rang: i }); cibles.add(p.id); }
  });
  const fautif = (campagne.appels ?? []).findIndex((a) => !parId.has(a?.prospectId) || !dateHeureDepuisISO(a?.dateHeure));
  if (fautif >= 0) {
    const a = campagne.appels![fautif];
    return echec(parId.has(a?.prospectId) ? `L’appel ${fautif + 1} n’a pas une date et une heure valides (aaaa-mm-jjThh:mm).` : `L’appel ${fautif + 1} vise un prospect absent du fichier (${a?.prospectId}).`, 'campagne.appels');
  }
  const perimes = contactsPerimes({ prospects: prospects.filter((p) => cibles.has(p.id)), aujourdhui });
  if (!perimes.ok) return perimes;

  const trouvees = new Map<RegleProspection, { ids: Set<string>; details: string[] }>();
  const signaler = (regle: RegleProspection, id: string, detail?: string) => {
    if (!trouvees.has(regle)) trouvees.set(regle, { ids: new Set(), details: [] });
    const t = trouvees.get(regle)!;
    t.ids.add(id);
    if (detail) t.details.push(detail);
  };
  for (const id of cibles) {
    const p = parId.get(id)!;
    if (p.opposition === true) signaler('opposition', id);
    if ((campagne.canal === 'email' || campagne.canal === 'sms') && p.type === 'B2C' && p.consentementEmail !== true) signaler('b2c-sans-consentement', id);
    if (campagne.canal === 'email' && p.type === 'B2B' && campagne.offreLieeAuPoste === false && p.consentementEmail !== true) signaler('b2b-offre-sans-rapport', id);
    if (campagne.canal === 'telephone' && p.type === 'B2C') {
      if (consentementTelephone) { if (p.consentementTelephone !== true) signaler('telephone-sans-consentement', id); } else if (p.bloctel === true) signaler('bloctel', id);
    }
  }
  for (const id of perimes.valeur) signaler('conservation', id);

  if (campagne.canal === 'telephone') {
    const feries = new Set<number>();
    for (const a of new Set(appels.map((x) => new Date(x.jour * 86_400_000).getUTCFullYear()))) {
      const l = joursFeries({ annee: a });
      if (l.ok) for (const f of l.valeur) feries.add(jourDepuisISO(f.date) as number);
    }
    const parPersonne = new Map<string, typeof appels>();
    for (const a of appels) {
      if (a.p.type !== 'B2C') continue; // these rules protect consumers
      if (jourDeSemaine(a.jour) >= 5 || feries.has(a.jour) || !heureAutorisee(a.minutes)) signaler('horaires-appel', a.p.id, `Appel ${a.rang + 1}\u202f: ${fr(a.jour, a.minutes)}`);
      if (!parPersonne.has(a.p.id)) parPersonne.set(a.p.id, []);
      parPersonne.get(a.p.id)!.push(a);
    }
    for (const [id, liste] of parPersonne) {
      liste.sort((x, y) => x.jour - y.jour || x.minutes - y.minutes || x.rang - y.rang);
      const refusDuFichier = liste[0].p.dateRefus ? jourDepuisISO(liste[0].p.dateRefus) : null;
      let dernierRefus: number | null = refusDuFichier;
      liste.forEach((a, k) => {
        // Sliding window of 30 calendar days ending with this call: the 5th call in it is one too many.
        let n = 0;
        for (let m = k; m >= 0 && a.jour - liste[m].jour < EN_JOURS; m--) n++;
        if (n > MAX_APPELS) signaler('frequence-appels', id, `Appel ${a.rang + 1}\u202f: ${n}e appel en 30\u00a0jours (${fr(a.jour, a.minutes)})`);
        if (dernierRefus !== null && a.jour - dernierRefus >= 0 && a.jour - dernierRefus < SILENCE_APRES_REFUS) {
          signaler('rappel-apres-refus', id, `Appel ${a.rang + 1}\u202f: ${a.jour - dernierRefus}\u00a0jours après un refus (${fr(a.jour, a.minutes)})`);
        }
        if (a.refus) dernierRefus = a.jour;
      });
    }
  }
  const infractions: Infraction[] = REGLES_PROSPECTION.filter((r) => trouvees.has(r.id)).map((r) => ({ ...r, ids: [...trouvees.get(r.id)!.ids], details: trouvees.get(r.id)!.details }));
  // Rows to leave out entirely: those a rule forbids to contact at all (not a call at the wrong hour).
  const parPersonne: RegleProspection[] = ['opposition', 'conservation', 'b2c-sans-consentement', 'b2b-offre-sans-rapport', 'bloctel', 'telephone-sans-consentement'];
  const aExclure = [...new Set(infractions.filter((i) => parPersonne.includes(i.id)).flatMap((i) => i.ids))];
  return ok({ conforme: infractions.length === 0, infractions, aExclure });
}
