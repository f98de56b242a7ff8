/**
 * Checks a planned campaign (rows × channel × date × country) against the rules in force
 * (regles.ts): the rows a rule excludes, with the rule, its source and the reason; the calls made
 * at a forbidden time or too often; the duties to meet beforehand (CNDP declaration, opt-out
 * link); and, where the country's law is silent, that it is.
 * Conventions:
 * - the law applied is the COMPANY's country (`pays`), at the campaign's `date` (default: today);
 * - a row's nature is its `nature` column, else its type (B2B → professional, B2C → consumer);
 * - a consent counts only when recorded: `consentementTelephone` for phone and automated calls
 *   (and, to be provable, its date, not after the campaign's), `consentementEmail` for e-mail and
 *   SMS; in doubt, no consent;
 * - a professional's e-mail is a natural person's data unless it is a generic address (contact@,
 *   achats@…); their phone is when the row names a person;
 * - call times are the prospect's wall-clock time; 0 ≤ days since a refusal < 60 is too soon;
 * - an opposition excludes the row on every channel, in both countries (RGPD art. 21, loi 09-08 art. 9).
 * The exceptions for existing customers and contracts in progress are not modelled: the file does
 * not say who holds a contract.
 */
import { contactsPerimes } from './conservation.ts';
import {
  dateHeureDepuisISO,
  isoDepuisJour,
  jourDepuisISO,
  jourDeSemaine,
} from '../commun/dates.ts';
import { joursFeries } from '../planning/planning.ts';
import type { Prospect } from '../commun/prospect.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { citer, reglesEnVigueur } from './en-vigueur.ts';
import type { Controle, RegleDroit } from './regles.ts';
import { CANAUX, type Canal, type Nature, type Pays } from './types.ts';

/** A planned (or made) call; `refus` records that the person said no during it. */
export interface Appel {
  prospectId: string;
  dateHeure: string;
  refus?: boolean;
}

/** A planned campaign. */
export interface Campagne {
  canal: Canal;
  /** Date of the campaign (ISO); absent: `aujourdhui`. */ date?: string;
  /** For e-mail to professionals: does the offer relate to their job? Absent: yes. */ offreLieeAuPoste?: boolean;
  /** The offer is energy-renovation work (canvassing for it is banned in France). */ renovationEnergetique?: boolean;
  /** Targeted rows (all the file when absent). */ prospectIds?: readonly string[];
  /** Calls of a phone campaign (their targets are added to the targeted rows). */ appels?: readonly Appel[];
}

/** The fields of a row the law looks at. */
export type LigneDroit = Pick<
  Prospect,
  'id' | 'type' | 'consentementEmail' | 'opposition' | 'dateDernierContact' | 'dateCollecte'
> &
  Partial<
    Pick<
      Prospect,
      | 'bloctel'
      | 'dateRefus'
      | 'email'
      | 'nom'
      | 'prenom'
      | 'nature'
      | 'consentementTelephone'
      | 'dateConsentementTelephone'
    >
  >;

/** A broken rule with the rows concerned, why, and (for calls) which calls. */
export interface Infraction extends RegleDroit {
  base: string;
  raison: string;
  ids: string[];
  details: string[];
}

/** The verdict on a campaign. */
export interface Verdict {
  pays: Pays;
  date: string;
  conforme: boolean;
  infractions: Infraction[];
  /** Rows to leave out entirely (a rule forbids contacting them at all), not a call at the wrong hour. */ aExclure: string[];
  /** Duties to meet before sending, whatever the rows (CNDP declaration, opt-out link). */ prealables: RegleDroit[];
  /** Points on which the country's law is silent for this channel. */ silences: RegleDroit[];
}

/** The nature of a row: its `nature` column, else its type. */
export function natureDe(p: Pick<Prospect, 'type'> & Partial<Pick<Prospect, 'nature'>>): Nature {
  return p.nature ?? (p.type === 'B2B' ? 'professionnel' : 'consommateur');
}

const GENERIQUES =
  /^(contact|achats?|direction|info|infos|accueil|commercial|commerciale|service|services|compta|comptabilite|rh|admin|bonjour|hello|ventes?|secretariat|standard|devis|sav)$/;
/** Whether the row's coordinates for this channel are a natural person's (loi 09-08 art. 10, CPCE L34-5). */
export function personnePhysique(p: LigneDroit, canal: Canal): boolean {
  if (natureDe(p) === 'consommateur') return true;
  if (canal === 'email') {
    const local = (p.email ?? '')
      .trim()
      .toLowerCase()
      .split('@')[0]
      .replace(/[0-9._-]+$/, '');
    return local !== '' && !GENERIQUES.test(local);
  }
  return Boolean(p.nom?.trim() || p.prenom?.trim());
}

const EXCLUANTS: readonly Controle[] = [
  'opposition',
  'conservation',
  'consentement-email',
  'opt-out-metier',
  'consentement-personne-physique',
  'liste-opposition',
  'consentement-telephone',
  'renovation-energetique',
];
const EN_JOURS = 30,
  MAX_APPELS = 4,
  SILENCE_APRES_REFUS = 60;
