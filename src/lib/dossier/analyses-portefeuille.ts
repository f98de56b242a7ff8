/**
 * Part 2.2 of the dossier, « analyser le portefeuille client »: turnover by customer category
 * over two years, its growth (taux d’évolution, evolution.ts) and how it is spread (method ABC
 * of portefeuille.ts, applied to the categories: the learner types totals by category, not a
 * file of sales).
 * When no category is typed, the CA by category comes from the imported sales file (contexte.ts).
 * Convention: a category without CA N−1 (new this year) has no growth rate of its own (« — »),
 * as in ventes.ts, but its CA counts in the global growth.
 */
import { tauxDEvolution } from '../ventes/evolution.ts';
import { formatMontant, formatPourcentage } from '../commun/nombres.ts';
import { classerABC } from '../portefeuille/portefeuille.ts';
import { calcule, enErreur, incomplet, type Analyse } from './analyse.ts';
import type { Contexte } from './contexte.ts';
import type { Dossier } from './modele.ts';

const guillemets = (s: string) => `«\u00A0${s}\u00A0»`;
const nomCategorie = (nom: string, i: number) => nom.trim() || `catégorie ${i + 1}`;

/** The categories that evolve best and worst, as a sentence (empty with fewer than two rates). */
function phraseDesExtremes(
  lignes: readonly { libelle: string; valeurs: (number | null)[] }[],
): string {
  const avecTaux = lignes.flatMap((l) =>
    typeof l.valeurs[2] === 'number' ? [{ libelle: l.libelle, taux: l.valeurs[2] }] : [],
  );
  if (avecTaux.length < 2) return '';
  avecTaux.sort((a, b) => b.taux - a.taux);
  const haut = avecTaux[0];
  const bas = avecTaux[avecTaux.length - 1];
  return ` La catégorie ${guillemets(haut.libelle)} évolue le mieux (${formatPourcentage(haut.taux)}), ${guillemets(bas.libelle)} le moins bien (${formatPourcentage(bas.taux)})\u202F: c’est là que la prospection peut compenser.`;
}

/** 2.2.1 to 2.2.3: CA of each category in N−1 and N, and the taux d’évolution of each and of the whole. */
export function analyseEvolution({
  dossier,
  contexte,
}: {
  dossier: Dossier;
  contexte: Contexte;
}): Analyse {
  const entete = {
    id: 'evolution-ca',
    section: '2.2',
    titre: 'Chiffre d’affaires par catégorie et taux d’évolution',
  };
  const { categories, anneeN1, anneeN, depuisVentes } = contexte.portefeuille;
  if (categories.length === 0)
    return incomplet(entete, ['les catégories de clientèle et leur chiffre d’affaires']);
  const manque = categories.flatMap((c, i) => [
    ...(c.caN1 === undefined ? [`le CA N−1 de ${guillemets(nomCategorie(c.nom, i))}`] : []),
    ...(c.caN === undefined ? [`le CA N de ${guillemets(nomCategorie(c.nom, i))}`] : []),
  ]);
  if (manque.length) return incomplet(entete, manque);
  const global = tauxDEvolution({
    valeurDepart: contexte.caN1 ?? 0,
    valeurArrivee: contexte.caN ?? 0,
  });
  if (!global.ok) return enErreur(entete, global);
  const devise = dossier.entreprise.devise;
  const lignes = categories.map((c, i) => {
    const t = tauxDEvolution({ valeurDepart: c.caN1 as number, valeurArrivee: c.caN as number });
    return {
      libelle: nomCategorie(c.nom, i),
      valeurs: [c.caN1 as number, c.caN as number, t.ok ? t.valeur : null],
    };
  });
  const N1 = anneeN1.trim() || 'N−1';
  const N = anneeN.trim() || 'N';
  const texte = `Le chiffre d’affaires global passe de ${formatMontant(contexte.caN1 as number, devise, 0)} en ${N1} à ${formatMontant(contexte.caN as number, devise, 0)} en ${N}, soit ${global.valeur >= 0 ? 'une hausse' : 'une baisse'} de ${formatPourcentage(Math.abs(global.valeur))}.${phraseDesExtremes(lignes)}`;
  return calcule(entete, {
    formules: ['taux-d-evolution'],
    ...(depuisVentes
      ? { methode: `CA par catégorie calculé depuis le fichier de ventes importé (${N1} et ${N}).` }
      : {}),
    graphique: {
      titre: `CA par catégorie, ${N1} et ${N}`,
      libelles: lignes.map((l) => l.libelle),
      series: [
        { id: 'n1', libelle: `CA ${N1}`, valeurs: lignes.map((l) => l.valeurs[0] as number) },
        { id: 'n', libelle: `CA ${N}`, valeurs: lignes.map((l) => l.valeurs[1] as number) },
      ],
      unite: 'montant',
    },
    chiffres: [
      { libelle: `CA global ${N1}`, valeur: contexte.caN1 as number, unite: 'montant' },
      { libelle: `CA global ${N}`, valeur: contexte.caN as number, unite: 'montant' },
      { libelle: 'Taux d’évolution global', valeur: global.valeur, unite: 'taux' },
    ],
    tableau: {
      entete: 'Catégorie',
      colonnes: [
        { libelle: `CA ${N1}`, unite: 'montant' },
        { libelle: `CA ${N}`, unite: 'montant' },
        { libelle: 'Évolution', unite: 'taux' },
      ],
      lignes: [
        ...lignes,
        {
          libelle: 'Total',
          valeurs: [contexte.caN1 as number, contexte.caN as number, global.valeur],
        },
      ],
    },
    interpretation: texte,
  });
}

