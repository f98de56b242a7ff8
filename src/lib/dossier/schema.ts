/**
 * The shape of a dossier file as `zod/mini` schemas, each field named as the page names it (for
 * the French messages of schema-francais.ts). Nothing in a file is trusted:
 * - sizes: 30 categories, 30 cost lines, 5 000 characters per text, 200 per name,
 *   LIMITE_VENTES sales rows; amounts between 0 and 10¹² (a margin may be negative);
 * - an absent (or null) field takes its empty value, so that a dossier saved half-filled is
 *   valid: '' for a text, nothing for a figure, the first choice, an empty list;
 * - an unknown key is dropped (`z.object`), so nothing a file adds reaches the store or the page;
 *   text is kept as text, never parsed as HTML (Preact escapes it on screen and in print).
 * `format` and `version` are checked by lecture.ts before the schema, with their own messages.
 */
import * as z from 'zod/mini';
import { jourDepuisISO } from '../commun/dates.ts';
import { nomme } from '../commun/schema-francais.ts';
import { IDS_ANALYSES } from './analyser.ts';
import { FORMAT_DOSSIER, VERSION_DOSSIER } from './modele.ts';
import { LIMITE_VENTES, VERSION_VENTES } from './ventes.ts';

const TEXTE = 5000;
const NOM = 200;
const MONTANT_MAX = 1e12;

/** A value a file may leave out (or set to null): it reads as `vide`. */
const siAbsent = <S extends z.core.$ZodType>(vide: unknown, schema: S) =>
  z.pipe(
    z.transform((v: unknown) => v ?? vide),
    schema,
  );

const texte = (nom: string, max = TEXTE) =>
  nomme(nom, siAbsent('', z.string().check(z.maxLength(max))));
const nombre = (nom: string, min = 0, max = MONTANT_MAX) =>
  nomme(nom, siAbsent(undefined, z.optional(z.number().check(z.gte(min), z.lte(max)))));
const choix = <const T extends readonly [string, ...string[]]>(nom: string, valeurs: T) =>
  nomme(nom, siAbsent(valeurs[0], z.enum(valeurs)));
const objet = <F extends z.core.$ZodLooseShape>(nom: string, champs: F) =>
  nomme(nom, siAbsent({}, z.object(champs)));
const liste = <S extends z.core.$ZodType>(nom: string, max: number, element: S) =>
  nomme(nom, siAbsent([], z.array(element).check(z.maxLength(max))));
const etapes = (nom: string) =>
  objet(nom, {
    fichier: nombre('fiches'),
    contactsJoints: nombre('contacts joints'),
    rdv: nombre('rendez-vous'),
    propositions: nombre('propositions'),
    commandes: nombre('commandes'),
  });

/** The learner's interpretation of each analysis, by analysis id: other ids are dropped, an empty one too. */
const interpretations = nomme(
  'Interprétations',
  siAbsent(
    {},
    z.pipe(
      z.object(Object.fromEntries(IDS_ANALYSES.map((id) => [id, texte(id)]))),
      z.transform((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== ''))),
    ),
  ),
);

/** A date as the sales file keeps it: aaaa-mm-jj, a day that exists. */
const estDateIso = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && jourDepuisISO(v) !== null;

/** One sale of the file: a client, a date, an amount; an empty category is no category. */
const VenteSchema = nomme(
  'vente',
  z.object({
    client: nomme(
      'client',
      z.string().check(
        z.maxLength(NOM),
        z.refine((c) => c.trim() !== '', { error: 'est vide' }),
      ),
    ),
    date: nomme(
      'date',
      z.custom<string>(estDateIso, { error: 'doit être une date aaaa-mm-jj qui existe' }),
    ),
    montant: nomme('montant HT', z.number().check(z.gte(0), z.lte(MONTANT_MAX))),
    categorie: nomme(
      'catégorie',
      z.pipe(
        z.optional(z.nullable(z.string().check(z.maxLength(NOM)))),
        z.transform((c) => c || undefined),
      ),
    ),
    cout: nombre('coût'),
  }),
);

