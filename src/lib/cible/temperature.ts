/**
 * The temperature of a contact read from its signals (course chapter 3, seed 001 « suspect,
 * prospect froid / tiède / chaud, client »; seed 000 « contacts, clients actuels »).
 * - Suspect: in the target, never reached, no signal. Froid: has met the offer (reached by the
 *   campaign, or opened an e-mail, or came once to the site). Tiède: shows a need (clicked on
 *   the offer, several visits). Chaud: asked for a quote. Client: signed.
 * - Conventions chosen where the sources say nothing precise, stated in the lesson's table:
 *   a signal is dated by the last exchange; older than `joursFraicheur` (6 months, the lesson's
 *   « une visite il y a six mois ne dit presque plus rien ») it counts one step lower, but never
 *   below froid (a qualified prospect does not become a suspect again by mere ageing).
 *   A refusal within the same window caps the contact at froid. An objection to prospecting is not
 *   a temperature: the contact leaves the prospects (RGPD art. 21, loi 09-08 art. 9) and the rule
 *   answers with an error on `opposition` instead of a stage.
 * - The engagement level (0 to 3) goes through chapter 6's `temperature` with thresholds
 *   tiède 2 and chaud 3, so that the two chapters share one « ≥ threshold » convention.
 */
import type { Prospect, Temperature } from '../commun/prospect.ts';
import { temperature } from '../scoring/scoring.ts';
import { jourDepuisISO } from '../commun/dates.ts';
import { formatNombre } from '../commun/nombres.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';

/** The five stages of the course, from the farthest from buying to the client. */
export type Stade = Temperature | 'client';
/** The stages in order, coldest first. */
export const STADES: readonly Stade[] = ['suspect', 'froid', 'tiede', 'chaud', 'client'];
/** French name of each stage. */
export const LIBELLES_STADE: Readonly<Record<Stade, string>> = {
  suspect: 'suspect',
  froid: 'prospect froid',
  tiede: 'prospect tiède',
  chaud: 'prospect chaud',
  client: 'client',
};

/** The fields of a contact the rule reads. */
export type SignauxContact = Pick<
  Prospect,
  | 'ouvertures'
  | 'clics'
  | 'visitesSite'
  | 'demandeDevis'
  | 'converti'
  | 'opposition'
  | 'dateCollecte'
  | 'dateDernierContact'
> & { id?: string; dateRefus?: string };

/** The rule's settings: how long a signal stays fresh, how many visits show a need. */
export interface ReglesTemperature {
  joursFraicheur: number;
  visitesTiede: number;
}
/** The settings the course uses: 6 months (180 days), two visits. */
export const REGLES_TEMPERATURE: ReglesTemperature = { joursFraicheur: 180, visitesTiede: 2 };

/** A contact classified: its stage, the reason in French, and the figures the reason used. */
export interface ClassementContact {
  stade: Stade;
  /** « a demandé un devis, dernier contact il y a 12 jours → prospect chaud ». */
  raison: string;
  /** Days from the last exchange to the reference date; null when never reached or undated. */
  joursDepuisContact: number | null;
  /** Reached at least once after entering the file. */
  joint: boolean;
  /** Days since a refusal on the phone, if one is recorded (and not after the reference date). */
  joursDepuisRefus: number | null;
}

const compte = (n: number, un: string, plusieurs: string) =>
  n === 1 ? `${un}` : `${formatNombre(n, 0)} ${plusieurs}`;
/** « aujourd’hui », « hier », « il y a 12 jours ». */
export function depuis({ jours }: { jours: number }): string {
  return jours <= 0
    ? 'aujourd’hui'
    : jours === 1
      ? 'hier'
      : `il y a ${formatNombre(jours, 0)}\u00a0jours`;
}

