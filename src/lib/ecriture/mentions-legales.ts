/**
 * The legal requirements on a written prospecting message (chapter 13, « Les mentions que la
 * loi impose »), by the sender's country, the channel, the target and the date. Whether the
 * recipient's prior consent is needed comes from the course's rules table (src/lib/droit, issue
 * 16): one rule, one place. The duties that table does not hold as rows (say who writes, offer a
 * way out in every message, inform of the rights on one's data) are written here with their sources.
 */
import { citer, reglesEnVigueur } from '../droit/en-vigueur.ts';
import type { RegleDroit } from '../droit/regles.ts';
import type { Pays } from '../droit/types.ts';

export type { Pays };
export type Canal = 'email' | 'lettre';
export type Cible = 'professionnel' | 'particulier';
export const CANAUX_ECRIT: readonly Canal[] = ['email', 'lettre'];
export const CIBLES_ECRIT: readonly Cible[] = ['professionnel', 'particulier'];

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

/** The key of one situation in a table of requirements computed ahead (the island receives them built). */
export const cleExigences = ({ pays, canal, cible }: { pays: Pays; canal: Canal; cible: Cible }) =>
  `${pays}-${canal}-${cible}`;

/** Where the right to stop receiving messages is written, by country and channel. */
const SOURCES_DESINSCRIPTION: Readonly<Record<Pays, Record<Canal, string>>> = {
  FR: { email: 'CPCE art.\u00a0L34-5', lettre: 'RGPD art.\u00a021' },
  MA: { email: 'Loi n°\u00a009-08, art.\u00a010', lettre: 'Loi n°\u00a009-08, art.\u00a09' },
};

/**
 * The consent requirement: the table's answer for this channel and target, a consent rule, else
 * the rule that frees it (opt-out, « libre »); required only when a consent rule applies.
 */
function exigenceConsentement(regles: readonly RegleDroit[]): Exigence {
  const consentement = regles.find((r) => r.condition === 'consentement');
  const applicable =
    consentement ?? regles.find((r) => r.condition === 'opt-out' || r.condition === 'libre');
  if (!applicable)
    return {
      id: 'consentement',
      requis: false,
      regle: 'Aucune règle du tableau ne vise ce canal et cette cible.',
      source: '',
    };
  return {
    id: 'consentement',
    requis: consentement !== undefined,
    regle: `${applicable.libelle}${applicable.precision ? ` ${applicable.precision}` : ''}`,
    source: citer(applicable.source),
  };
}

/** What the law asks of a written prospecting message in `pays`, sent by `canal` to a `cible` on `date` (ISO). */
export function exigencesEcrit({
  pays,
  canal,
  cible,
  date,
}: {
  pays: Pays;
  canal: Canal;
  cible: Cible;
  date: string;
}): Exigence[] {
  const fr = pays === 'FR';
  const email = canal === 'email';
  const lues = reglesEnVigueur({
    pays,
    date,
    canal: email ? 'email' : 'courrier',
    nature: cible === 'particulier' ? 'consommateur' : 'professionnel',
  });
  return [
    {
      id: 'identite',
      requis: true,
      regle: 'Le message dit qui écrit\u202f: nom de l’entreprise et coordonnées où la joindre.',
      source: fr
        ? 'CPCE art.\u00a0L34-5\u202f; RGPD art.\u00a013-14'
        : 'Loi n°\u00a009-08, art.\u00a05 et 10',
    },
    {
      id: 'desinscription',
      requis: true,
      regle: email
        ? 'Chaque e-mail offre un moyen simple et gratuit de ne plus rien recevoir (lien de désinscription).'
        : 'La lettre indique comment s’opposer à recevoir d’autres sollicitations.',
      source: SOURCES_DESINSCRIPTION[pays][canal],
    },
    exigenceConsentement(lues.ok ? lues.valeur : []),
    {
      id: 'droits',
      requis: true,
      regle: fr
        ? 'Le message informe de l’origine des coordonnées et des droits sur ses données (accès, opposition).'
        : 'Le message informe des droits d’accès, de rectification et d’opposition prévus par la loi 09-08.',
      source: fr ? 'RGPD art.\u00a013-14 et 21' : 'Loi n°\u00a009-08, art.\u00a05, 7 et 9',
    },
  ];
}
