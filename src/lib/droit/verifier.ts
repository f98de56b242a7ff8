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

/** Why a row breaks a row rule, or null when it does not: one check per rule. */
type Motif = (p: LigneDroit, c: Campagne, date: string) => string | null;

const consentementPersonnePhysique: Motif = (p, c) => {
  if (!personnePhysique(p, c.canal)) return null;
  const accord =
    c.canal === 'email' || c.canal === 'sms' ? p.consentementEmail : p.consentementTelephone;
  if (accord === true) return null;
  return natureDe(p) === 'professionnel'
    ? 'personne nommée, sans consentement préalable (pas d’exception entre professionnels)'
    : 'aucun consentement préalable enregistré';
};

const consentementTelephone: Motif = (p, _c, date) => {
  if (p.consentementTelephone !== true) return 'aucun consentement à être appelé enregistré';
  if (!p.dateConsentementTelephone || jourDepuisISO(p.dateConsentementTelephone) === null)
    return 'consentement sans date de recueil : il ne peut pas être prouvé';
  return p.dateConsentementTelephone > date
    ? 'consentement recueilli après la date de la campagne'
    : null;
};

const MOTIFS: Partial<Record<Controle, Motif>> = {
  opposition: (p) => (p.opposition === true ? 'opposition enregistrée' : null),
  'consentement-email': (p) =>
    p.consentementEmail === true ? null : 'aucun consentement préalable enregistré',
  'opt-out-metier': (p, c) =>
    c.offreLieeAuPoste === false && p.consentementEmail !== true
      ? 'offre sans rapport avec son métier, sans consentement'
      : null,
  'consentement-personne-physique': consentementPersonnePhysique,
  'liste-opposition': (p) => (p.bloctel === true ? 'numéro inscrit sur Bloctel' : null),
  'consentement-telephone': consentementTelephone,
  'renovation-energetique': (_p, c) =>
    c.renovationEnergetique === true ? 'offre de rénovation énergétique' : null,
};

/** The campaign's date once its inputs are checked: a known channel, a file, valid dates. */
function dateDeLaCampagne(
  campagne: Campagne,
  prospects: readonly LigneDroit[],
  aujourdhui: string,
): Resultat<string> {
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
  return ok(date);
}

/** The calls of a campaign read: each names a row of the file and a valid date and time. */
function lireAppels(
  brut: readonly Appel[],
  parId: ReadonlyMap<string, LigneDroit>,
): Resultat<AppelLu[]> {
  const appels: AppelLu[] = [];
  for (const [rang, a] of brut.entries()) {
    const p = parId.get(a?.prospectId);
    const quand = dateHeureDepuisISO(a?.dateHeure);
    if (!p)
      return echec(
        `L’appel ${rang + 1} vise un prospect absent du fichier (${a?.prospectId}).`,
        'campagne.appels',
      );
    if (!quand)
      return echec(
        `L’appel ${rang + 1} n’a pas une date et une heure valides (aaaa-mm-jjThh:mm).`,
        'campagne.appels',
      );
    appels.push({ p, ...quand, refus: a.refus === true, rang });
  }
  return ok(appels);
}

/** The rows a campaign reaches (its targets and everyone it calls), and its calls read; every id must be in the file. */
function lignesVisees(
  campagne: Campagne,
  prospects: readonly LigneDroit[],
): Resultat<{ vises: LigneDroit[]; appels: AppelLu[] }> {
  const parId = new Map(prospects.map((p) => [p.id, p]));
  const cibles = new Set(campagne.prospectIds ?? prospects.map((p) => p.id));
  for (const id of cibles)
    if (!parId.has(id))
      return echec(
        `La campagne vise un prospect absent du fichier (${id}).`,
        'campagne.prospectIds',
      );
  const appels = lireAppels(campagne.appels ?? [], parId);
  if (!appels.ok) return appels;
  for (const a of appels.valeur) cibles.add(a.p.id);
  return ok({ vises: [...cibles].flatMap((id) => parId.get(id) ?? []), appels: appels.valeur });
}

/** The breaches found so far, by rule: the rows, the reasons and the details of each. */
type Signaler = (regle: RegleDroit, id: string, raison: string, detail?: string) => void;
function releve() {
  const trouvees = new Map<
    string,
    { regle: RegleDroit; raisons: Set<string>; ids: Set<string>; details: string[] }
  >();
  const signaler: Signaler = (regle, id, raison, detail) => {
    let t = trouvees.get(regle.id);
    if (!t) {
      t = { regle, raisons: new Set(), ids: new Set(), details: [] };
      trouvees.set(regle.id, t);
    }
    t.ids.add(id);
    t.raisons.add(raison);
    if (detail) t.details.push(detail);
  };
  /** The breached rules, in the order of the rules in force. */
  const infractions = (regles: readonly RegleDroit[]): Infraction[] =>
    regles.flatMap((r) => {
      const t = trouvees.get(r.id);
      if (!t) return [];
      return [
        {
          ...r,
          base: citer(r.source),
          raison: [...t.raisons].join('\u202f; '),
          ids: [...t.ids],
          details: t.details,
        },
      ];
    });
  return { signaler, infractions };
}

