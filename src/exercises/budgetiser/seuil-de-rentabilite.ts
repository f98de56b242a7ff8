/**
 * Break-even of a prospecting action for a manufacturer: the action's cost is a fixed charge,
 * the sales it brings carry variable charges (materials, energy, transport), so the rate that
 * pays the action is the taux de marge sur coût variable, not a taux de marque.
 * Anticipated mistakes: dividing by the variable-cost rate instead of the margin rate, the
 * point mort counted in months where days are asked, the safety index taken on the break-even.
 * Draws keep the break-even between 30 % and 85 % of the expected sales, so that every answer
 * is positive and the action is worth discussing.
 */
import { choisir } from '../../lib/commun/aleatoire.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import {
  expressionDe,
  formaterReponse,
  montantRond,
  sansCollision,
  tauxRond,
  type Generateur,
} from '../generateur.ts';
import { calculerFormule } from '../calcul-catalogue.ts';
import type { ExerciceNumerique } from '../types.ts';
import { montantEnonce } from './contexte.ts';

/** Manufacturers (their sales carry variable production costs), with their currency. */
const FABRICANTS = [
  {
    nom: 'Atlas Emballages',
    presentation: 'Atlas Emballages, fabricant d’étuis en carton de Casablanca,',
    devise: 'MAD',
  },
  {
    nom: 'Mobilier Confluence',
    presentation: 'Mobilier Confluence, fabricant lyonnais de mobilier de bureau,',
    devise: 'EUR',
  },
  {
    nom: 'Vitrine & Co',
    presentation: 'Vitrine & Co, fabricant de présentoirs pour magasins,',
    devise: 'EUR',
  },
] as const;

