/**
 * Result and ROI of a prospecting operation (chapter 11), always on the MARGIN: marge générée
 * = CA des nouveaux clients − coût d’achat des marchandises vendues (src/lib/marges/marges.ts
 * `margeUnitaire`, the same subtraction on totals), résultat = marge − coût
 * (`resultatOperation`), ROI = résultat ÷ coût (`roi`).
 * Anticipated mistakes: ROI on the turnover (the lesson’s warning: it shows a gain for a losing
 * operation), result on the turnover, ROI = marge ÷ coût (the cost not taken off).
 */
import { margeUnitaire } from '../../lib/marges/marges.ts';
import { resultatOperation, roi } from '../../lib/marges/rentabilite.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  tauxRond,
  valeurDe,
  type Generateur,
} from '../generateur.ts';
import type { ExerciceNumerique } from '../types.ts';
import { totalDepenses } from '../../lib/budget/budget.ts';
import {
  entrepriseAuHasard,
  lignesAuHasard,
  listeLignes,
  montantEnonce,
} from '../budgetiser/contexte.ts';

const generer: Generateur = (alea) => {
  const { presentation, nom, devise } = entrepriseAuHasard(alea);
  const facteur = devise === 'MAD' ? 10 : 1;
  const lignes = lignesAuHasard(alea, { nombre: 3, devise });
  const cout = valeurDe(totalDepenses({ lignes }));
  // The margin is drawn between 1,15 and 2,5 times the cost: a profitable operation whose ROI is readable.
  const tauxDeMarque = tauxRond(alea, { min: 20, max: 40 });
  const chiffreAffaires = montantRond(alea, {
    min: (cout * 1.15) / tauxDeMarque,
    max: (cout * 2.5) / tauxDeMarque,
    pas: 500 * facteur,
  });
  const coutAchat = Math.round(chiffreAffaires * (1 - tauxDeMarque));
  const margeGeneree = valeurDe(
    margeUnitaire({ prixVenteHT: chiffreAffaires, coutAchatHT: coutAchat }),
  );
  const resultat = valeurDe(resultatOperation({ margeGeneree, cout }));
  const retour = valeurDe(roi({ margeGeneree, cout }));
  const f = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const pct = (valeur: number) => formaterReponse({ valeur, unite: '%' });
  return sansCollision({
    enonce:
      `${presentation} a mené une opération de prospection qui a coûté\u202f:\n${listeLignes(lignes, devise)}\n\n` +
      `Les nouveaux clients ont acheté pour ${montantEnonce(chiffreAffaires, devise)} HT de marchandises, qui avaient coûté ${montantEnonce(coutAchat, devise)} HT à l’achat.\n\n` +
      'Quelle marge l’opération a-t-elle générée, quel est son résultat et quel est son retour sur investissement (ROI)\u202f?',
    donnees: {
      ...Object.fromEntries(lignes.map((l) => [l.id, l.montant])),
      chiffreAffaires,
      coutAchat,
    },
    reponses: [
      {
        cle: 'marge',
        libelle: 'Marge générée',
        attendu: margeGeneree,
        unite: devise,
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'resultat',
        libelle: 'Résultat de l’opération',
        attendu: resultat,
        unite: devise,
        tolerance: { absolue: 0.5 },
      },
      {
        cle: 'roi',
        libelle: 'ROI (en\u202f%)',
        attendu: retour,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'marge',
        valeur: chiffreAffaires,
        message:
          'C’est le chiffre d’affaires. Une partie paie les marchandises vendues\u202f: retirez leur coût d’achat.',
      },
      {
        cle: 'resultat',
        valeur: chiffreAffaires - cout,
        message:
          'Vous avez retiré le coût de l’opération du chiffre d’affaires. C’est la marge qui paie l’opération\u202f: marge générée − coût.',
      },
      {
        cle: 'roi',
        valeur: (chiffreAffaires - cout) / cout,
        message:
          'Ce ROI est calculé sur le chiffre d’affaires\u202f: il compte comme un gain l’argent qui paie les marchandises. Calculez-le sur la marge générée.',
      },
      {
        cle: 'roi',
        valeur: margeGeneree / cout,
        message:
          'Vous avez divisé la marge par le coût sans retirer le coût\u202f: le ROI rapporte le résultat (marge − coût) au coût.',
      },
    ],
    indice:
      'Le ROI se calcule sur ce qui reste à l’entreprise une fois les marchandises payées, pas sur ce que les clients ont versé.',
    solution: [
      {
        texte: `Coût de l’opération\u202f: ${lignes.map((l) => f(l.montant)).join(' + ')} = ${f(cout)}.`,
      },
      { texte: `Marge générée = ${f(chiffreAffaires)} − ${f(coutAchat)} = ${f(margeGeneree)}.` },
      {
        texte: `${expressionDe('resultat-operation')}\u202f: ${f(margeGeneree)} − ${f(cout)} = ${f(resultat)}.`,
        formuleId: 'resultat-operation',
      },
      {
        texte: `${expressionDe('roi')}\u202f: ${f(resultat)} ÷ ${f(cout)} = ${pct(retour)}.`,
        formuleId: 'roi',
      },
      {
        texte: `L’opération de ${nom} a généré ${f(margeGeneree)} de marge, pour un résultat de ${f(resultat)} et un ROI de ${pct(retour)}\u202f; calculé sur le chiffre d’affaires, il afficherait à tort ${pct((chiffreAffaires - cout) / cout)}.`,
      },
    ],
  });
};

/** Result and ROI on the margin. */
export const resultatRoiExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'mesurer-la-rentabilite/resultat-roi',
  titre: 'Résultat et ROI sur la marge',
  objectif: 'Calculer le résultat et le ROI sur la marge générée, jamais sur le chiffre d’affaires',
  generer,
};
