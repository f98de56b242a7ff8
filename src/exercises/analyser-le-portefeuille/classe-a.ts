/**
 * The A class of an ABC analysis (chapter 2): eight clients, sorted by the learner, the A class
 * running up to and including the client that crosses the threshold (the lesson's convention,
 * src/lib/portefeuille/portefeuille.ts). The learner gives the number of A clients and their share of the CA.
 * Anticipated mistakes: stopping just before the client that crosses the threshold; giving the
 * share of the clients (k ÷ 8) instead of the share of the CA.
 */
import { entierEntre } from '../../lib/commun/aleatoire.ts';
import { classerABC, syntheseABC } from '../../lib/portefeuille/portefeuille.ts';
import { formatPourcentage } from '../../lib/commun/nombres.ts';
import { formaterReponse, sansCollision, valeurDe, type Generateur } from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseAuHasard, facteurDevise, montantEnonce } from './contexte.ts';

const NOMS = ['Alpha', 'Boréal', 'Cèdre', 'Delta', 'Éole', 'Fénix', 'Granit', 'Horizon'];
const SEUIL = 0.8;

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const f = facteurDevise(devise);
  let valeurs: number[], total: number;
  // Redraw until no cumulative share lands within half a point of 80 % (the class would then hang on rounding).
  do {
    valeurs = [
      entierEntre(alea, 120, 260),
      entierEntre(alea, 60, 150),
      entierEntre(alea, 30, 100),
      entierEntre(alea, 20, 70),
      entierEntre(alea, 10, 50),
      entierEntre(alea, 8, 30),
      entierEntre(alea, 4, 20),
      entierEntre(alea, 2, 12),
    ].map((k) => k * 1000 * f);
    total = valeurs.reduce((t, x) => t + x, 0);
  } while (
    [...valeurs]
      .sort((a, b) => b - a)
      .some(
        (_, i, t) => Math.abs(t.slice(0, i + 1).reduce((s, x) => s + x, 0) / total - SEUIL) < 0.005,
      )
  );
  // The statement lists the clients in a shuffled order: sorting is part of the method.
  const ordre = valeurs
    .map((v, i) => ({ v, nom: NOMS[i], cle: alea() }))
    .sort((a, b) => a.cle - b.cle);
  const lignes = valeurDe(
    classerABC({
      elements: ordre.map((o) => ({ id: o.nom, valeur: o.v })),
      seuils: { a: SEUIL, b: 0.95 },
    }),
  );
  const synthese = syntheseABC({ lignes });
  const nombreA = synthese.A.nombre,
    partA = synthese.A.partValeur;
  const m = (x: number) => montantEnonce(x, devise);
  const pct = (x: number) => formaterReponse({ valeur: x, unite: '%' });
  return sansCollision({
    enonce:
      `${presentation} a réalisé ${m(total)} HT de CA avec huit clients\u202f:\n` +
      ordre.map((o) => `- ${o.nom}\u202f: ${m(o.v)}`).join('\n') +
      '\n\nAvec la méthode ABC (classe A jusqu’à 80\u202f% du CA cumulé, le client qui franchit le seuil compris), combien de clients forment la classe A, et quelle part du CA font-ils\u202f?',
    donnees: Object.fromEntries(ordre.map((o, i) => [`ca${i + 1}`, o.v])),
    reponses: [
      {
        cle: 'nombreA',
        libelle: 'Nombre de clients de la classe A',
        attendu: nombreA,
        unite: 'nombre',
        tolerance: { absolue: 0 },
      },
      {
        cle: 'partA',
        libelle: 'Part du CA de la classe A (en\u202f%)',
        attendu: partA,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'nombreA',
        valeur: nombreA - 1,
        message:
          'Vous vous êtes arrêté juste avant le seuil. Le client qui fait franchir 80\u202f% au cumul appartient encore à la classe A.',
      },
      {
        cle: 'partA',
        valeur: lignes[nombreA - 2]?.partCumulee ?? 0,
        message:
          'C’est le cumul avant le client qui franchit 80\u202f%. Ce client est en A\u202f: sa part s’ajoute.',
      },
      {
        cle: 'partA',
        valeur: nombreA / 8,
        message:
          'C’est la part des clients (nombre de clients A ÷ 8), pas celle du chiffre d’affaires.',
      },
    ],
    indice:
      'Rangez les clients du plus gros au plus petit, puis cumulez leurs parts du CA jusqu’à franchir 80\u202f%.',
    solution: [
      {
        texte: `Rangement par CA décroissant et parts cumulées\u202f: ${lignes.map((l) => `${l.id} ${formatPourcentage(l.partCumulee, 1)}`).join(', ')}.`,
      },
      {
        texte: `${lignes[nombreA - 1].id} fait passer le cumul de ${formatPourcentage(lignes[nombreA - 2]?.partCumulee ?? 0, 1)} à ${formatPourcentage(lignes[nombreA - 1].partCumulee, 1)}\u202f: il franchit 80\u202f% et ferme la classe A.`,
      },
      {
        texte: `Chez ${nom}, la classe A compte ${formaterReponse({ valeur: nombreA, unite: 'nombre' })} clients sur 8, qui font ${pct(partA)} du CA.`,
      },
    ],
  });
};

/** Size and weight of the A class. */
export const classeAExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'analyser-le-portefeuille/classe-a',
  titre: 'Qui est en classe A\u202f?',
  objectif:
    'Appliquer la méthode ABC\u202f: trier, cumuler, placer le client qui franchit le seuil',
  generer,
};