/** One excluding row rule applied to the rows reached (the 3-year retention rule on the group at once). */
function appliquerRegle(
  regle: RegleDroit & { controle: Controle },
  vises: readonly LigneDroit[],
  contexte: { campagne: Campagne; date: string; aujourdhui: string; signaler: Signaler },
): Resultat<true> {
  const concernes = vises.filter((p) => regle.cibles.includes(natureDe(p)));
  if (regle.controle === 'conservation') {
    const perimes = contactsPerimes({ prospects: concernes, aujourdhui: contexte.aujourdhui });
    if (!perimes.ok) return perimes;
    for (const id of perimes.valeur)
      contexte.signaler(regle, id, 'plus de 3\u00a0ans sans contact venant de la personne');
    return ok(true);
  }
  const motif = MOTIFS[regle.controle];
  for (const p of concernes) {
    const m = motif?.(p, contexte.campagne, contexte.date);
    if (m) contexte.signaler(regle, p.id, m);
  }
  return ok(true);
}

const excluante = (r: RegleDroit): r is RegleDroit & { controle: Controle } =>
  r.controle !== undefined && EXCLUANTS.includes(r.controle);

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
  const dateLue = dateDeLaCampagne(campagne, prospects, aujourdhui);
  if (!dateLue.ok) return dateLue;
  const date = dateLue.valeur;
  const enVigueur = reglesEnVigueur({ pays, date, canal: campagne.canal });
  if (!enVigueur.ok) return enVigueur;
  const regles = enVigueur.valeur;
  const lus = lignesVisees(campagne, prospects);
  if (!lus.ok) return lus;
  const { vises, appels } = lus.valeur;
  const { signaler, infractions: relevees } = releve();
  for (const regle of regles.filter(excluante)) {
    const r = appliquerRegle(regle, vises, { campagne, date, aujourdhui, signaler });
    if (!r.ok) return r;
  }
  verifierAppels(regles, appels, signaler);
  const infractions = relevees(regles);
  const aExclure = [...new Set(infractions.filter(excluante).flatMap((i) => i.ids))];
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

/** The public holidays of every year a call falls in (day numbers). */
function feriesDesAppels(appels: readonly AppelLu[]): Set<number> {
  const feries = new Set<number>();
  for (const a of new Set(appels.map((x) => new Date(x.jour * 86_400_000).getUTCFullYear()))) {
    const l = joursFeries({ annee: a });
    if (!l.ok) continue;
    for (const f of l.valeur) {
      const jour = jourDepuisISO(f.date);
      if (jour !== null) feries.add(jour);
    }
  }
  return feries;
}

/** A call on a weekend, a public holiday, or outside the allowed hours. */
const horsHoraires = (a: AppelLu, feries: ReadonlySet<number>) =>
  jourDeSemaine(a.jour) >= 5 || feries.has(a.jour) || !heureAutorisee(a.minutes);

/** Calls in the 30 calendar days ending with call `k` of a person's sorted calls (call `k` included). */
function appelsSur30Jours(liste: readonly AppelLu[], k: number): number {
  let n = 0;
  for (let m = k; m >= 0 && liste[k].jour - liste[m].jour < EN_JOURS; m--) n++;
  return n;
}

/** The rules of one person's calls, sorted: 4 calls in 30 days at most, 60 days of silence after a refusal. */
function verifierRythme(
  id: string,
  liste: readonly AppelLu[],
  regles: { frequence?: RegleDroit; refus?: RegleDroit },
  signaler: Signaler,
): void {
  const nature = natureDe(liste[0].p);
  const frequence = regles.frequence?.cibles.includes(nature) ? regles.frequence : undefined;
  const refus = regles.refus?.cibles.includes(nature) ? regles.refus : undefined;
  let dernierRefus: number | null = liste[0].p.dateRefus
    ? jourDepuisISO(liste[0].p.dateRefus)
    : null;
  liste.forEach((a, k) => {
    // Sliding window of 30 calendar days ending with this call: the 5th call in it is one too many.
    const n = appelsSur30Jours(liste, k);
    if (frequence && n > MAX_APPELS)
      signaler(
        frequence,
        id,
        'trop d’appels en 30\u00a0jours',
        `Appel ${a.rang + 1}\u202f: ${n}e appel en 30\u00a0jours (${fr(a.jour, a.minutes)})`,
      );
    const depuisRefus = dernierRefus === null ? -1 : a.jour - dernierRefus;
    if (refus && depuisRefus >= 0 && depuisRefus < SILENCE_APRES_REFUS)
      signaler(
        refus,
        id,
        'rappel trop tôt après un refus',
        `Appel ${a.rang + 1}\u202f: ${depuisRefus}\u00a0jours après un refus (${fr(a.jour, a.minutes)})`,
      );
    if (a.refus) dernierRefus = a.jour;
  });
}

/** The call rules (hours and holidays, 4 calls in 30 days, 60 days after a refusal), for the rules in force that set them. */
function verifierAppels(
  regles: readonly RegleDroit[],
  appels: readonly AppelLu[],
  signaler: Signaler,
): void {
  const regle = (c: Controle) => regles.find((r) => r.controle === c);
  const horaires = regle('horaires'),
    frequence = regle('frequence'),
    refus = regle('delai-apres-refus');
  if (!horaires && !frequence && !refus) return;
  const feries = feriesDesAppels(appels);
  const parPersonne = new Map<string, AppelLu[]>();
  for (const a of appels) {
    if (horaires?.cibles.includes(natureDe(a.p)) && horsHoraires(a, feries))
      signaler(
        horaires,
        a.p.id,
        'appel un week-end, un jour férié ou hors des heures permises',
        `Appel ${a.rang + 1}\u202f: ${fr(a.jour, a.minutes)}`,
      );
    const liste = parPersonne.get(a.p.id);
    if (liste) liste.push(a);
    else parPersonne.set(a.p.id, [a]);
  }
  for (const [id, liste] of parPersonne) {
    liste.sort((x, y) => x.jour - y.jour || x.minutes - y.minutes || x.rang - y.rang);
    verifierRythme(id, liste, { frequence, refus }, signaler);
  }
}