/** 2.2.4 and 2.2.5: the share of each category in the CA of year N, and its ABC class. */
export function analyseRepartition({
  contexte,
}: {
  dossier: Dossier;
  contexte: Contexte;
}): Analyse {
  const entete = {
    id: 'repartition-ca',
    section: '2.2',
    titre: 'Répartition du chiffre d’affaires (méthode ABC)',
  };
  const { categories, anneeN } = contexte.portefeuille;
  const avecCA = categories.map((c, i) => ({ id: nomCategorie(c.nom, i), valeur: c.caN }));
  if (avecCA.length === 0) return incomplet(entete, ['les catégories de clientèle et leur CA N']);
  const manque = avecCA
    .filter((c) => c.valeur === undefined)
    .map((c) => `le CA N de ${guillemets(c.id)}`);
  if (manque.length) return incomplet(entete, manque);
  const abc = classerABC({ elements: avecCA as { id: string; valeur: number }[] });
  if (!abc.ok) return enErreur(entete, abc);
  const N = anneeN.trim() || 'N';
  const premiere = abc.valeur[0];
  const classeA = abc.valeur.filter((l) => l.classe === 'A');
  const partA = classeA.reduce((s, l) => s + l.part, 0);
  return calcule(entete, {
    formules: [],
    methode:
      'Méthode ABC\u202F: catégories triées par CA décroissant\u202F; classe A jusqu’à 80\u202F% du CA cumulé, B jusqu’à 95\u202F%, C au-delà.',
    chiffres: [
      {
        libelle: `Part de la première catégorie dans le CA ${N}`,
        valeur: premiere.part,
        unite: 'taux',
      },
      { libelle: 'Catégories en classe A', valeur: classeA.length, unite: 'nombre' },
    ],
    tableau: {
      entete: 'Catégorie',
      colonnes: [
        { libelle: `CA ${N}`, unite: 'montant' },
        { libelle: 'Part', unite: 'taux' },
        { libelle: 'Part cumulée', unite: 'taux' },
        { libelle: 'Classe', unite: 'texte' },
      ],
      lignes: abc.valeur.map((l) => ({
        libelle: l.id,
        valeurs: [l.valeur, l.part, l.partCumulee, l.classe],
      })),
    },
    interpretation: `${guillemets(premiere.id)} pèse ${formatPourcentage(premiere.part)} du chiffre d’affaires ${N}. ${classeA.length} catégorie${classeA.length > 1 ? 's' : ''} sur ${abc.valeur.length} font ${formatPourcentage(partA)} du CA (classe A)\u202F: ${classeA.length === 1 && abc.valeur.length > 1 ? 'le portefeuille dépend d’un seul segment, ce qui le rend fragile.' : 'ce sont les segments à protéger en priorité.'}`,
  });
}