// Allowed call windows in minutes after midnight: [10:00, 13:00) and [14:00, 20:00).
const heureAutorisee = (m: number) => (m >= 600 && m < 780) || (m >= 840 && m < 1200);
const fr = (jour: number, minutes: number) =>
  `${isoDepuisJour(jour).split('-').reverse().join('/')} à ${String(Math.floor(minutes / 60)).padStart(2, '0')}\u00a0h\u00a0${String(Math.floor(minutes % 60)).padStart(2, '0')}`;

/** Why a row breaks a row rule, or null when it does not. */
function motif(controle: Controle, p: LigneDroit, c: Campagne, date: string): string | null {
  switch (controle) {
    case 'opposition':
      return p.opposition === true ? 'opposition enregistrée' : null;
    case 'consentement-email':
      return p.consentementEmail === true ? null : 'aucun consentement préalable enregistré';
    case 'opt-out-metier':
      return c.offreLieeAuPoste === false && p.consentementEmail !== true
        ? 'offre sans rapport avec son métier, sans consentement'
        : null;
    case 'consentement-personne-physique': {
      if (!personnePhysique(p, c.canal)) return null;
      const accord =
        c.canal === 'email' || c.canal === 'sms' ? p.consentementEmail : p.consentementTelephone;
      return accord === true
        ? null
        : natureDe(p) === 'professionnel'
          ? 'personne nommée, sans consentement préalable (pas d’exception entre professionnels)'
          : 'aucun consentement préalable enregistré';
    }
    case 'liste-opposition':
      return p.bloctel === true ? 'numéro inscrit sur Bloctel' : null;
    case 'consentement-telephone':
      if (p.consentementTelephone !== true) return 'aucun consentement à être appelé enregistré';
      if (!p.dateConsentementTelephone || jourDepuisISO(p.dateConsentementTelephone) === null)
        return 'consentement sans date de recueil : il ne peut pas être prouvé';
      return p.dateConsentementTelephone > date
        ? 'consentement recueilli après la date de la campagne'
        : null;
    case 'renovation-energetique':
      return c.renovationEnergetique === true ? 'offre de rénovation énergétique' : null;
    default:
      return null;
  }
}

/** Checks a campaign of a company of country `pays` on a file, on the campaign's date. */
export function verifierCampagne({
  pays,
  campagne,
  prospects,
  aujourdhui,
}: {
  pays: Pays;
  campagne: Campagne;
  prospects: readonly LigneDroit[];
  aujourdhui: string;
}): Resultat<Verdict> {
  if (!campagne || !CANAUX.includes(campagne.canal))
    return echec(
      'Le canal de la campagne doit être e-mail, SMS, téléphone, appel automatisé, courrier, visite ou porte-à-porte.',
      'campagne.canal',
    );
  if (!Array.isArray(prospects)) return echec('Le fichier de prospects est absent.', 'prospects');
  if (jourDepuisISO(aujourdhui) === null)
    return echec('La date du jour n’est pas une date valide (aaaa-mm-jj).', 'aujourdhui');
  const date = campagne.date ?? aujourdhui;
  if (jourDepuisISO(date) === null)
    return echec('La date de la campagne n’est pas une date valide (aaaa-mm-jj).', 'campagne.date');
  const enVigueur = reglesEnVigueur({ pays, date, canal: campagne.canal });
  if (!enVigueur.ok) return enVigueur;
  const regles = enVigueur.valeur;

  const parId = new Map(prospects.map((p) => [p.id, p]));
  const cibles = new Set(campagne.prospectIds ?? prospects.map((p) => p.id));
  for (const id of cibles)
    if (!parId.has(id))
      return echec(
        `La campagne vise un prospect absent du fichier (${id}).`,
        'campagne.prospectIds',
      );
  const fautif = (campagne.appels ?? []).findIndex(
    (a) => !parId.has(a?.prospectId) || !dateHeureDepuisISO(a?.dateHeure),
  );
  if (fautif >= 0) {
    const a = campagne.appels![fautif];
    return echec(
      parId.has(a?.prospectId)
        ? `L’appel ${fautif + 1} n’a pas une date et une heure valides (aaaa-mm-jjThh:mm).`
        : `L’appel ${fautif + 1} vise un prospect absent du fichier (${a?.prospectId}).`,
      'campagne.appels',
    );
  }
  const appels = (campagne.appels ?? []).map((a, rang) => ({
    p: parId.get(a.prospectId)!,
    ...dateHeureDepuisISO(a.dateHeure)!,
    refus: a.refus === true,
    rang,
  }));
  for (const a of appels) cibles.add(a.p.id);

  const trouvees = new Map<
    string,
    { regle: RegleDroit; raisons: Set<string>; ids: Set<string>; details: string[] }
  >();
  const signaler = (regle: RegleDroit, id: string, raison: string, detail?: string) => {
    if (!trouvees.has(regle.id))
      trouvees.set(regle.id, { regle, raisons: new Set(), ids: new Set(), details: [] });
    const t = trouvees.get(regle.id)!;
    t.ids.add(id);
    t.raisons.add(raison);
    if (detail) t.details.push(detail);
  };
  const vises = [...cibles].map((id) => parId.get(id)!);
  for (const regle of regles) {
    if (!regle.controle || !EXCLUANTS.includes(regle.controle)) continue;
    if (regle.controle === 'conservation') {
      const perimes = contactsPerimes({
        prospects: vises.filter((p) => regle.cibles.includes(natureDe(p))),
        aujourdhui,
      });
      if (!perimes.ok) return perimes;
      for (const id of perimes.valeur)
        signaler(regle, id, 'plus de 3\u00a0ans sans contact venant de la personne');
      continue;
    }
    for (const p of vises) {
      if (!regle.cibles.includes(natureDe(p))) continue;
      const m = motif(regle.controle, p, campagne, date);
      if (m) signaler(regle, p.id, m);
    }
  }
  verifierAppels(regles, appels, signaler);

  const infractions: Infraction[] = regles
    .filter((r) => trouvees.has(r.id))
    .map((r) => {
      const t = trouvees.get(r.id)!;
      return {
        ...r,
        base: citer(r.source),
        raison: [...t.raisons].join('\u202f; '),
        ids: [...t.ids],
        details: t.details,
      };
    });
  const aExclure = [
    ...new Set(
      infractions.filter((i) => i.controle && EXCLUANTS.includes(i.controle)).flatMap((i) => i.ids),
    ),
  ];
  return ok({
    pays,
    date,
    conforme: infractions.length === 0,
    infractions,
    aExclure,
    prealables: regles.filter((r) => r.prealable),
    silences: regles.filter((r) => r.portee === 'silence'),
  });
}

