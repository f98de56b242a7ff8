/**
 * One diagnosis of a campaign against its plan (issue 14): chapter 10 (« le réalisé » beside the
 * funnel) and chapter 11 (the dashboard's conclusion) both call it, so they can never name two
 * different weakest steps or two verdicts on the same figures.
 *
 * It compares RATES, stage by stage: a rate does not depend on the campaign's size, so a plan of
 * 57 contacts can be set against a campaign of 420 without dividing a count by a count of another
 * scale. The index of a stage is réel ÷ prévu; the weakest stage is the lowest index below 1
 * (ties: the earliest, where a loss costs every stage after it).
 * Verdicts: « conforme » (no stage below its planned rate, none more than 5 % above), « proche »
 * (the weakest is 5 % below at most, and none far above), « a-travailler » (a stage more than 5 %
 * below), « au-dessus » (no stage more than 5 % below, at least one more than 5 % above). The
 * sentence names every stage under its rate, even within the 5 % tolerance: the table beside it
 * shows that stage under 100 %, and the two must agree (defect D2).
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { accorder } from '../commun/accord.ts';
import { estFini, formatDecimales } from '../commun/nombres.ts';
import {
  ETAPES_ENTONNOIR,
  TAUX_ENTONNOIR,
  effectifsEnListe,
  type EffectifsParEtape,
  type IdEtape,
} from './etapes.ts';

/** One stage rate, planned and real. */
export interface EtapeDiagnostic {
  vers: IdEtape;
  libelle: string;
  tauxPrevu: number;
  tauxReel: number | null;
  ecartPoints: number | null;
  indice: number | null;
}
/** The verdict, named. */
export type Verdict = 'conforme' | 'proche' | 'a-travailler' | 'au-dessus';
/** The diagnosis. */
export interface Diagnostic {
  etapes: EtapeDiagnostic[];
  effectifsReels: number[];
  tauxGlobalPrevu: number;
  tauxGlobalReel: number | null;
  /** Index in `etapes` of the weakest stage, or null when no stage is below its plan. */
  plusFaible: number | null;
  verdict: Verdict;
  /** The verdict in one or two French sentences. */
  phrase: string;
  /** Set when the plan and the campaign differ in size: what is compared, said on screen. */
  echelle: string | null;
}

const TOLERANCE = 0.05,
  NETTEMENT = 0.2;
const pct = (x: number) => `${formatDecimales(x * 100, 1)}\u202f%`;

