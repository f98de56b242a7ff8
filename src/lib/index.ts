/**
 * The public API of the domain library (issue 3): every formula and rule of the course,
 * pure TypeScript with no DOM, Preact, nanostores or Astro import. Stores, islands, exercise
 * generators and pages import from here (`@lib/index.ts`) rather than from single modules.
 */
export * from './resultat.ts';
export * from './aleatoire.ts';
export * from './nombres.ts';
export {
  libelleChamp,
  nomChamp,
  uniteChamp,
  arrondiSuperieur,
  exigerNombre,
  exigerPositif,
  exigerStrictementPositif,
  exigerFraction,
  exigerQue,
  type CleChamp,
  type Unite,
} from './champs.ts';
export * from './marges.ts';
export * from './budget.ts';
export * from './evolution.ts';
export * from './rentabilite.ts';
export * from './valeur-client.ts';
export * from './capacite.ts';
export { formules, formule, type Formule, type EntreeFormule } from './formules.ts';

// ── List functions and file rules (portefeuille, entonnoir, scoring, fichier, rgpd, requetes,
// planning, methodes, monte-carlo …): the other half of issue 3 adds its exports below. ──
export * from './prospect.ts';
export * from './dates.ts';
export * from './texte.ts';
export * from './portefeuille.ts';
export * from './ventes.ts';
export * from './entonnoir.ts';
export * from './scoring.ts';
export * from './fichier.ts';
export {
  REGLES,
  DEBUT_CONSENTEMENT_TELEPHONE,
  FIN_BLOCTEL,
  CANAUX,
  LIBELLES_CANAL,
  NOMS_PAYS,
  estEnVigueur,
  reglesEnVigueur,
  etatDuDroit,
  citer,
  dateLongue,
  verifierCampagne,
  natureDe,
  personnePhysique,
  type RegleDroit,
  type Source,
  type Condition,
  type Controle,
  type Canal,
  type Nature,
  type LigneEtatDuDroit,
  type Appel,
  type Campagne,
  type Infraction,
  type LigneDroit,
  type Verdict,
} from './droit/index.ts';
export * from './requetes.ts';
export * from './planning.ts';
export * from './monte-carlo.ts';
export * from './methodes.ts';