type AppelLu = { p: LigneDroit; jour: number; minutes: number; refus: boolean; rang: number };

/** The call rules (hours and holidays, 4 calls in 30 days, 60 days after a refusal), for the rules in force that set them. */
function verifierAppels(
  regles: readonly RegleDroit[],
  appels: readonly AppelLu[],
  signaler: (r: RegleDroit, id: string, raison: string, detail?: string) => void,
): void {
  const regle = (c: Controle) => regles.find((r) => r.controle === c);
  const horaires = regle('horaires'),
    frequence = regle('frequence'),
    refus = regle('delai-apres-refus');
  if (!horaires && !frequence && !refus) return;
  const feries = new Set<number>();
  for (const a of new Set(appels.map((x) => new Date(x.jour * 86_400_000).getUTCFullYear()))) {
    const l = joursFeries({ annee: a });
    if (l.ok) for (const f of l.valeur) feries.add(jourDepuisISO(f.date) as number);
  }
  const parPersonne = new Map<string, AppelLu[]>();
  for (const a of appels) {
    if (
      horaires &&
      horaires.cibles.includes(natureDe(a.p)) &&
      (jourDeSemaine(a.jour) >= 5 || feries.has(a.jour) || !heureAutorisee(a.minutes))
    ) {
      signaler(
        horaires,
        a.p.id,
        'appel un week-end, un jour férié ou hors des heures permises',
        `Appel ${a.rang + 1}\u202f: ${fr(a.jour, a.minutes)}`,
      );
    }
    if (!parPersonne.has(a.p.id)) parPersonne.set(a.p.id, []);
    parPersonne.get(a.p.id)!.push(a);
  }
  for (const [id, liste] of parPersonne) {
    liste.sort((x, y) => x.jour - y.jour || x.minutes - y.minutes || x.rang - y.rang);
    const nature = natureDe(liste[0].p);
    let dernierRefus: number | null = liste[0].p.dateRefus
      ? jourDepuisISO(liste[0].p.dateRefus)
      : null;
    liste.forEach((a, k) => {
      // Sliding window of 30 calendar days ending with this call: the 5th call in it is one too many.
      let n = 0;
      for (let m = k; m >= 0 && a.jour - liste[m].jour < EN_JOURS; m--) n++;
      if (frequence && frequence.cibles.includes(nature) && n > MAX_APPELS)
        signaler(
          frequence,
          id,
          'trop d’appels en 30\u00a0jours',
          `Appel ${a.rang + 1}\u202f: ${n}e appel en 30\u00a0jours (${fr(a.jour, a.minutes)})`,
        );
      if (
        refus &&
        refus.cibles.includes(nature) &&
        dernierRefus !== null &&
        a.jour - dernierRefus >= 0 &&
        a.jour - dernierRefus < SILENCE_APRES_REFUS
      ) {
        signaler(
          refus,
          id,
          'rappel trop tôt après un refus',
          `Appel ${a.rang + 1}\u202f: ${a.jour - dernierRefus}\u00a0jours après un refus (${fr(a.jour, a.minutes)})`,
        );
      }
      if (a.refus) dernierRefus = a.jour;
    });
  }
}