/** Compares a campaign's real counts (contacts → orders) with the planned stage rates. */
export function diagnostiquerCampagne({
  tauxPrevus,
  effectifsReels,
  contactsPrevus,
}: {
  tauxPrevus: readonly number[];
  effectifsReels: readonly number[];
  /** The plan's contacts, when it has some: a different size is said, and only rates are compared. */
  contactsPrevus?: number;
}): Resultat<Diagnostic> {
  if (
    tauxPrevus.length !== TAUX_ENTONNOIR.length ||
    tauxPrevus.some((t) => !estFini(t) || t < 0 || t > 1)
  )
    return echec(
      'Le plan doit donner les quatre taux de l’entonnoir, chacun entre 0 et 100\u202f%.',
      'tauxPrevus',
    );
  if (
    effectifsReels.length !== ETAPES_ENTONNOIR.length ||
    effectifsReels.some((n) => !estFini(n) || n < 0)
  )
    return echec(
      'La campagne doit donner un effectif positif ou nul à chacune des cinq étapes.',
      'effectifsReels',
    );
  for (let i = 1; i < effectifsReels.length; i++) {
    if (effectifsReels[i] > effectifsReels[i - 1])
      return echec(
        `${ETAPES_ENTONNOIR[i].nom} (${effectifsReels[i]}) dépasse l’étape précédente (${effectifsReels[i - 1]})\u202f: un entonnoir ne grossit jamais.`,
        'effectifsReels',
      );
  }
  const etapes = TAUX_ENTONNOIR.map((t, i): EtapeDiagnostic => {
    const tauxReel = effectifsReels[i] > 0 ? effectifsReels[i + 1] / effectifsReels[i] : null;
    const tauxPrevu = tauxPrevus[i];
    // A quotient off its rate by a rounding hair (0,999 999 999 9) is the rate itself.
    const brut = tauxReel === null || tauxPrevu === 0 ? null : tauxReel / tauxPrevu;
    const indice = brut !== null && Math.abs(brut - 1) < 1e-9 ? 1 : brut;
    return {
      vers: t.vers,
      libelle: t.libelle,
      tauxPrevu,
      tauxReel,
      ecartPoints: tauxReel === null ? null : tauxReel - tauxPrevu,
      indice,
    };
  });
  let plusFaible: number | null = null,
    plusFort: number | null = null;
  for (const [i, e] of etapes.entries()) {
    if (e.indice === null) continue;
    if (e.indice < 1 && (plusFaible === null || e.indice < (etapes[plusFaible].indice as number)))
      plusFaible = i;
    if (e.indice > 1 && (plusFort === null || e.indice > (etapes[plusFort].indice as number)))
      plusFort = i;
  }
  const faible = plusFaible === null ? null : etapes[plusFaible];
  const fort = plusFort === null ? null : etapes[plusFort];
  const enDessous = faible !== null && faible.indice! < 1 - TOLERANCE;
  const auDessus = fort !== null && fort.indice! > 1 + TOLERANCE;
  const verdict: Verdict = enDessous
    ? 'a-travailler'
    : auDessus
      ? 'au-dessus'
      : faible
        ? 'proche'
        : 'conforme';

  const phrases: string[] = [];
  const dit = (e: EtapeDiagnostic, i: number) =>
    `${TAUX_ENTONNOIR[i].court}\u202f: ${pct(e.tauxReel!)} réalisés pour ${pct(e.tauxPrevu)} prévus, soit ${pct(e.indice!)} du taux prévu`;
  if (verdict === 'conforme')
    phrases.push(
      'La campagne a tenu le plan\u202f: chaque étape reste à moins de 5\u202f% de son taux prévu.',
    );
  else if (verdict === 'proche')
    phrases.push(
      `L’étape la plus faible est ${dit(faible!, plusFaible!)}. L’écart reste faible\u202f: la campagne a presque tenu le plan.`,
    );
  else if (verdict === 'a-travailler')
    phrases.push(
      `L’étape la plus faible est ${dit(faible!, plusFaible!)}. C’est elle qu’il faut travailler en premier.`,
    );
  else if (faible)
    // Within the tolerance but under: named, so that the sentence agrees with the table's row.
    phrases.push(
      `Aucune étape ne reste nettement sous son taux prévu (de plus de 5\u202f%), mais ${TAUX_ENTONNOIR[plusFaible!].court} est tout juste en dessous\u202f: ${pct(faible.tauxReel!)} réalisés pour ${pct(faible.tauxPrevu)} prévus, soit ${pct(faible.indice!)} du taux prévu.`,
    );
  else phrases.push('Aucune étape ne reste sous son taux prévu.');
  if (fort && fort.indice! > 1 + NETTEMENT)
    phrases.push(
      `${verdict === 'au-dessus' ? 'La plus en avance est' : 'À l’inverse, l’étape la plus en avance est'} ${dit(fort, plusFort!)}\u202f: le plan la sous-estimait.`,
    );
  else if (verdict === 'au-dessus') phrases.push(`La plus en avance est ${dit(fort!, plusFort!)}.`);

  const premier = effectifsReels[0];
  const tauxGlobalPrevu = tauxPrevus.reduce((p, t) => p * t, 1);
  const echelle =
    contactsPrevus !== undefined && contactsPrevus !== premier
      ? `Votre plan porte sur ${accorder(contactsPrevus, 'contact', 'contacts')}, la campagne sur ${accorder(premier, 'contact', 'contacts')}\u202f: on compare les taux de chaque étape, pas les effectifs.`
      : null;
  return ok({
    etapes,
    effectifsReels: [...effectifsReels],
    tauxGlobalPrevu,
    tauxGlobalReel: premier > 0 ? effectifsReels[effectifsReels.length - 1] / premier : null,
    plusFaible,
    verdict,
    phrase: phrases.join(' '),
    echelle,
  });
}

/** What the past campaign is set against in chapter 10: the learner's plan, or its own objectives. */
export interface ReferenceDuRealise {
  reference: 'plan' | 'objectifs';
  tauxPrevus: number[];
  contactsPrevus: number;
}

/**
 * What « prévu » means beside the past campaign (defect D9). While the funnel still holds the
 * lesson's example rates, the learner has no plan yet: the campaign is set against its own
 * objectives — the « prévu » chapter 11 takes with « Charger la campagne de l’entreprise » — so that
 * chapters 10 and 11 never judge the same campaign against two different « prévus ». Once the
 * funnel holds the learner's rates (from the method, the past campaign or typed), it is their plan.
 * The objectives' rates are their counts' quotients, as chapter 11 computes them.
 */
export function referenceDuRealise({
  tauxExemple,
  plan,
  objectifs,
}: {
  /** Whether the funnel's rates are the lesson's example. */
  tauxExemple: boolean;
  plan: { taux: readonly number[]; contacts: number };
  objectifs: EffectifsParEtape;
}): ReferenceDuRealise {
  const o = effectifsEnListe(objectifs);
  if (!tauxExemple || o.slice(0, -1).some((n) => !(n > 0)))
    return { reference: 'plan', tauxPrevus: [...plan.taux], contactsPrevus: plan.contacts };
  return {
    reference: 'objectifs',
    tauxPrevus: o.slice(1).map((n, i) => n / o[i]),
    contactsPrevus: o[0],
  };
}