function verifier(c: SignauxContact): Resultat<SignauxContact> {
  const nom = c.id ? ` du contact ${c.id}` : '';
  const champs = [
    ['ouvertures', 'Le nombre d’ouvertures'],
    ['clics', 'Le nombre de clics'],
    ['visitesSite', 'Le nombre de visites du site'],
  ] as const;
  for (const [champ, libelle] of champs) {
    const x = c[champ];
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0)
      return echec(`${libelle}${nom} doit être un nombre positif ou nul.`, champ);
  }
  return ok(c);
}

/** Classifies one contact by the rule of the lesson, with the reason for it. */
export function classerContact({
  contact,
  dateReference,
  regles = REGLES_TEMPERATURE,
}: {
  contact: SignauxContact;
  dateReference: string;
  regles?: ReglesTemperature;
}): Resultat<ClassementContact> {
  const reference = jourDepuisISO(dateReference);
  if (reference === null)
    return echec('La date de référence doit être une date valide (aaaa-mm-jj).', 'dateReference');
  const r = verifierRegles(regles);
  if (!r.ok) return r;
  const v = verifier(contact);
  if (!v.ok) return v;
  const dates = datesDuContact(contact, reference);
  const fin = (stade: Stade, motif: string): Resultat<ClassementContact> =>
    ok({ stade, raison: `${motif} → ${LIBELLES_STADE[stade]}`, ...dates });

  if (contact.converti === true) return fin('client', 'a signé lors de la campagne passée');
  if (contact.opposition === true)
    return echec(
      `${nomDuContact(contact)} s’est opposé à la prospection\u202f: il sort du fichier à prospecter et n’a pas de température.`,
      'opposition',
    );
  const { niveau, signal } = signalLePlusFort(contact, dates.joint, regles);
  if (niveau === 0) return fin('suspect', signal);
  if (refusRecent(dates.joursDepuisRefus, niveau, regles))
    return fin(
      'froid',
      `${signal}, mais a refusé au téléphone ${depuis({ jours: dates.joursDepuisRefus })}`,
    );
  const vieilli = vieillir({ niveau, signal, jours: dates.joursDepuisContact, regles });
  const t = temperature({ score: vieilli.niveau, seuils: { chaud: 3, tiede: 2 } });
  return t.ok ? fin(t.valeur, vieilli.motif) : t;
}

const nomDuContact = (contact: SignauxContact): string =>
  contact.id ? `Le contact ${contact.id}` : 'Ce contact';

/** A recent « no » on the phone outweighs a strong signal: the contact said it, the clicks did not. */
const refusRecent = (
  joursDepuisRefus: number | null,
  niveau: number,
  regles: ReglesTemperature,
): joursDepuisRefus is number =>
  joursDepuisRefus !== null && niveau > 1 && joursDepuisRefus <= regles.joursFraicheur;

/** The rule's own settings, when a caller passes other ones than the lesson's. */
function verifierRegles(regles: ReglesTemperature): Resultat<ReglesTemperature> {
  if (!Number.isFinite(regles?.joursFraicheur) || regles.joursFraicheur < 0)
    return echec(
      'La durée de fraîcheur d’un signal doit être un nombre de jours positif.',
      'joursFraicheur',
    );
  if (!Number.isFinite(regles?.visitesTiede) || regles.visitesTiede < 1)
    return echec('Le nombre de visites qui montre un besoin doit être au moins 1.', 'visitesTiede');
  return ok(regles);
}

/**
 * Whether the contact was reached (a last contact after the collection date), how long ago, and how
 * long since a refusal on the phone (a refusal dated after the reference day is not counted).
 */
function datesDuContact(
  contact: SignauxContact,
  reference: number,
): Pick<ClassementContact, 'joursDepuisContact' | 'joint' | 'joursDepuisRefus'> {
  const collecte = jourDepuisISO(contact.dateCollecte ?? ''),
    dernier = jourDepuisISO(contact.dateDernierContact ?? '');
  const joint = dernier !== null && (collecte === null || dernier > collecte);
  const refus = jourDepuisISO(contact.dateRefus ?? '');
  return {
    joursDepuisContact: joint && dernier !== null ? Math.max(0, reference - dernier) : null,
    joint,
    joursDepuisRefus: refus !== null && refus <= reference ? reference - refus : null,
  };
}

