/**
 * Clients expected from a file split into chauds, tièdes and froids, each with the success rate
 * of past campaigns (chapter 6, « probabilité de réussite »), by `clientsAttendus`.
 * Anticipated mistakes: counting the chauds only, leaving out the froids, and applying the mean of the three rates to
 * the whole file (which forgets that the classes have different sizes).
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { clientsAttendus } from '../../lib/scoring/analyse.ts';
import { sansCollision, tauxRond, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseScoring } from './contexte.ts';

const n = (x: number) => formatNombre(x, 2);
const pct = (x: number) => formatPourcentage(x, 1);

const generer: Generateur = (alea) => {
  const e = entrepriseScoring(alea);
  const chauds = 5 * entierEntre(alea, 4, 14),
    tiedes = 10 * entierEntre(alea, 6, 20),
    froids = 10 * entierEntre(alea, 15, 40);
  const pChaud = tauxRond(alea, { min: 20, max: 40 }),
    pTiede = tauxRond(alea, { min: 5, max: 15 }),
    pFroid = tauxRond(alea, { min: 1, max: 4, demi: true });
  const classes = [
    { effectif: chauds, probabilite: pChaud },
    { effectif: tiedes, probabilite: pTiede },
    { effectif: froids, probabilite: pFroid },
  ];
  const attendus = valeurDe(clientsAttendus({ classes }));
  const parts = classes.map((c) => c.effectif * c.probabilite);
  return sansCollision({
    enonce:
      `Après scoring, le fichier de ${e.nom} compte ${n(chauds)} prospects chauds, ${n(tiedes)} tièdes et ${n(froids)} froids. ` +
      `Lors des campagnes passées, ${pct(pChaud)} des chauds, ${pct(pTiede)} des tièdes et ${pct(pFroid)} des froids sont devenus clients.\n\n` +
      'Combien de nouveaux clients peut-on espérer si l’on contacte tout le fichier\u202f?',
    donnees: { chauds, tiedes, froids, pChaud, pTiede, pFroid },
    reponses: [
      {
        cle: 'clients',
        libelle: 'Clients espérés',
        attendu: attendus,
        unite: 'nombre',
        tolerance: { absolue: 0.01 },
      },
    ],
    erreursAnticipees: [
      {
        valeur: parts[0],
        message:
          'Vous n’avez compté que les chauds\u202f: les tièdes et les froids signent aussi, moins souvent, mais ils sont plus nombreux.',
      },
      {
        valeur: parts[0] + parts[1],
        message:
          'Vous avez laissé de côté les froids : leur taux est faible, mais ils sont les plus nombreux du fichier.',
      },
      {
        valeur: (chauds + tiedes + froids) * ((pChaud + pTiede + pFroid) / 3),
        message:
          'Vous avez appliqué la moyenne des trois taux à tout le fichier\u202f: chaque classe a sa taille, il faut la multiplier par son propre taux.',
      },
    ],
    indice:
      'Multipliez le nombre de prospects de chaque classe par son taux de réussite, puis additionnez.',
    solution: [
      { texte: `Chauds\u202f: ${n(chauds)} × ${pct(pChaud)} = ${n(parts[0])}.` },
      { texte: `Tièdes\u202f: ${n(tiedes)} × ${pct(pTiede)} = ${n(parts[1])}.` },
      { texte: `Froids\u202f: ${n(froids)} × ${pct(pFroid)} = ${n(parts[2])}.` },
      {
        texte: `Clients espérés = ${n(parts[0])} + ${n(parts[1])} + ${n(parts[2])} = ${n(attendus)}.`,
      },
    ],
  });
};

/** Expected clients from the success rate of each temperature. */
export const clientsAttendusExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'selectionner-les-prospects/clients-attendus',
  titre: 'Combien de clients espérer\u202f?',
  objectif: 'Appliquer à chaque classe sa probabilité de réussite',
  generer,
};
