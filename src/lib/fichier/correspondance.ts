/**
 * Column mapping of an imported prospect file (course chapter 5: one's own file, « qualifié »
 * before use). A learner's file has its own headers (« Société », « Tél. portable », « E-mail
 * address »): each header is matched to a field of `Prospect` by its normalised form (no case,
 * accents, spaces or punctuation) against French and English synonyms, the field ids themselves
 * (so the sample CSVs and our own exports map back exactly) and the French labels.
 * Conventions: a field is taken by the first header that matches it; a header that matches
 * nothing is left out (`null`), never guessed loosely; the learner confirms or changes each guess.
 */
import { CHAMPS_PROSPECT, LIBELLES_PROSPECT, type ChampProspect } from '../commun/prospect.ts';
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { normaliserTexte } from '../commun/texte.ts';

/** For each column of the file, the field it fills, or `null` when the column is ignored. */
export type Correspondance = (ChampProspect | null)[];

const SYNONYMES: Readonly<Record<ChampProspect, readonly string[]>> = {
  id: ['id', 'identifiant', 'ref', 'reference', 'code', 'numero', 'code prospect', 'code client'],
  raisonSociale: [
    'raison sociale',
    'societe',
    'société',
    'entreprise',
    'nom entreprise',
    'nom de l entreprise',
    'nom de la societe',
    'enseigne',
    'etablissement',
    'organisme',
    'company',
    'company name',
    'organisation',
    'organization',
    'account',
    'account name',
    'business name',
  ],
  nom: [
    'nom',
    'nom de famille',
    'nom du contact',
    'last name',
    'lastname',
    'surname',
    'family name',
    'name',
  ],
  prenom: ['prenom', 'prénom', 'prenom du contact', 'first name', 'firstname', 'given name'],
  type: ['type', 'type de prospect', 'type client', 'cible', 'b2b b2c', 'b2b/b2c', 'customer type'],
  secteur: [
    'secteur',
    'secteur d activite',
    'activite',
    'branche',
    'industrie',
    'industry',
    'sector',
    'naf',
    'code naf',
  ],
  taille: [
    'taille',
    'taille entreprise',
    'categorie entreprise',
    'tranche effectif',
    'company size',
    'size',
  ],
  chiffreAffaires: [
    'ca',
    'c a',
    'chiffre d affaires',
    'chiffre affaires',
    'ca annuel',
    'ca ht',
    'turnover',
    'revenue',
    'annual revenue',
    'sales',
  ],
  fonction: [
    'fonction',
    'poste',
    'titre',
    'intitule de poste',
    'metier',
    'job',
    'job title',
    'title',
    'position',
    'role',
  ],
  age: ['age', 'âge', 'age en annees'],
  ville: ['ville', 'commune', 'localite', 'city', 'town'],
  codePostal: ['code postal', 'cp', 'c p', 'postal code', 'postcode', 'zip', 'zip code', 'zipcode'],
  pays: ['pays', 'country'],
  telephone: [
    'telephone',
    'tel',
    'tél',
    'tel portable',
    'portable',
    'mobile',
    'gsm',
    'numero de telephone',
    'phone',
    'phone number',
    'mobile phone',
  ],
  email: [
    'email',
    'e-mail',
    'mail',
    'courriel',
    'adresse e-mail',
    'adresse email',
    'adresse mail',
    'email address',
    'e-mail address',
  ],
  source: ['source', 'origine', 'provenance', 'canal', 'lead source', 'origine du contact'],
  dateCollecte: [
    'date de collecte',
    'date collecte',
    'date d entree',
    'date de creation',
    'date creation',
    'date ajout',
    'created',
    'created at',
    'creation date',
    'date added',
  ],
  dateDernierContact: [
    'date du dernier contact',
    'dernier contact',
    'date dernier contact',
    'last contact',
    'last contacted',
    'last contact date',
    'last activity',
  ],
  consentementEmail: [
    'consentement',
    'consentement email',
    'consentement e-mail',
    'opt in',
    'optin',
    'accord email',
    'newsletter',
    'email consent',
    'consent',
  ],
  opposition: [
    'opposition',
    'opt out',
    'optout',
    'ne pas contacter',
    'desinscrit',
    'do not contact',
    'unsubscribed',
  ],
  bloctel: ['bloctel', 'inscrit bloctel', 'liste bloctel', 'do not call', 'dnc'],
  temperature: [
    'temperature',
    'température',
    'statut',
    'chaleur',
    'qualification',
    'lead status',
    'status',
  ],
  ouvertures: ['ouvertures', 'emails ouverts', 'nb ouvertures', 'opens', 'email opens'],
  clics: ['clics', 'nb clics', 'clicks', 'email clicks'],
  visitesSite: [
    'visites',
    'visites site',
    'visites du site',
    'visites web',
    'site visits',
    'web visits',
    'page views',
  ],
  demandeDevis: ['demande de devis', 'devis demande', 'devis', 'quote request', 'quote requested'],
  converti: ['converti', 'devenu client', 'transforme', 'converted', 'won'],
  dateRefus: ['date du refus', 'date refus', 'refus le', 'refusal date'],
  nature: [
    'nature',
    'consommateur ou professionnel',
    'particulier ou professionnel',
    'qualite',
    'customer nature',
  ],
  consentementTelephone: [
    'consentement telephone',
    'consentement tel',
    'accord telephone',
    'opt in telephone',
    'phone consent',
    'call consent',
  ],
  dateConsentementTelephone: [
    'date consentement telephone',
    'date du consentement',
    'date accord telephone',
    'phone consent date',
  ],
  origineConsentementTelephone: [
    'origine du consentement',
    'recueil du consentement',
    'preuve du consentement',
    'consent source',
  ],
};