/**
 * The strongest signal sets the engagement level: 3 quote, 2 need shown, 1 offer met, 0 nothing.
 * Read in this order, the first signal present wins.
 */
function signalLePlusFort(
  contact: SignauxContact,
  joint: boolean,
  regles: ReglesTemperature,
): { niveau: number; signal: string } {
  const { ouvertures, clics, visitesSite, demandeDevis } = contact;
  const signaux: [present: boolean, niveau: number, signal: () => string][] = [
    [demandeDevis === true, 3, () => 'a demandé un devis'],
    [clics > 0, 2, () => `a cliqué sur l’offre (${compte(clics, '1 clic', 'clics')})`],
    [
      visitesSite >= regles.visitesTiede,
      2,
      () => `a visité le site ${formatNombre(visitesSite, 0)} fois`,
    ],
    [
      ouvertures > 0,
      1,
      () => `a ouvert ${compte(ouvertures, 'un e-mail', 'e-mails')} sans cliquer`,
    ],
    [visitesSite > 0, 1, () => 'a visité le site une fois'],
    [joint, 1, () => 'joint au moins une fois, sans réaction'],
  ];
  const fort = signaux.find(([present]) => present);
  return fort
    ? { niveau: fort[1], signal: fort[2]() }
    : { niveau: 0, signal: 'jamais joint, aucun signal' };
}

/** A strong signal whose last contact is older than the freshness window drops one level. */
function vieillir({
  niveau,
  signal,
  jours,
  regles,
}: {
  niveau: number;
  signal: string;
  jours: number | null;
  regles: ReglesTemperature;
}): { niveau: number; motif: string } {
  if (niveau > 1 && jours !== null && jours > regles.joursFraicheur)
    return {
      niveau: niveau - 1,
      motif: `${signal}, mais le dernier contact remonte à ${formatNombre(jours, 0)}\u00a0jours, plus de ${formatNombre(regles.joursFraicheur / 30, 0)}\u00a0mois\u202f: le signal a vieilli`,
    };
  const quand = jours === null ? '' : `, dernier contact ${depuis({ jours })}`;
  return { niveau, motif: `${signal}${quand}` };
}

/** How far apart two stages are, in steps (0: same stage). */
export function ecartStades({ a, b }: { a: Stade; b: Stade }): number {
  return Math.abs(STADES.indexOf(a) - STADES.indexOf(b));
}

/** The learner's answers set against the rule: agreements, answers given, and the share that agree. */
export interface Comparaison {
  accords: number;
  repondus: number;
  total: number;
  taux: number;
  ecarts: (number | null)[];
}

/** Compares answers (undefined: no answer) with the rule's stages, contact by contact; the rate is over all contacts. */
export function comparerReponses({
  attendus,
  reponses,
}: {
  attendus: readonly Stade[];
  reponses: readonly (Stade | undefined)[];
}): Resultat<Comparaison> {
  if (!Array.isArray(attendus) || attendus.length === 0)
    return echec('Il n’y a aucun contact à comparer.', 'attendus');
  if (!Array.isArray(reponses) || reponses.length !== attendus.length)
    return echec('Il faut une réponse (ou une absence de réponse) par contact.', 'reponses');
  const ecarts = attendus.map((a, i) =>
    reponses[i] && STADES.includes(reponses[i]) ? ecartStades({ a, b: reponses[i] }) : null,
  );
  const accords = ecarts.filter((e) => e === 0).length,
    repondus = ecarts.filter((e) => e !== null).length;
  return ok({ accords, repondus, total: attendus.length, taux: accords / attendus.length, ecarts });
}
