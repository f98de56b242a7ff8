/**
 * The words of the law the rules engine speaks: channels, targets, countries.
 * Course rule: the nature of a target is the purpose of the purchase, not the person — a
 * self-employed professional buying for their business is a professional (the Lyon file's
 * « indépendants »), a person buying for their home is a consumer.
 */
import type { Pays } from '../commun/prospect.ts';

export type { Pays };

/** Channel of a campaign: e-mail, SMS, phone call by a person, automated call, post, visit to a business, door-to-door at home. */
export type Canal =
  'email' | 'sms' | 'telephone' | 'automate' | 'courrier' | 'visite' | 'porte-a-porte';

/** Every channel, in the order the lessons list them. */
export const CANAUX: readonly Canal[] = [
  'email',
  'sms',
  'telephone',
  'automate',
  'courrier',
  'visite',
  'porte-a-porte',
];

/** French name of each channel. */
export const LIBELLES_CANAL: Readonly<Record<Canal, string>> = {
  email: 'e-mail',
  sms: 'SMS',
  telephone: 'téléphone',
  automate: 'appel automatisé',
  courrier: 'courrier postal',
  visite: 'visite',
  'porte-a-porte': 'porte-à-porte',
};

/** Whom a rule protects: a consumer (buying for private needs) or a professional acting for their business. */
export type Nature = 'consommateur' | 'professionnel';

/** French name of each country, as the « état du droit » titles it. */
export const NOMS_PAYS: Readonly<Record<Pays, string>> = { FR: 'France', MA: 'Maroc' };

/** The personal-data law of a country: its text and the authority that enforces it. */
export interface LoiDesDonnees {
  /** « droit français ». */ droit: string;
  /** The text, as the course cites it in a sentence. */ texte: string;
  /** The authority, by its acronym. */ autorite: string;
  /** The participle agreed with the text's gender (« le RGPD » contrôlé, « la loi » contrôlée). */
  controle: 'contrôlé' | 'contrôlée';
}

/** The personal-data law of each country (chapter 12's checklist says which one a company falls under). */
export const LOI_DES_DONNEES: Readonly<Record<Pays, LoiDesDonnees>> = {
  FR: { droit: 'droit français', texte: 'RGPD', autorite: 'CNIL', controle: 'contrôlé' },
  MA: { droit: 'droit marocain', texte: 'loi 09-08', autorite: 'CNDP', controle: 'contrôlée' },
};

/** « du droit marocain (loi 09-08, contrôlée par la CNDP) »: what a company of that country falls under. */
export function loiDuPays({ pays }: { pays: Pays }): string {
  const l = LOI_DES_DONNEES[pays];
  return `du ${l.droit} (${l.texte}, ${l.controle} par la ${l.autorite})`;
}
