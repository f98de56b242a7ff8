/**
 * Cost per client by source (chapter 4): coût de la source ÷ clients gagnés par elle
 * (src/lib/sources/rendement.ts, catalogue formula `cout-acquisition-client`), for three sources.
 * Anticipated mistakes: dividing by the prospects reached (a cost per contact), or by every
 * row of the source.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { coutParClientDesSources } from '../../lib/sources/rendement.ts';
import type { SourceProspect } from '../../lib/commun/prospect.ts';
import { LIBELLES_SOURCES } from '../../lib/sources/sources.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, montantEnonce } from '../budgetiser/contexte.ts';
import { avecArticle, bilanDe, sansVoisinage, type ChiffresSource } from './contexte.ts';

/** Each source: what it cost in euros [min, max, step], and its clients [min, max]. */
const PROFILS: readonly [SourceProspect, string, [number, number, number], [number, number]][] = [
  ['salon', 'le stand et ses frais', [3000, 9000, 500], [3, 12]],
  ['fichier-achete', 'l’achat du fichier', [800, 3000, 100], [2, 6]],
  ['parrainage', 'les cadeaux aux parrains', [400, 1500, 50], [3, 8]],
];

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const facteur = devise === 'MAD' ? 10 : 1;
  const chiffres: ChiffresSource[] = [],
    couts: Partial<Record<SourceProspect, number>> = {};
  for (const [source, , [min, max, pas], [cmin, cmax]] of PROFILS) {
    const clients = entierEntre(alea, cmin, cmax);
    const joints = clients * entierEntre(alea, 3, 12) + entierEntre(alea, 0, 4);
    chiffres.push({ source, clients, joints, fiches: joints + entierEntre(alea, 2, 40) });
    couts[source] = montantRond(alea, {
      min: min * facteur,
      max: max * facteur,
      pas: pas * facteur,
    });
  }
  const lignes = [...bilanDe(chiffres).values()];
  const parClient = valeurDe(coutParClientDesSources({ lignes, couts })).sources;
  const attendu = (s: SourceProspect) => parClient.find((c) => c.source === s)!.coutParClient!;
  const f = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const cle = (s: SourceProspect) => s.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
  return sansVoisinage(
    sansCollision({
      enonce:
        `${presentation} a noté ce que chaque source a coûté lors de sa dernière campagne, et ce qu’elle a donné\u202f:\n` +
        PROFILS.map(([s, quoi]) => {
          const c = chiffres.find((x) => x.source === s)!;
          return `- ${avecArticle(s)}\u202f: ${quoi}, ${montantEnonce(couts[s]!, devise)}\u202f; ${formatNombre(c.fiches, 0)} fiches, ${formatNombre(c.joints, 0)} jointes, ${formatNombre(c.clients, 0)} clients`;
        }).join('\n') +
        `\n\nQuel est le coût par client gagné de chaque source\u202f? (à l’unité près)`,
      donnees: Object.fromEntries(
        chiffres.flatMap((c) => [
          [`cout-${c.source}`, couts[c.source]!],
          [`clients-${c.source}`, c.clients],
          [`joints-${c.source}`, c.joints],
          [`fiches-${c.source}`, c.fiches],
        ]),
      ),
      reponses: PROFILS.map(([s]) => ({
        cle: cle(s),
        libelle: `Coût par client de la source «\u00a0${LIBELLES_SOURCES[s]}\u00a0»`,
        attendu: attendu(s),
        unite: devise,
        tolerance: { absolue: 1 },
      })),
      erreursAnticipees: chiffres.flatMap((c) => [
        {
          cle: cle(c.source),
          valeur: couts[c.source]! / c.joints,
          message:
            'Vous avez divisé par les prospects joints\u202f: c’est un coût par contact. Le coût par client se divise par les clients gagnés.',
        },
        {
          cle: cle(c.source),
          valeur: couts[c.source]! / c.fiches,
          message:
            'Vous avez divisé par toutes les fiches de la source\u202f: c’est un coût par fiche. Divisez par les clients gagnés.',
        },
      ]),
      indice:
        'Un coût par client répartit ce qu’a coûté la source sur les seuls prospects devenus clients.',
      solution: [
        {
          texte: `${expressionDe('cout-acquisition-client')}\u202f: ici, le coût de la source ÷ les clients qu’elle a donnés.`,
          formuleId: 'cout-acquisition-client',
        },
        ...chiffres.map((c) => ({
          texte: `${avecArticle(c.source).replace(/^./, (x) => x.toUpperCase())}\u202f: ${f(couts[c.source]!)} ÷ ${c.clients} = ${f(attendu(c.source))}.`,
          formuleId: 'cout-acquisition-client',
        })),
        {
          texte: `Chez ${nom}, un client coûte ${chiffres.map((c) => `${f(attendu(c.source))} via ${avecArticle(c.source)}`).join(', ')}.`,
        },
      ],
    }),
  );
};

/** Cost per client of three sources. */
export const coutParClientExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'sources-de-prospection/cout-par-client',
  titre: 'Le coût par client de chaque source',
  objectif: 'Diviser le coût d’une source par les clients qu’elle a donnés',
  generer,
};
