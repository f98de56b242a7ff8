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
