/**
 * The written diagnosis that closes a portfolio analysis (chapter 2, seed 002 §2.2–2.3): a few
 * French sentences computed from the figures, each with a level the page can show.
 * Conventions (the course gives orders of magnitude, not laws):
 * - dependence is « forte » when the first client makes 25 % of the CA or more, or the first
 *   three 50 % or more; « marquée » from 10 % (first) or 30 % (first three); « faible » below;
 * - the growth sentence names the category that contributes most to the global rate
 *   (its change ÷ CA N−1, in points) and every category that declines;
 * - the portfolio « s'use » when fewer clients arrived in N than were lost since N−1.
 * Numbers are formatted here (fr-FR) because the sentences are the result.
 */
import { formatMontant, formatNombre, formatPourcentage } from '../commun/nombres.ts';
import type { ClasseABC, LigneABC } from './portefeuille.ts';
import type { Renouvellement } from '../ventes/ventes.ts';

/** One sentence of the diagnosis; `niveau` says whether it is a warning, a point to watch or good news. */
export interface PhraseDiagnostic {
  id: 'dependance' | 'abc' | 'croissance' | 'categories' | 'clients' | 'rentabilite';
  niveau: 'alerte' | 'attention' | 'bien';
  texte: string;
}

/** Growth of a category as evolutionParCategorie gives it. */
interface EvolutionCategorie {
  categorie: string;
  caN1: number;
  caN: number;
  evolution: number | null;
  contribution: number;
}

/** Dependence on the top clients: « forte », « marquée » or « faible » (see the module comment). */
export function niveauDependance({
  partDuPremier,
  partTroisPremiers,
}: {
  partDuPremier: number;
  partTroisPremiers: number;
}): 'forte' | 'marquée' | 'faible' {
  if (partDuPremier >= 0.25 || partTroisPremiers >= 0.5) return 'forte';
  if (partDuPremier >= 0.1 || partTroisPremiers >= 0.3) return 'marquée';
  return 'faible';
}

const pct = (x: number) => formatPourcentage(x, 1);
const signe = (x: number) => (x > 0 ? `+${pct(x)}` : pct(x));
const points = (x: number) => formatNombre(Math.abs(x) * 100, 1);

/** The diagnosis sentences, in reading order; parts whose figures are missing are left out. */
export function diagnosticPortefeuille({
  lignes,
  evolution,
  renouvellement,
  rentabilite,
  devise = 'EUR',
}: {
  /** The ABC lines, sorted by decreasing CA (classerABC). */
  lignes: readonly LigneABC[];
  evolution?: {
    categories: readonly EvolutionCategorie[];
    global: { caN1: number; caN: number; evolution: number };
  };
  renouvellement?: Renouvellement;
  /** Margin a client brings over its lifetime, and what the last campaign paid per client won. */
  rentabilite?: { valeurClientEnMarge: number; coutAcquisition: number };
  devise?: 'EUR' | 'MAD';
}): PhraseDiagnostic[] {
  const m = (x: number) => formatMontant(x, devise, 0);
  return [
    ...(lignes.length > 0 ? phrasesDependance(lignes) : []),
    ...(evolution ? phrasesEvolution(evolution, m) : []),
    ...(renouvellement ? [phraseClients(renouvellement)] : []),
    ...(rentabilite ? [phraseRentabilite(rentabilite, m)] : []),
  ];
}

const NIVEAU_DEPENDANCE = { forte: 'alerte', marquée: 'attention', faible: 'bien' } as const;

/** How much the top clients weigh, then what each ABC class holds. */
function phrasesDependance(lignes: readonly LigneABC[]): PhraseDiagnostic[] {
  const phrases: PhraseDiagnostic[] = [];
  const premier = lignes[0].part,
    trois = lignes[Math.min(2, lignes.length - 1)].partCumulee;
  const niveau = niveauDependance({ partDuPremier: premier, partTroisPremiers: trois });
  const n = Math.min(3, lignes.length);
  const debut =
    n === 1
      ? `Un seul client fait ${pct(trois)} du CA`
      : `${n}\u00a0clients font ${pct(trois)} du CA, le premier à lui seul ${pct(premier)}`;
  const suite = {
    forte: 'dépendance forte, la perte d’un seul grand client ferait chuter les ventes.',
    marquée: 'dépendance marquée, à surveiller.',
    faible: 'dépendance faible, le risque est réparti.',
  }[niveau];
  phrases.push({
    id: 'dependance',
    niveau: NIVEAU_DEPENDANCE[niveau],
    texte: `${debut}\u202f: ${suite}`,
  });
  const classes = (['A', 'B', 'C'] as ClasseABC[]).map((c) => {
    const l = lignes.filter((x) => x.classe === c);
    return `${c}\u202f: ${l.length}\u00a0client${l.length > 1 ? 's' : ''} (${pct(l.length / lignes.length)} du portefeuille), ${pct(l.reduce((t, x) => t + x.part, 0))} du CA`;
  });
  phrases.push({ id: 'abc', niveau: 'bien', texte: `Classes ${classes.join('\u202f; ')}.` });
  return phrases;
}

