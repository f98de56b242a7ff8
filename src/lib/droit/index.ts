/**
 * The law of prospecting for France and Morocco (issue 16), the public face of src/lib/droit:
 * the rules as data (regles.ts), the rules in force for a country at a date and the « état du
 * droit » a lesson shows (en-vigueur.ts), the check of a campaign (verifier.ts), and the retention rule of a
 * prospect file (conservation.ts).
 * Islands and stores import from here. mentions-legales.ts (ch 10) imports en-vigueur.ts itself:
 * through this index the bundler tied the campaign check and the calendar to ch 10 (+8.5 KB).
 */
export {
  REGLES,
  DEBUT_CONSENTEMENT_TELEPHONE,
  FIN_BLOCTEL,
  type RegleDroit,
  type Source,
  type Condition,
  type Controle,
} from './regles.ts';
export {
  CANAUX,
  LIBELLES_CANAL,
  NOMS_PAYS,
  LOI_DES_DONNEES,
  loiDuPays,
  type Canal,
  type LoiDesDonnees,
  type Nature,
  type Pays,
} from './types.ts';
export {
  estEnVigueur,
  reglesEnVigueur,
  etatDuDroit,
  citer,
  dateLongue,
  type LigneEtatDuDroit,
} from './en-vigueur.ts';
export {
  verifierCampagne,
  natureDe,
  personnePhysique,
  type Appel,
  type Campagne,
  type Infraction,
  type LigneDroit,
  type Verdict,
} from './verifier.ts';
export { jourDeReference, contactsPerimes } from './conservation.ts';
export * from './champs-du-droit.ts';
