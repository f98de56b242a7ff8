/**
 * The questions that guide the learner's own interpretation of each analysis of the dossier
 * (issue 19): the dossier goes to a jury, so it prints what the learner wrote in answer, never a
 * pre-written paragraph. A tiny module of its own: the dossier's screen cards import it.
 */
export const QUESTIONS_INTERPRETATION = [
  'Que montre ce résultat, en une phrase et avec ses chiffres\u202f?',
  'Pourquoi, selon vous\u202f: qu’est-ce qui, dans l’entreprise ou dans votre démarche, l’explique\u202f?',
  'Que proposez-vous d’en faire\u202f: quelle décision ou quelle action suivante\u202f?',
] as const;