/** Growth overall, then which categories drive it, fall back or appear. */
function phrasesEvolution(
  evolution: NonNullable<Parameters<typeof diagnosticPortefeuille>[0]['evolution']>,
  m: (x: number) => string,
): PhraseDiagnostic[] {
  const phrases: PhraseDiagnostic[] = [];
  const g = evolution.global;
  phrases.push({
    id: 'croissance',
    niveau: g.evolution >= 0 ? 'bien' : 'alerte',
    texte: `Le CA passe de ${m(g.caN1)} en N−1 à ${m(g.caN)} en N, soit ${signe(g.evolution)}.`,
  });
  const { morceaux, reculs } = morceauxCategories(evolution.categories);
  if (morceaux.length)
    phrases.push({
      id: 'categories',
      niveau: reculs.length ? 'attention' : 'bien',
      texte: `Par catégorie\u202f: ${morceaux.join('\u202f; ')}.`,
    });
  return phrases;
}

/** The categories that drive growth, those that fall back, those new in N. */
function morceauxCategories(categories: readonly EvolutionCategorie[]): {
  morceaux: string[];
  reculs: EvolutionCategorie[];
} {
  const cats = [...categories].sort((a, b) => b.contribution - a.contribution);
  const moteur = cats[0]?.contribution > 0 ? cats[0] : undefined;
  const reculs = cats.filter((c) => c.evolution !== null && c.evolution < 0);
  const nouvelles = cats.filter((c) => c.evolution === null && c.caN > 0);
  const morceaux: string[] = [];
  if (moteur)
    morceaux.push(
      `${moteur.categorie} tire la croissance (${moteur.evolution === null ? 'nouvelle en N' : signe(moteur.evolution)}, ${points(moteur.contribution)} point${moteur.contribution * 100 >= 2 ? 's' : ''} du taux global)`,
    );
  if (reculs.length)
    morceaux.push(
      `${reculs.map((c) => `${c.categorie} (${signe(c.evolution as number)})`).join(', ')} ${reculs.length > 1 ? 'reculent' : 'recule'}`,
    );
  if (nouvelles.length && !nouvelles.includes(moteur as EvolutionCategorie))
    morceaux.push(`${nouvelles.map((c) => c.categorie).join(', ')} apparaît en N`);
  return { morceaux, reculs };
}

/** Clients lost against clients won. */
function phraseClients(renouvellement: Renouvellement): PhraseDiagnostic {
  const { perdus, nouveaux, clientsN1, tauxAttrition } = renouvellement;
  const s = (k: number) => (k > 1 ? 's' : '');
  return {
    id: 'clients',
    niveau: nouveaux.length < perdus.length ? 'alerte' : 'bien',
    texte:
      `${perdus.length} des ${clientsN1}\u00a0clients de N−1 n’ont rien acheté en N (attrition de ${pct(tauxAttrition)})\u202f; ${nouveaux.length}\u00a0nouveau${nouveaux.length > 1 ? 'x' : ''} client${s(nouveaux.length)} ${nouveaux.length > 1 ? 'sont arrivés' : 'est arrivé'}` +
      (nouveaux.length < perdus.length
        ? '\u202f: le portefeuille s’use, la prospection doit compenser.'
        : '\u202f: les arrivées compensent les départs.'),
  };
}

/** A client's lifetime margin against what winning one cost. */
function phraseRentabilite(
  rentabilite: { valeurClientEnMarge: number; coutAcquisition: number },
  m: (x: number) => string,
): PhraseDiagnostic {
  const { valeurClientEnMarge: v, coutAcquisition: c } = rentabilite;
  const rentable = v > c;
  return {
    id: 'rentabilite',
    niveau: !rentable ? 'alerte' : v < 2 * c ? 'attention' : 'bien',
    texte:
      `Un client rapporte en moyenne ${m(v)} de marge sur sa durée de vie, pour ${m(c)} dépensés par client gagné lors de la dernière campagne\u202f: ` +
      (!rentable
        ? 'l’acquisition coûte plus qu’elle ne rapporte.'
        : v < 2 * c
          ? 'l’acquisition est rentable, mais de peu.'
          : 'l’acquisition est largement rentable.'),
  };
}
