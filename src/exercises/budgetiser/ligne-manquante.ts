/**
 * An envelope with a missing line: the total granted and every line but one are known; find
 * the missing amount, then the CA minimum the whole envelope requires.
 * The envelope is the library's total of all the drawn lines, so the expected missing line is
 * the drawn amount itself (tests check totalDepenses(known lines + answer) = envelope).
 * Anticipated mistakes: giving the sum of the known lines, or the envelope itself; for the
 * CA, dividing only the known lines.
 */
import { totalDepenses } from '../../lib/budget/budget.ts';
import { formatPourcentage } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  sansCollision,
  tauxRond,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import { calculerFormule } from '../calcul-catalogue.ts';
import type { ExerciceNumerique } from '../types.ts';
import { entrepriseQuiVend, lignesAuHasard, listeLignes, montantEnonce } from './contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseQuiVend(alea);
  const lignes = lignesAuHasard(alea, { nombre: 4 + Math.floor(alea() * 2), devise });
  const rang = Math.floor(alea() * lignes.length);
  const manquante = lignes[rang];
  const connues = lignes.filter((_, i) => i !== rang);
  const enveloppe = valeurDe(totalDepenses({ lignes }));
  const sommeConnues = valeurDe(totalDepenses({ lignes: connues }));
  const tauxDeMarque = tauxRond(alea, { min: 20, max: 40 });
  const caMinimum = calculerFormule('ca-minimum', { depenses: enveloppe, tauxDeMarque });
  const f = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const taux = formatPourcentage(tauxDeMarque, 2);
  return sansCollision({
    enonce:
      `${presentation} dispose d’une enveloppe de ${montantEnonce(enveloppe, devise)} pour prospecter. Le tableau des dépenses a perdu une ligne, «\u00a0${manquante.action}\u00a0»\u202f; les autres sont\u202f:\n` +
      `${listeLignes(connues, devise)}\n\n` +
      `L’enveloppe est entièrement dépensée. Quel est le montant de la ligne manquante\u202f? Avec un taux de marque de ${taux}, quel chiffre d’affaires minimum l’enveloppe impose-t-elle\u202f?`,
    donnees: {
      enveloppe,
      ...Object.fromEntries(connues.map((l) => [l.id, l.montant])),
      tauxDeMarque,
    },
    reponses: [
      {
        cle: 'ligneManquante',
        libelle: 'Montant de la ligne manquante',
        attendu: manquante.montant,
        unite: devise,
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'caMinimum',
        libelle: 'CA minimum à réaliser',
        attendu: caMinimum,
        unite: devise,
        tolerance: { absolue: 1 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'ligneManquante',
        valeur: sommeConnues,
        message:
          'C’est la somme des lignes connues. La ligne manquante est ce qui reste de l’enveloppe une fois ces lignes payées.',
      },
      {
        cle: 'ligneManquante',
        valeur: enveloppe,
        message: 'C’est l’enveloppe entière\u202f: retirez-en les lignes déjà connues.',
      },
      {
        cle: 'caMinimum',
        valeur: sommeConnues / tauxDeMarque,
        message:
          'Vous n’avez divisé que les lignes connues. Le CA minimum doit couvrir toute l’enveloppe, ligne manquante comprise.',
      },
    ],
    indice: `Additionnez les lignes connues et comparez avec l’enveloppe de ${montantEnonce(enveloppe, devise)}. Pour le CA, c’est l’enveloppe entière qu’il faut couvrir.`,
    solution: [
      {
        texte: `Lignes connues\u202f: ${connues.map((l) => f(l.montant)).join(' + ')} = ${f(sommeConnues)}.`,
      },
      {
        texte: `Ligne manquante = ${f(enveloppe)} − ${f(sommeConnues)} = ${f(manquante.montant)}.`,
      },
      {
        texte: `${expressionDe('ca-minimum')}\u202f: ${f(enveloppe)} ÷ ${taux} = ${f(caMinimum)}.`,
        formuleId: 'ca-minimum',
      },
      {
        texte: `La ligne «\u00a0${manquante.action}\u00a0» coûte ${f(manquante.montant)}, et ${nom} doit réaliser au moins ${f(caMinimum)} de chiffre d’affaires.`,
      },
    ],
  });
};

/** Missing line of an envelope, then its CA minimum. */
export const ligneManquanteExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'budgetiser/ligne-manquante',
  titre: 'La ligne manquante de l’enveloppe',
  objectif: 'Retrouver une dépense à partir de l’enveloppe, puis le CA minimum qu’elle impose',
  generer,
};
