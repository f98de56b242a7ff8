/**
 * The legal requirements on a written prospecting message (chapter 13, « Les mentions que la
 * loi impose »), by the sender's country, the channel and the target. Kept in this one small
 * module, with their sources, until the course's rules table (src/lib/droit/, issue 16) can
 * supply them: the writing workshop only asks `exigencesEcrit` what applies.
 */

export type Pays = 'FR' | 'MA';
export type Canal = 'email' | 'lettre';
export type Cible = 'professionnel' | 'particulier';

/** One requirement and where it comes from. */
export interface Exigence {
  id: 'identite' | 'desinscription' | 'consentement' | 'droits';
  /** Whether the law requires it for this message. */
  requis: boolean;
  /** What the law asks, in French, for the learner. */
  regle: string;
  /** Text and article. */
  source: string;
}

/** What the law asks of a written prospecting message in `pays`, sent by `canal` to a `cible`. */
export function exigencesEcrit({ pays, canal, cible }: { pays: Pays; canal: Canal; cible: Cible }): Exigence[] {
  const fr = pays === 'FR';
  const email = canal === 'email';
  return [
    {
      id: 'identite', requis: true,
      regle: 'Le message dit qui écrit : nom de l’entreprise et coordonnées où la joindre.',
      source: fr ? 'CPCE art. L34-5 ; RGPD art. 13-14' : 'Loi 09-08 art. 5 et 10',
    },
    {
      id: 'desinscription', requis: true,
      regle: email
        ? 'Chaque e-mail offre un moyen simple et gratuit de ne plus rien recevoir (lien de désinscription).'
        : 'La lettre indique comment s’opposer à recevoir d’autres sollicitations.',
      source: fr ? (email ? 'CPCE art. L34-5' : 'RGPD art. 21') : (email ? 'Loi 09-08 art. 10' : 'Loi 09-08 art. 9'),
    },
    {
      id: 'consentement',
      // France: B2C e-mail needs prior consent, B2B works on opt-out (offer related to the job).
      // Morocco: prior consent of the natural person for e-mail, with no B2B exception. Post: opt-out.
      requis: email && (!fr || cible === 'particulier'),
      regle: !email
        ? 'Un courrier postal peut être envoyé sans accord préalable, tant que le destinataire ne s’y est pas opposé.'
        : fr
          ? (cible === 'particulier'
            ? 'Un particulier doit avoir donné son accord avant de recevoir un e-mail de prospection.'
            : 'Un professionnel peut recevoir un e-mail sans accord préalable si l’offre concerne son métier ; il peut s’y opposer à tout moment.')
          : 'La personne physique doit avoir donné son accord avant tout e-mail de prospection, professionnel ou particulier.',
      source: fr ? 'CPCE art. L34-5 ; doctrine de la CNIL' : 'Loi 09-08 art. 10',
    },
    {
      id: 'droits', requis: true,
      regle: fr
        ? 'Le message informe de l’origine des coordonnées et des droits sur ses données (accès, opposition).'
        : 'Le message informe des droits d’accès, de rectification et d’opposition prévus par la loi 09-08.',
      source: fr ? 'RGPD art. 13-14 et 21' : 'Loi 09-08 art. 5, 7 et 9',
    },
  ];
}
