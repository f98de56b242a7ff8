/**
 * The RGPD / CNIL checklist for sharing commercial information (course chapter 12, seed 002
 * « Exploiter et mutualiser l’information commerciale », § 1.3). Each point is a duty the lesson
 * teaches, worded as something a team can check, with one line saying why. A point that depends
 * on the country's law names the rules of src/lib/droit it checks (`regles`): the checklist shows
 * them, for France and Morocco, from the rules table, never from text written here. Convention: a
 * request to exercise a right is answered within one month (RGPD art. 12).
 */

/** One point to check. */
export interface PointControle {
  /** Stable id (the learner's ticks are stored under it: never rename one). */ id: string;
  /** What to check, as a short statement. */ libelle: string;
  /** Why, in one line. */ explication: string;
  /** Ids of the rules of src/lib/droit this point checks, when it depends on the country's law. */ regles?: readonly string[];
}

/** The checklist, in the order of the lesson: purpose, data, people's rights, security, secrecy. */
export const CHECKLIST_RGPD: readonly PointControle[] = [
  {
    id: 'finalite',
    libelle: 'Chaque fichier a un but précis, annoncé aux personnes',
    explication:
      'Des données collectées pour livrer un client ne servent pas, sans le dire, à lui vendre autre chose.',
  },
  {
    id: 'minimisation',
    libelle: 'On ne collecte que les données utiles à ce but',
    explication:
      'Une date de naissance ou une situation familiale n’a rien à faire dans un fichier de prospects professionnels.',
  },
  {
    id: 'information',
    libelle: 'Chaque message dit qui écrit et comment ne plus être sollicité',
    explication:
      'Sans lien de désinscription ou mention d’opposition, le droit d’opposition ne peut pas s’exercer.',
  },
  {
    id: 'consentement',
    libelle: 'Accord préalable avant tout e-mail ou SMS que la loi du pays y soumet',
    explication:
      'La France et le Maroc ne traitent pas de la même façon l’e-mail entre professionnels.',
    regles: ['fr-email-consommateur', 'fr-email-professionnel', 'ma-email'],
  },
  {
    id: 'telephone',
    libelle: 'Avant d’appeler un particulier, on applique la règle du pays à la date de l’appel',
    explication: 'La règle a changé en France le 11\u00a0août 2026, et le Maroc en a une autre.',
    regles: ['fr-telephone-consentement', 'ma-telephone'],
  },
  {
    id: 'declaration',
    libelle: 'Au Maroc, le fichier est déclaré à la CNDP avant tout usage',
    explication: 'Sans déclaration ni autorisation, le traitement lui-même est illégal.',
    regles: ['ma-declaration'],
  },
  {
    id: 'opposition',
    libelle: 'Une opposition est enregistrée dans le CRM et respectée aussitôt',
    explication:
      'La personne n’a pas à se justifier, et la demande vaut pour tous les collègues et toutes les campagnes.',
  },
  {
    id: 'droits',
    libelle:
      'Une demande d’accès, de rectification ou d’effacement reçoit une réponse sous un mois',
    explication:
      'Il faut donc savoir qui la traite et où se trouvent toutes les données de la personne.',
  },
  {
    id: 'conservation',
    libelle: 'Un prospect resté muet trop longtemps est supprimé ou sollicité une dernière fois',
    explication:
      'Le délai court depuis le dernier contact venant de lui, pas depuis le dernier envoi de l’entreprise.',
    regles: ['fr-conservation', 'ma-conservation'],
  },
  {
    id: 'acces',
    libelle: 'Seules les personnes qui en ont besoin ouvrent les fiches',
    explication: 'Chacun a son identifiant, et les droits du CRM suivent le poste occupé.',
  },
  {
    id: 'securite',
    libelle: 'Aucun fichier de contacts ne voyage par clé USB ou messagerie personnelle',
    explication: 'Le partage passe par l’outil commun, protégé par mot de passe et sauvegardé.',
  },
  {
    id: 'secret',
    libelle: 'Les prix négociés et les projets des clients restent dans l’entreprise',
    explication:
      'Ils relèvent du secret des affaires, même quand un partenaire du réseau les demande.',
  },
];

/** The ids of the checklist, for the stored ticks. */
const IDS = new Set(CHECKLIST_RGPD.map((p) => p.id));

/**
 * Reads stored ticks. A list of strings is accepted and the ids the checklist no longer has are
 * dropped (a point removed from the course must not make the store « corrupt »); anything else
 * is refused (undefined), so the store sets it aside and reports it.
 */
export function validerCoches(brut: unknown): string[] | undefined {
  if (!Array.isArray(brut) || brut.length > 100 || !brut.every((x) => typeof x === 'string'))
    return undefined;
  return [...new Set(brut as string[])].filter((id) => IDS.has(id));
}