const generer: Generateur = (alea) => {
  const { nom, presentation, devise } = choisir(alea, FABRICANTS);
  const facteur = devise === 'MAD' ? 10 : 1;
  const chiffreAffaires = montantRond(alea, {
    min: 40000 * facteur,
    max: 240000 * facteur,
    pas: 5000 * facteur,
  });
  const tauxChargesVariables = tauxRond(alea, { min: 55, max: 80, demi: false });
  const chargesVariables = Math.round(chiffreAffaires * tauxChargesVariables);
  const tauxMcv = calculerFormule('taux-de-marge-sur-cout-variable', {
    chiffreAffaires,
    chargesVariables,
  });
  const part = tauxRond(alea, { min: 30, max: 85 });
  const pas = 500 * facteur;
  const chargesFixes = Math.max(pas, Math.round((chiffreAffaires * tauxMcv * part) / pas) * pas);
  const seuil = calculerFormule('seuil-de-rentabilite', {
    chargesFixes,
    tauxMargeSurCoutVariable: tauxMcv,
  });
  const pointMort = calculerFormule('point-mort', {
    seuilDeRentabilite: seuil,
    chiffreAffaires,
    joursParAn: 360,
  });
  const marge = calculerFormule('marge-de-securite', {
    chiffreAffaires,
    seuilDeRentabilite: seuil,
  });
  const indice = calculerFormule('indice-de-securite', {
    chiffreAffaires,
    seuilDeRentabilite: seuil,
  });
  const m = (valeur: number) => formaterReponse({ valeur, unite: devise });
  const pct = (t: number) => formatPourcentage(t, 2);
  return sansCollision({
    enonce:
      `${presentation} lance une campagne de prospection qui coûtera ${montantEnonce(chargesFixes, devise)} (fichier, appels, visites), quel que soit le nombre de commandes obtenues. ` +
      `Elle en attend ${montantEnonce(chiffreAffaires, devise)} HT de ventes sur l’année auprès des nouveaux clients, ventes qui entraîneront ${montantEnonce(chargesVariables, devise)} de charges variables (matières, énergie, transport).\n\n` +
      'Calculez le taux de marge sur coût variable, le seuil de rentabilité de l’action, son point mort en jours (année commerciale de 360 jours, ventes régulières), sa marge de sécurité et son indice de sécurité.',
    donnees: { chiffreAffaires, chargesVariables, chargesFixes },
    reponses: [
      {
        cle: 'tauxMcv',
        libelle: 'Taux de marge sur coût variable (en\u202f%)',
        attendu: tauxMcv,
        unite: '%',
        tolerance: { absolue: 0.0005 },
      },
      {
        cle: 'seuil',
        libelle: 'Seuil de rentabilité',
        attendu: seuil,
        unite: devise,
        tolerance: { relative: 0.003 },
      },
      {
        cle: 'pointMort',
        libelle: 'Point mort (en jours)',
        attendu: pointMort,
        unite: 'nombre',
        tolerance: { absolue: 1 },
      },
      {
        cle: 'marge',
        libelle: 'Marge de sécurité',
        attendu: marge,
        unite: devise,
        tolerance: { relative: 0.003 },
      },
      {
        cle: 'indice',
        libelle: 'Indice de sécurité (en\u202f%)',
        attendu: indice,
        unite: '%',
        tolerance: { absolue: 0.0015 },
      },
    ],
    erreursAnticipees: [
      {
        cle: 'tauxMcv',
        valeur: tauxChargesVariables,
        message:
          'C’est la part des charges variables dans le CA. La marge sur coût variable est ce qui reste une fois ces charges payées.',
      },
      {
        cle: 'seuil',
        valeur: chargesFixes / tauxChargesVariables,
        message:
          'Vous avez divisé par la part des charges variables. Seule la marge sur coût variable paie la campagne : divisez par son taux.',
      },
      {
        cle: 'seuil',
        valeur: chargesFixes,
        message:
          'C’est le coût de la campagne. Chaque vente n’en rembourse qu’une partie, sa marge sur coût variable : il faut vendre plus que ce montant.',
      },
      {
        cle: 'pointMort',
        valeur: pointMort / 30,
        tolerance: { absolue: 0.05 },
        message:
          'Vous avez compté en mois. La question demande des jours : multipliez par 360, pas par 12.',
      },
      {
        cle: 'indice',
        valeur: (chiffreAffaires - seuil) / seuil,
        message:
          'L’indice de sécurité rapporte la marge de sécurité au CA attendu, pas au seuil de rentabilité.',
      },
    ].map((e) => ({ ...e, message: e.message.replace(/ :/g, '\u202f:') })),
    indice:
      'Retirez les charges variables du CA\u202f: ce qui reste, rapporté au CA, est le taux qui rembourse la campagne. Le seuil de rentabilité est le CA dont cette marge égale le coût de la campagne.',
    solution: [
      {
        texte: `${expressionDe('taux-de-marge-sur-cout-variable')}\u202f: (${m(chiffreAffaires)} − ${m(chargesVariables)}) ÷ ${m(chiffreAffaires)} = ${pct(tauxMcv)}.`,
        formuleId: 'taux-de-marge-sur-cout-variable',
      },
      {
        texte: `${expressionDe('seuil-de-rentabilite')}\u202f: ${m(chargesFixes)} ÷ ${pct(tauxMcv)} = ${m(seuil)}.`,
        formuleId: 'seuil-de-rentabilite',
      },
      {
        texte: `${expressionDe('point-mort')}\u202f: ${m(seuil)} ÷ ${m(chiffreAffaires)} × 360 = ${formatNombre(pointMort, 2)} jours.`,
        formuleId: 'point-mort',
      },
      {
        texte: `${expressionDe('marge-de-securite')}\u202f: ${m(chiffreAffaires)} − ${m(seuil)} = ${m(marge)}.`,
        formuleId: 'marge-de-securite',
      },
      {
        texte: `${expressionDe('indice-de-securite')}\u202f: (${m(chiffreAffaires)} − ${m(seuil)}) ÷ ${m(chiffreAffaires)} = ${pct(indice)}.`,
        formuleId: 'indice-de-securite',
      },
      {
        texte: `${nom} rembourse sa campagne au bout de ${formaterReponse({ valeur: pointMort, unite: 'nombre' })} jours de ventes, avec un seuil de rentabilité de ${m(seuil)}, un taux de marge sur coût variable de ${pct(tauxMcv)}, une marge de sécurité de ${m(marge)} et un indice de sécurité de ${pct(indice)}.`,
      },
    ],
  });
};

/** Break-even, point mort, safety margin and index of a manufacturer's prospecting action. */
export const seuilDeRentabiliteExercice: ExerciceNumerique = {
  type: 'numerique',
  id: 'budgetiser/seuil-de-rentabilite',
  titre: 'Le seuil de rentabilité d’une action de prospection',
  objectif:
    'Calculer le taux de marge sur coût variable, le seuil de rentabilité, le point mort, la marge et l’indice de sécurité d’une action',
  generer,
};
