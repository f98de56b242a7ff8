/**
 * The course rules a role-play verdict can cite (chapter 13, « L’appel de prospection »). A
 * dialogue's reply names one by id; the end-of-call review prints it beside the verdict, so the
 * learner always reads the rule, not just a score.
 */
export interface RegleAppel {
  /** Short title. */
  titre: string;
  /** The rule, in one or two sentences. */
  regle: string;
}

export const REGLES_APPEL: Readonly<Record<string, RegleAppel>> = {
  'se-presenter': {
    titre: 'Se présenter',
    regle:
      'On donne son nom et celui de son entreprise dès la première phrase : un appel anonyme se fait filtrer.',
  },
  'personne-nommee': {
    titre: 'Demander une personne nommée',
    regle:
      'Au standard, on demande une personne par son nom ou une fonction précise, jamais « le responsable ».',
  },
  'raison-vraie': {
    titre: 'Une raison courte et vraie',
    regle:
      'Quand le standard demande l’objet de l’appel, on le donne en une phrase, sans ruse : se dire attendu brûle le contact.',
  },
  'allie-standard': {
    titre: 'Le standard comme allié',
    regle:
      'Si la personne est indisponible, on obtient un moment de rappel, un prénom, une adresse : le non du jour prépare le oui de demain.',
  },
  'verifier-disponibilite': {
    titre: 'Vérifier la disponibilité',
    regle:
      'On s’assure que l’interlocuteur peut parler deux minutes ; sinon on convient d’un rappel.',
  },
  'accroche-soncas': {
    titre: 'Accroche selon les mobiles',
    regle:
      'L’accroche parle de l’intérêt du prospect et vise son mobile probable (SONCASE), pas de l’entreprise qui appelle.',
  },
  'pas-argumentaire': {
    titre: 'Pas d’argumentaire au téléphone',
    regle:
      'Le téléphone sert à obtenir le rendez-vous : dérouler le catalogue fatigue et donne des raisons de refuser.',
  },
  'question-ouverte': {
    titre: 'Questions ouvertes',
    regle:
      'Deux ou trois questions ouvertes font parler le prospect de sa situation ; on écoute plus qu’on ne parle.',
  },
  reformulation: {
    titre: 'Reformuler',
    regle:
      'Redire l’objection ou le besoin avec ses mots montre qu’on a compris et vérifie qu’on a bien entendu.',
  },
  'oui-et': {
    titre: '« Oui, et… »',
    regle:
      'On reconnaît ce qui est juste dans l’objection, puis on ajoute un élément nouveau, sans « mais » qui efface ce qui précède.',
  },
  'pas-critiquer': {
    titre: 'Ne pas critiquer le concurrent',
    regle: 'Critiquer le fournisseur actuel, c’est critiquer le choix du prospect.',
  },
  'pas-promesse': {
    titre: 'Pas de promesse intenable',
    regle:
      '« Garanti », « le moins cher », « aucun risque » engagent l’entreprise et se retournent contre le vendeur ; une preuve vérifiable convainc mieux.',
  },
  'documentation-rebond': {
    titre: '« Envoyez-moi une documentation »',
    regle:
      'On accepte, puis on pose une question qui permet d’envoyer ce qui le concerne, et on revient au rendez-vous.',
  },
  'prix-cout-total': {
    titre: '« C’est trop cher »',
    regle:
      'On demande « par rapport à quoi ? » et l’on déplace la discussion vers le coût total, à chiffrer au rendez-vous ; on ne brade pas au téléphone.',
  },
  'temps-court': {
    titre: '« Je n’ai pas le temps »',
    regle:
      'On le reconnaît et l’on propose un rendez-vous court, au moment qui arrange le prospect.',
  },
  'question-alternative': {
    titre: 'Question alternative',
    regle:
      'Pour conclure, on propose deux créneaux précis au choix plutôt qu’une question fermée qui appelle un non.',
  },
  'reformuler-rdv': {
    titre: 'Reformuler le rendez-vous',
    regle: 'Jour, heure, lieu, participants, objet : on reformule tout avant de raccrocher.',
  },
  'confirmation-ecrite': {
    titre: 'Confirmer par écrit',
    regle: 'Une confirmation écrite dans la journée (e-mail ou SMS) évite les rendez-vous oubliés.',
  },
  'respect-refus': {
    titre: 'Respecter un refus',
    regle:
      'Un refus net se respecte et s’enregistre (opposition) ; insister nuit à l’image de l’entreprise et peut enfreindre la loi.',
  },
  'rester-bref': {
    titre: 'Rester bref',
    regle:
      'Un appel de prospection dure quelques minutes : le but est le rendez-vous, pas l’argumentaire.',
  },
};

/** The rule of an id, or a neutral one (a dialogue whose rule id is unknown fails validation first). */
export function regleAppel(id: string): RegleAppel {
  return REGLES_APPEL[id] ?? { titre: id, regle: '' };
}
