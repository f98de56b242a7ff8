/**
 * Taux de conclusion (clients ÷ prospects reached) of two sources after a campaign, and how many times better one does
 * (chapter 4): clients ÷ prospects of the source JOINTS by the campaign, the island’s convention
 * (src/lib/sources/sources.ts), then rapport = taux de la meilleure ÷ taux de l’autre.
 * Anticipated mistakes: dividing by every row of the source (the suspects never called
 * included), turning the ratio upside down, subtracting the rates instead of dividing them.
 */
import { choisir, entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { comparerSources } from '../../lib/sources/rendement.ts';
import { LIBELLES_SOURCES } from '../../lib/sources/sources.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard } from '../budgetiser/contexte.ts';
import { avecArticle, bilanDe, sansVoisinage, type ChiffresSource } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom } = entrepriseAuHasard(alea);
  const forte = choisir(alea, ['parrainage', 'site-web', 'salon'] as const);
  const faible = choisir(alea, ['fichier-achete', 'annuaire'] as const);
  const jointsA = entierEntre(alea, 20, 60),
    jointsB = 10 * entierEntre(alea, 8, 30);
  const a: ChiffresSource = {
    source: forte,
    joints: jointsA,
    fiches: jointsA + entierEntre(alea, 3, 15),
    clients: Math.max(3, Math.round((jointsA * entierEntre(alea, 18, 45)) / 100)),
  };
  const b: ChiffresSource = {
    source: faible,
    joints: jointsB,
    fiches: jointsB + 10 * entierEntre(alea, 4, 20),
    clients: Math.max(2, Math.round((jointsB * entierEntre(alea, 2, 9)) / 100)),
  };
  const lignes = bilanDe([a, b]);
  const la = lignes.get(forte)!,
    lb = lignes.get(faible)!;
  const tauxA = la.campagne!.tauxDeTransformation!,
    tauxB = lb.campagne!.tauxDeTransformation!;
  const { rapport } = valeurDe(comparerSources({ lignes: [la, lb] }));
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  const n = (valeur: number) => formaterReponse({ valeur, unite: 'nombre' });
  const ligne = (c: ChiffresSource) =>
    `- ${avecArticle(c.source)}\u202f: ${formatNombre(c.fiches, 0)} fiches, dont ${formatNombre(c.joints, 0)} jointes par la campagne, ${formatNombre(c.clients, 0)} clients gagnés`;
  const surFichesA = a.clients / a.fiches,
    surFichesB = b.clients / b.fiches;
  return sansVoisinage(
    sansCollision({
      enonce:
        `${presentation} fait le bilan de sa dernière campagne pour deux de ses sources\u202f:\n${ligne(a)}\n${ligne(b)}\n\n` +
        `Les autres fiches n’ont pas été appelées. Calculez le taux de conclusion de chaque source (clients gagnés ÷ prospects joints), puis combien de fois ${avecArticle(forte)} conclut mieux que ${avecArticle(faible)}.`,
      donnees: {
        fichesA: a.fiches,
        jointsA: a.joints,
        clientsA: a.clients,
        fichesB: b.fiches,
        jointsB: b.joints,
        clientsB: b.clients,
      },
      reponses: [
        {
          cle: 'tauxA',
          libelle: `Taux de conclusion de la source «\u00a0${LIBELLES_SOURCES[forte]}\u00a0» (en\u202f%)`,
          attendu: tauxA,
          unite: '%',
          tolerance: { absolue: 0.0005 },
        },
        {
          cle: 'tauxB',
          libelle: `Taux de conclusion de la source «\u00a0${LIBELLES_SOURCES[faible]}\u00a0» (en\u202f%)`,
          attendu: tauxB,
          unite: '%',
          tolerance: { absolue: 0.0005 },
        },
        {
          cle: 'rapport',
          libelle: 'Nombre de fois mieux',
          attendu: rapport,
          unite: 'nombre',
          tolerance: { absolue: 0.06 },
        },
      ],
      erreursAnticipees: [
        {
          cle: 'tauxA',
          valeur: surFichesA,
          message:
            'Vous avez divisé par toutes les fiches de la source. Les fiches jamais appelées n’ont pas eu leur chance\u202f: divisez par les fiches jointes.',
        },
        {
          cle: 'tauxB',
          valeur: surFichesB,
          message:
            'Vous avez divisé par toutes les fiches de la source. Seules les fiches jointes par la campagne comptent au dénominateur.',
        },
        {
          cle: 'rapport',
          valeur: tauxB / tauxA,
          message:
            'Vous avez divisé le petit taux par le grand. «\u00a0Combien de fois mieux\u00a0» se lit taux de la meilleure source ÷ taux de l’autre.',
        },
        {
          cle: 'rapport',
          valeur: surFichesA / surFichesB,
          message:
            'Ce rapport part des taux calculés sur toutes les fiches. Refaites-le avec les taux sur les fiches jointes.',
        },
        {
          cle: 'rapport',
          valeur: (tauxA - tauxB) * 100,
          message:
            'Vous avez soustrait les taux\u202f: cela donne un écart en points, pas un nombre de fois. Divisez l’un par l’autre.',
        },
      ],
      indice:
        'Au dénominateur, seulement les prospects que la campagne a réellement joints. Pour «\u00a0combien de fois mieux\u00a0», on divise un taux par l’autre.',
      solution: [
        {
          texte: `${expressionDe('taux')}\u202f: ici, clients gagnés ÷ prospects joints.`,
          formuleId: 'taux',
        },
        {
          texte: `${avecArticle(forte).replace(/^./, (c) => c.toUpperCase())}\u202f: ${a.clients} ÷ ${a.joints} = ${pct(tauxA)}. ${avecArticle(faible).replace(/^./, (c) => c.toUpperCase())}\u202f: ${b.clients} ÷ ${b.joints} = ${pct(tauxB)}.`,
          formuleId: 'taux',
        },
        {
          texte: `Rapport, avec les taux non arrondis\u202f: ${pct(tauxA)} ÷ ${pct(tauxB)} = ${n(rapport)}.`,
        },
        {
          texte: `Chez ${nom}, ${avecArticle(forte)} (${pct(tauxA)}) transforme ${n(rapport)} fois mieux que ${avecArticle(faible)} (${pct(tauxB)}).`,
        },
      ],
    }),
  );
};

/** Conversion rate of two sources on the prospects reached, and their ratio. */
export const tauxParSourceExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'sources-de-prospection/taux-par-source',
  titre: 'Quelle source transforme le mieux\u202f?',
  objectif:
    'Calculer le taux de conclusion d’une source sur les prospects joints et comparer deux sources',
  generer,
};
