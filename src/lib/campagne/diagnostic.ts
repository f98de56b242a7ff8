/**
 * One diagnosis of a campaign against its plan (issue 14): chapter 10 (« le réalisé » beside the
 * funnel) and chapter 11 (the dashboard's conclusion) both call it, so they can never name two
 * different weakest steps or two verdicts on the same figures.
 *
 * It compares RATES, stage by stage: a rate does not depend on the campaign's size, so a plan of
 * 57 contacts can be set against a campaign of 420 without dividing a count by a count of another
 * scale. The index of a stage is réel ÷ prévu; the weakest stage is the lowest index below 1
 * (ties: the earliest, where a loss costs every stage after it).
 * Verdicts: « conforme » (every stage within ± 5 % of its planned rate), « proche » (the weakest is
 * 5 % below at most, and none far above), « a-travailler » (a stage more than 5 % below),
 * « au-dessus » (no stage below, at least one more than 5 % above).
 */
import { echec, ok, type Resultat } from '../commun/resultat.ts';
import { accorder } from '../commun/accord.ts';
import { formatDecimales } from '../commun/nombres.ts';
import { ETAPES_ENTONNOIR, TAUX_ENTONNOIR } from './etapes.ts';

/** One stage rate, planned and real. */
export interface EtapeDiagnostic {
  vers: string;
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
const fini = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Why the figures cannot be compared: four rates between 0 and 1, five counts that never grow. */
function refusDesChiffres(
  tauxPrevus: readonly number[],
  effectifsReels: readonly number[],
): Resultat<never> | undefined {
  if (
    tauxPrevus.length !== TAUX_ENTONNOIR.length ||
    tauxPrevus.some((t) => !fini(t) || t < 0 || t > 1)
  )
    return echec(
      'Le plan doit donner les quatre taux de l’entonnoir, chacun entre 0 et 100\u202f%.',
      'tauxPrevus',
    );
  if (
    effectifsReels.length !== ETAPES_ENTONNOIR.length ||
    effectifsReels.some((n) => !fini(n) || n < 0)
  )
    return echec(
      'La campagne doit donner un effectif positif ou nul à chacune des cinq étapes.',
      'effectifsReels',
    );
  const i = effectifsReels.findIndex((n, k) => k > 0 && n > effectifsReels[k - 1]);
  if (i > 0)
    return echec(
      `${ETAPES_ENTONNOIR[i].nom} (${effectifsReels[i]}) dépasse l’étape précédente (${effectifsReels[i - 1]})\u202f: un entonnoir ne grossit jamais.`,
      'effectifsReels',
    );
  return undefined;
}

/** One stage rate, planned and real, and its index réel ÷ prévu. */
function etapeDiagnostic(
  i: number,
  tauxPrevus: readonly number[],
  effectifsReels: readonly number[],
): EtapeDiagnostic {
  const t = TAUX_ENTONNOIR[i];
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
}

/** A stage with its index and its place in the list. */
type Extreme = { e: EtapeDiagnostic; i: number; indice: number };

/** The weakest stage (lowest index below 1) and the strongest (highest above 1); ties: the earliest. */
function extremes(etapes: readonly EtapeDiagnostic[]): { faible?: Extreme; fort?: Extreme } {
  let faible: Extreme | undefined, fort: Extreme | undefined;
  for (const [i, e] of etapes.entries()) {
    const indice = e.indice;
    if (indice === null) continue;
    if (indice < 1 && (!faible || indice < faible.indice)) faible = { e, i, indice };
    if (indice > 1 && (!fort || indice > fort.indice)) fort = { e, i, indice };
  }
  return { faible, fort };
}

/** The verdict from the two extremes (see the conventions above). */
function verdictDe(faible: Extreme | undefined, fort: Extreme | undefined): Verdict {
  if (faible && faible.indice < 1 - TOLERANCE) return 'a-travailler';
  if (fort && fort.indice > 1 + TOLERANCE) return 'au-dessus';
  return faible ? 'proche' : 'conforme';
}

const dit = ({ e, i }: Extreme) =>
  `${TAUX_ENTONNOIR[i].court}\u202f: ${pct(e.tauxReel ?? 0)} réalisés pour ${pct(e.tauxPrevu)} prévus, soit ${pct(e.indice ?? 0)} du taux prévu`;

/** The verdict's first sentence (« proche » and « a-travailler » always have a weakest stage). */
function phraseVerdict(verdict: Verdict, faible: Extreme | undefined): string {
  if (verdict === 'conforme')
    return 'La campagne a tenu le plan\u202f: chaque étape reste à moins de 5\u202f% de son taux prévu.';
  if (verdict === 'au-dessus' || !faible) return 'Aucune étape ne reste sous son taux prévu.';
  return verdict === 'proche'
    ? `L’étape la plus faible est ${dit(faible)}. L’écart reste faible\u202f: la campagne a presque tenu le plan.`
    : `L’étape la plus faible est ${dit(faible)}. C’est elle qu’il faut travailler en premier.`;
}

/** The stage most ahead of its plan, when it is clearly ahead (or the verdict is « au-dessus »). */
function phraseAvance(verdict: Verdict, fort: Extreme | undefined): string[] {
  if (!fort) return [];
  if (fort.indice > 1 + NETTEMENT)
    return [
      `${verdict === 'au-dessus' ? 'La plus en avance est' : 'À l’inverse, l’étape la plus en avance est'} ${dit(fort)}\u202f: le plan la sous-estimait.`,
    ];
  return verdict === 'au-dessus' ? [`La plus en avance est ${dit(fort)}.`] : [];
}

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
  const refus = refusDesChiffres(tauxPrevus, effectifsReels);
  if (refus) return refus;
  const etapes = TAUX_ENTONNOIR.map((_, i) => etapeDiagnostic(i, tauxPrevus, effectifsReels));
  const { faible, fort } = extremes(etapes);
  const verdict = verdictDe(faible, fort);
  const premier = effectifsReels[0];
  const echelle =
    contactsPrevus !== undefined && contactsPrevus !== premier
      ? `Votre plan porte sur ${accorder(contactsPrevus, 'contact', 'contacts')}, la campagne sur ${accorder(premier, 'contact', 'contacts')}\u202f: on compare les taux de chaque étape, pas les effectifs.`
      : null;
  return ok({
    etapes,
    effectifsReels: [...effectifsReels],
    tauxGlobalPrevu: tauxPrevus.reduce((p, t) => p * t, 1),
    tauxGlobalReel: premier > 0 ? effectifsReels[effectifsReels.length - 1] / premier : null,
    plusFaible: faible?.i ?? null,
    verdict,
    phrase: [phraseVerdict(verdict, faible), ...phraseAvance(verdict, fort)].join(' '),
    echelle,
  });
}