/** The sales file of the dossier (ventes.ts), optional: an older file has none. */
export const VentesDossierSchema = z.object({
  version: z.literal(VERSION_VENTES),
  fichier: texte('nom du fichier', NOM),
  lignes: liste('ventes', LIMITE_VENTES, VenteSchema),
});

/** The whole dossier (modele.ts), parts 2 to 4 of the outline. */
export const DossierSchema = z.object({
  format: z.literal(FORMAT_DOSSIER),
  version: z.literal(VERSION_DOSSIER),
  etudiant: texte('Nom de l’étudiant', NOM),
  entreprise: objet('Entreprise', {
    nom: texte('nom', NOM),
    activite: texte('activité'),
    offre: texte('offre'),
    marche: texte('marché'),
    devise: choix('devise', ['EUR', 'MAD']),
  }),
  demande: objet('Demande', {
    relationClient: texte('relation client'),
    persona: texte('persona'),
  }),
  portefeuille: objet('Portefeuille', {
    anneeN1: texte('année N−1', 40),
    anneeN: texte('année N', 40),
    categories: liste(
      'catégories',
      30,
      nomme(
        'catégorie',
        z.object({ nom: texte('nom', NOM), caN1: nombre('CA N−1'), caN: nombre('CA N') }),
      ),
    ),
  }),
  ventes: nomme('Fichier de ventes', siAbsent(undefined, z.optional(VentesDossierSchema))),
  valeur: objet('Valeur client', {
    transactions: nombre('nombre de ventes'),
    prixVenteHT: nombre('prix de vente HT'),
    coutAchatHT: nombre('coût d’achat HT'),
    typeTaux: choix('type de taux', ['marque', 'marge', 'commission']),
    taux: nombre('taux', -1, 100),
    frequence: nombre('fréquence d’achat'),
    duree: nombre('durée de vie client', 0, 200),
    depensesAcquisition: nombre('dépenses d’acquisition'),
    nouveauxClients: nombre('nouveaux clients'),
  }),
  objectifs: objet('Objectifs', {
    problematique: texte('problématique'),
    qualitatifs: texte('objectifs qualitatifs'),
    nouveauxClients: nombre('nouveaux clients'),
    chiffreAffaires: nombre('chiffre d’affaires'),
    marge: nombre('marge'),
  }),
  cible: objet('Cible', {
    typeClientele: texte('type de clientèle'),
    persona: texte('persona'),
    qualification: texte('qualification'),
    offreRetenue: texte('offre retenue'),
  }),
  methode: objet('Méthode', {
    nom: texte('nom', NOM),
    justification: texte('justification'),
    couts: liste(
      'coûts',
      30,
      nomme(
        'ligne de coût',
        z.object({ action: texte('action', NOM), montant: nombre('montant') }),
      ),
    ),
  }),
  base: objet('Base de données', {
    constitution: texte('constitution'),
    outils: texte('outils'),
    fiches: nombre('fiches'),
    doublons: nombre('doublons'),
    incompletes: nombre('fiches incomplètes'),
    opposees: nombre('fiches opposées à la prospection'),
  }),
  temps: objet('Temps', {
    visitesAFaire: nombre('visites à faire'),
    semaines: nombre('semaines', 0, 53),
    joursParSemaine: nombre('jours par semaine', 0, 7),
    visitesParJour: nombre('visites par jour', 0, 100),
    commerciaux: nombre('commerciaux', 0, 10000),
    planning: texte('planning'),
  }),
  resultats: objet('Résultats', {
    etapes: etapes('étapes'),
    objectifsEtapes: etapes('objectifs des étapes'),
    chiffreAffairesGenere: nombre('CA généré'),
    margeGeneree: nombre('marge générée', -MONTANT_MAX),
  }),
  conclusion: texte('Conclusion'),
  interpretations,
});