/** A header reduced for matching: « E-mail address » → « emailaddress », « Tél. » → « tel ». */
export function cleEntete({ entete }: { entete: string }): string {
  return normaliserTexte(entete).replace(/[^a-z0-9]+/g, '');
}

const INDEX = new Map<string, ChampProspect>();
for (const champ of CHAMPS_PROSPECT) {
  for (const s of [champ, LIBELLES_PROSPECT[champ], ...SYNONYMES[champ]]) {
    const cle = cleEntete({ entete: s });
    if (!INDEX.has(cle)) INDEX.set(cle, champ);
  }
}

/** Guesses the field of each header; each field goes to the first header that names it. */
export function devinerCorrespondance({ entetes }: { entetes: readonly string[] }): Correspondance {
  const pris = new Set<ChampProspect>();
  return entetes.map((entete) => {
    const champ = INDEX.get(cleEntete({ entete: entete ?? '' }));
    if (!champ || pris.has(champ)) return null;
    pris.add(champ);
    return champ;
  });
}

/** Checks a mapping before import: no field filled twice, and something to name each prospect by. */
export function verifierCorrespondance({
  correspondance,
  entetes,
}: {
  correspondance: Correspondance;
  entetes: readonly string[];
}): Resultat<Correspondance> {
  if (!Array.isArray(correspondance) || correspondance.length !== entetes.length)
    return echec(
      'Chaque colonne du fichier doit être associée à un champ ou ignorée.',
      'correspondance',
    );
  const vus = new Map<ChampProspect, number>();
  for (let i = 0; i < correspondance.length; i++) {
    const champ = correspondance[i];
    if (champ === null) continue;
    if (!CHAMPS_PROSPECT.includes(champ))
      return echec(
        `Le champ de la colonne «\u00a0${entetes[i]}\u00a0» est inconnu.`,
        'correspondance',
      );
    const avant = vus.get(champ);
    if (avant !== undefined)
      return echec(
        `Les colonnes «\u00a0${entetes[avant]}\u00a0» et «\u00a0${entetes[i]}\u00a0» remplissent toutes deux le champ «\u00a0${LIBELLES_PROSPECT[champ]}\u00a0»\u202f: ignorez l’une des deux.`,
        'correspondance',
      );
    vus.set(champ, i);
  }
  if (!['raisonSociale', 'nom', 'email', 'telephone'].some((c) => vus.has(c as ChampProspect))) {
    return echec(
      'Associez au moins une colonne à la raison sociale, au nom, à l’e-mail ou au téléphone\u202f: sinon aucun prospect n’est identifiable.',
      'correspondance',
    );
  }
  return ok(correspondance);
}
