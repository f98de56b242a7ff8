/**
 * Schemas of the sample companies in content/datasets/<id>/: entreprise.json, prospects.csv,
 * clients.csv, ventes.csv, campagne.json. A CSV row arrives as text (`Record<string, string>`):
 * the row schemas coerce it (« 12 » → 12, « oui » / « non » → booleans, an empty cell → undefined)
 * and say in French what was expected, so that `valider-dataset.ts` can name the file, the line
 * and the field of a bad value. Rates are fractions (0.3 = 30 %), amounts HT, dates ISO yyyy-mm-dd.
 */
import { z } from 'astro/zod';
import { jourDepuisISO } from '../lib/commun/dates.ts';
import {
  SOURCES_EXTERNES,
  SOURCES_INTERNES,
  type NatureProspect,
  type Pays,
  type SourceProspect,
  type TailleEntreprise,
  type Temperature,
  type TypeProspect,
} from '../lib/commun/prospect.ts';

const gui = (v: unknown) => `«\u00a0${String(v)}\u00a0»`;

/** A text cell that must not be blank. */
const texte = (quoi: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${quoi} est obligatoire.` });
/** A text cell that may be blank (blank → undefined). */
const texteOptionnel = () => z.string().transform((v) => (v.trim() === '' ? undefined : v.trim()));
/** An ISO date cell (a real calendar day). */
const dateISO = (quoi: string) =>
  z
    .string()
    .trim()
    .refine((v) => jourDepuisISO(v) !== null, {
      error: (iss) =>
        `${quoi} doit être une date aaaa-mm-jj (valeur lue\u202f: ${gui(iss.input)}).`,
    });
/** An integer cell between `min` and `max`. */
const entierCsv = (quoi: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, {
      error: (iss) => `${quoi} doit être un nombre entier (valeur lue\u202f: ${gui(iss.input)}).`,
    })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `${quoi} doit être au moins ${min}.` })
        .max(max, { error: `${quoi} doit être au plus ${max}.` }),
    );
/** A decimal cell (decimal point, as machine-readable files write it), ≥ 0. */
const montantCsv = (quoi: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, {
      error: (iss) =>
        `${quoi} doit être un nombre positif écrit avec un point décimal (valeur lue\u202f: ${gui(iss.input)}).`,
    })
    .transform(Number);
/** « oui » / « non » → boolean. */
const ouiNon = (quoi: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === 'oui' || v === 'non', {
      error: (iss) => `${quoi} doit valoir oui ou non (valeur lue\u202f: ${gui(iss.input)}).`,
    })
    .transform((v) => v === 'oui');
/** A cell restricted to a list of values. */
const parmi = <T extends string>(quoi: string, valeurs: readonly [T, ...T[]]) =>
  z
    .string()
    .trim()
    .refine((v): v is T => (valeurs as readonly string[]).includes(v), {
      error: (iss) =>
        `${quoi} doit valoir ${valeurs.slice(0, -1).join(', ')} ou ${valeurs[valeurs.length - 1]} (valeur lue\u202f: ${gui(iss.input)}).`,
    })
    .transform((v) => v as T);
/** An optional cell: blank → undefined, otherwise parsed by `schema`. */
const optionnel = <S extends z.ZodType<unknown, string>>(schema: S) =>
  z.union([
    z
      .string()
      .trim()
      .length(0)
      .transform(() => undefined),
    schema,
  ]);

const TYPES: readonly [TypeProspect, ...TypeProspect[]] = ['B2B', 'B2C'];
/** Countries of the datasets. */
export const PAYS: readonly [Pays, ...Pays[]] = ['FR', 'MA'];
const NATURES: readonly [NatureProspect, ...NatureProspect[]] = ['consommateur', 'professionnel'];
const TAILLES: readonly [TailleEntreprise, ...TailleEntreprise[]] = ['TPE', 'PME', 'ETI', 'GE'];
const TEMPERATURES: readonly [Temperature, ...Temperature[]] = [
  'suspect',
  'froid',
  'tiede',
  'chaud',
];
const SOURCES = [...SOURCES_INTERNES, ...SOURCES_EXTERNES] as [SourceProspect, ...SourceProspect[]];

/** One row of prospects.csv, coerced to the `Prospect` record of src/lib/commun/prospect.ts. */
export const ProspectLigneSchema = z.object({
  /** Row id (« P0001 »), unique in the file. */
  id: z
    .string()
    .trim()
    .regex(/^P\d{4}$/, {
      error: (iss) =>
        `L’identifiant doit s’écrire P suivi de 4 chiffres (valeur lue\u202f: ${gui(iss.input)}).`,
    }),
  /** Company name (B2B rows). */
  raisonSociale: texteOptionnel(),
  /** Last name of the person (B2C) or of the B2B interlocutor. */
  nom: texteOptionnel(),
  /** First name of the person. */
  prenom: texteOptionnel(),
  /** B2B (company) or B2C (person). */
  type: parmi('Le type', TYPES),
  /** Activity sector (« agroalimentaire », « particulier »…). */
  secteur: texte('Le secteur'),
  /** Size band of a company; blank for a person. */
  taille: optionnel(parmi('La taille', TAILLES)),
  /** Annual turnover HT of a company, in the dataset's currency; blank for a person. */
  chiffreAffaires: optionnel(montantCsv('Le chiffre d’affaires')),
  /** Job title, or profession of a person. */
  fonction: texte('La fonction'),
  /** Age in years (B2C); blank for a company. */
  age: optionnel(entierCsv('L’âge', 16, 110)),
  /** City as typed in the file. */
  ville: texte('La ville'),
  /** Postal code as typed (may not match the city: a planted problem). */
  codePostal: texte('Le code postal'),
  /** Country: FR or MA. */
  pays: parmi('Le pays', PAYS),
  /** Phone as typed; may be blank or malformed (planted problems), checked by the quality report, not here. */
  telephone: z.string(),
  /** E-mail as typed; may be blank or malformed (planted problems). */
  email: z.string(),
  /** Where the contact comes from. */
  source: parmi('La source', SOURCES),
  /** Date the contact entered the file. */
  dateCollecte: dateISO('La date de collecte'),
  /** Date of the last exchange (the 3-year retention clock starts here). */
  dateDernierContact: dateISO('La date du dernier contact'),
  /** Prior consent to commercial e-mail (oui / non). */
  consentementEmail: ouiNon('Le consentement e-mail'),
  /** Objection to prospecting recorded (oui / non). */
  opposition: ouiNon('L’opposition'),
  /** Number registered on Bloctel (oui / non). */
  bloctel: ouiNon('L’inscription Bloctel'),
  /** suspect, froid, tiede or chaud. */
  temperature: parmi('La température', TEMPERATURES),
  /** Marketing e-mails opened. */
  ouvertures: entierCsv('Le nombre d’ouvertures', 0, 1000),
  /** Clicks in those e-mails. */
  clics: entierCsv('Le nombre de clics', 0, 1000),
  /** Visits to the company's website. */
  visitesSite: entierCsv('Le nombre de visites du site', 0, 1000),
  /** The contact asked for a quote (oui / non). */
  demandeDevis: ouiNon('La demande de devis'),
  /** Outcome of the past campaign: became a client (oui / non). */
  converti: ouiNon('Le champ converti'),
  /** Date of the last refusal on the phone, if any. */
  dateRefus: optionnel(dateISO('La date du refus')),
  /** consommateur or professionnel (a self-employed person buying for their work is a professional). */
  nature: parmi('La nature', NATURES),
  /** Recorded prior consent to phone prospecting (oui / non). */
  consentementTelephone: ouiNon('Le consentement téléphone'),
  /** Date that consent was given; blank when none. */
  dateConsentementTelephone: optionnel(dateISO('La date du consentement téléphone')),
  /** How that consent was obtained; blank when none. */
  origineConsentementTelephone: texteOptionnel(),
});
/** A prospect row once coerced. */
export type ProspectLigne = z.infer<typeof ProspectLigneSchema>;

/** One row of clients.csv: the customer portfolio. */
export const ClientLigneSchema = z.object({
  /** Client id (« C001 »), unique in the file. */
  id: z
    .string()
    .trim()
    .regex(/^C\d{3}$/, {
      error: (iss) =>
        `L’identifiant doit s’écrire C suivi de 3 chiffres (valeur lue\u202f: ${gui(iss.input)}).`,
    }),
  /** Company or person name. */
  nom: texte('Le nom'),
  /** Customer category the portfolio chapter groups by (« agroalimentaire », « PME »…). */
  categorie: texte('La catégorie'),
  /** City of the client. */
  ville: texte('La ville'),
  /** Date the client placed a first order. */
  dateEntree: dateISO('La date d’entrée'),
});
/** A client row once coerced. */
export type ClientLigne = z.infer<typeof ClientLigneSchema>;

/** One row of ventes.csv: one invoice (or one premium) of the last 24 months. */
export const VenteLigneSchema = z.object({
  /** Sale id (« V00001 »), unique in the file. */
  id: z
    .string()
    .trim()
    .regex(/^V\d{5}$/, {
      error: (iss) =>
        `L’identifiant doit s’écrire V suivi de 5 chiffres (valeur lue\u202f: ${gui(iss.input)}).`,
    }),
  /** Id of the client in clients.csv. */
  client: texte('Le client'),
  /** Category of that client (repeated so the file can be analysed alone). */
  categorie: texte('La catégorie'),
  /** Invoice date. */
  date: dateISO('La date'),
  /** Amount HT. */
  montantHT: montantCsv('Le montant HT'),
  /** Cost HT of what was sold (purchase or production cost, or the insurer's share of a premium). */
  coutHT: montantCsv('Le coût HT'),
});
/** A sales row once coerced. */
export type VenteLigne = z.infer<typeof VenteLigneSchema>;

export * from './entreprise.ts';
