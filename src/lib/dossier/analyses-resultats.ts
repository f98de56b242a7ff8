/**
 * Parts 4.2 and 4.3 of the dossier: the funnel's ratios (entonnoir.ts: stage rate = outgoing ÷
 * incoming, cumulated from the top), the dashboard objectives against results (taux de
 * réalisation, valeur-client.ts) and the operation's profitability (rentabilite.ts: result and
 * ROI on the MARGIN generated, cost per contact, acquisition cost per order).
 * Convention: the funnel uses the stages typed, in order, skipping the empty ones (a learner
 * who did no proposals still has a funnel); the weakest stage is compared with the objectives
 * only when the same stages have an objective.
 */
import { decimalesMontant } from './devise-saisie.ts';
import { tauxDEtapes } from '../entonnoir/entonnoir.ts';
import { diagnostiquerCampagne } from '../campagne/diagnostic.ts';
import { formatMontant, formatPourcentage } from '../commun/nombres.ts';
import {
  coutAcquisitionClient,
  coutUnitaire,
  resultatOperation,
  roi,
} from '../marges/rentabilite.ts';
import { tauxDeRealisation } from '../portefeuille/valeur-client.ts';
import {
  calcule,
  enErreur,
  incomplet,
  manquants,
  premiereErreur,
  type Analyse,
  type Chiffre,
  type Tableau,
} from './analyse.ts';
import type { Contexte } from './contexte.ts';
import { ETAPES, NOMS_ETAPES, type Dossier } from './modele.ts';

/**
 * The campaign against its objectives by the campaign's ONE diagnosis (lib/campagne/diagnostic.ts,
 * that of chapters 10 and 11), when the five stages and their objectives are all given and the
 * objectives give a rate at every stage; undefined otherwise (no weakest stage named).
 */
function diagnosticSelonObjectifs(effectifsReels: number[], objectifs: number[]) {
  if (effectifsReels.length !== ETAPES.length) return undefined;
  const prevus = tauxDEtapes({ effectifs: objectifs });
  if (!prevus.ok) return undefined;
  const tauxPrevus = prevus.valeur.taux.filter((t) => t !== null);
  if (tauxPrevus.length !== prevus.valeur.taux.length) return undefined;
  const d = diagnostiquerCampagne({ tauxPrevus, effectifsReels });
  return d.ok ? d.valeur : undefined;
}

/** 4.2: the rate of each stage of the campaign's funnel, cumulated, and the weakest stage against the objectives. */
export function analyseEntonnoir({ dossier }: { dossier: Dossier }): Analyse {
  const entete = { id: 'entonnoir', section: '4.2', titre: 'Ratios et entonnoir de prospection' };
  const { etapes, objectifsEtapes } = dossier.resultats;
  const presentes = ETAPES.filter((e) => etapes[e] !== undefined);
  if (presentes.length < 2)
    return incomplet(entete, [
      `au moins deux étapes de la campagne (${ETAPES.map((e) => NOMS_ETAPES[e].toLowerCase()).join(', ')})`,
    ]);
  const effectifs = presentes.map((e) => etapes[e] as number);
  const r = tauxDEtapes({ effectifs });
  if (!r.ok) return enErreur(entete, r);
  const { taux, tauxCumules, tauxGlobal } = r.valeur;
  const tableau: Tableau = {
    entete: 'Étape',
    colonnes: [
      { libelle: 'Effectif', unite: 'nombre' },
      { libelle: 'Taux de l’étape', unite: 'taux' },
      { libelle: 'Taux cumulé', unite: 'taux' },
    ],
    lignes: presentes.map((e, i) => ({
      libelle: NOMS_ETAPES[e],
      valeurs: [effectifs[i], i === 0 ? null : taux[i - 1], i === 0 ? null : tauxCumules[i - 1]],
    })),
  };
  let texte = `Sur ${effectifs[0]} ${NOMS_ETAPES[presentes[0]].toLowerCase()}, ${effectifs[effectifs.length - 1]} arrivent à l’étape «\u00A0${NOMS_ETAPES[presentes[presentes.length - 1]].toLowerCase()}\u00A0» (${formatPourcentage(tauxGlobal ?? 0)}).`;
  const avecObjectifs = presentes.every((e) => objectifsEtapes[e] !== undefined);
  const diagnostic = avecObjectifs
    ? diagnosticSelonObjectifs(
        effectifs,
        presentes.map((e) => objectifsEtapes[e] ?? 0),
      )
    : undefined;
  if (diagnostic) {
    tableau.colonnes.push({ libelle: 'Taux prévu', unite: 'taux' });
    tableau.lignes.forEach((l, i) =>
      l.valeurs.push(i === 0 ? null : diagnostic.etapes[i - 1].tauxPrevu),
    );
    // The stage reached by the weakest rate, named as etapes.ts names it.
    const faible =
      diagnostic.plusFaible === null ? null : diagnostic.etapes[diagnostic.plusFaible].vers;
    texte +=
      faible === null
        ? ' Chaque étape atteint ou dépasse le taux prévu.'
        : ` L’étape la plus en retard sur le prévu est «\u00A0${NOMS_ETAPES[faible].toLowerCase()}\u00A0»\u202F: c’est elle qu’il faut travailler.`;
  }
  return calcule(entete, {
    formules: ['taux'],
    graphique: {
      titre: 'Effectif de chaque étape',
      libelles: presentes.map((e) => NOMS_ETAPES[e]),
      series: [{ id: 'effectif', libelle: 'Effectif', valeurs: effectifs }],
      unite: 'nombre',
    },
    chiffres: [{ libelle: 'Taux global de l’entonnoir', valeur: tauxGlobal ?? 0, unite: 'taux' }],
    tableau,
    interpretation: texte,
    aCompleter: avecObjectifs
      ? []
      : ['les objectifs de chaque étape (pour repérer l’étape faible)'],
  });
}

/** 4.3.1: each objective against its result, with the taux de réalisation. */
export function analyseTableauDeBord({ dossier }: { dossier: Dossier }): Analyse {
  const entete = {
    id: 'tableau-de-bord',
    section: '4.3',
    titre: 'Tableau de bord\u202F: objectifs et réalisations',
  };
  const { etapes, objectifsEtapes, chiffreAffairesGenere, margeGeneree } = dossier.resultats;
  const o = dossier.objectifs;
  // Issue 19: the file's size is where the funnel starts, not an objective; and the orders ARE the
  // new clients: one row « Commandes (nouveaux clients) », never the same 46/38 twice.
  const paires: {
    libelle: string;
    objectif?: number;
    realise?: number;
    unite: 'nombre' | 'montant';
  }[] = [
    ...ETAPES.filter((e) => e !== 'fichier' && e !== 'commandes').map((e) => ({
      libelle: NOMS_ETAPES[e],
      objectif: objectifsEtapes[e],
      realise: etapes[e],
      unite: 'nombre' as const,
    })),
    {
      libelle: 'Commandes (nouveaux clients)',
      objectif: objectifsEtapes.commandes ?? o.nouveauxClients,
      realise: etapes.commandes,
      unite: 'nombre',
    },
    {
      libelle: 'Chiffre d’affaires',
      objectif: o.chiffreAffaires,
      realise: chiffreAffairesGenere,
      unite: 'montant',
    },
    { libelle: 'Marge', objectif: o.marge, realise: margeGeneree, unite: 'montant' },
  ];
  const completes = paires.filter((p) => p.objectif !== undefined && p.realise !== undefined);
  if (completes.length === 0)
    return incomplet(entete, [
      'au moins un objectif et le résultat obtenu en face (étapes, clients, CA ou marge)',
    ]);
  const lignes: Tableau['lignes'] = [];
  for (const p of completes) {
    const t = tauxDeRealisation({ realise: p.realise as number, objectif: p.objectif as number });
    if (!t.ok)
      return enErreur(entete, {
        ok: false,
        erreur: { ...t.erreur, message: `${p.libelle}\u202F: ${t.erreur.message}` },
      });
    lignes.push({
      libelle: p.libelle,
      valeurs: [p.objectif as number, p.realise as number, t.valeur],
      unites: [p.unite, p.unite, 'taux'],
    });
  }
  const atteints = lignes.filter((l) => (l.valeurs[2] as number) >= 1);
  const plusBas = [...lignes].sort(
    (a, b) => (a.valeurs[2] as number) - (b.valeurs[2] as number),
  )[0];
  return calcule(entete, {
    formules: ['taux-de-realisation'],
    chiffres: [
      { libelle: 'Objectifs atteints', valeur: atteints.length, unite: 'nombre' },
      { libelle: 'Objectifs suivis', valeur: lignes.length, unite: 'nombre' },
    ],
    tableau: {
      entete: 'Indicateur',
      colonnes: [
        { libelle: 'Objectif', unite: 'nombre' },
        { libelle: 'Réalisé', unite: 'nombre' },
        { libelle: 'Taux de réalisation', unite: 'taux' },
      ],
      lignes,
    },
    interpretation: `${atteints.length} objectif${atteints.length > 1 ? 's' : ''} sur ${lignes.length} ${atteints.length > 1 ? 'sont atteints' : 'est atteint'}. Le plus en retrait\u202F: ${plusBas.libelle.toLowerCase()} (${formatPourcentage(plusBas.valeurs[2] as number)} de l’objectif).`,
  });
}

/** 4.3.2: result and ROI of the operation on the margin generated, cost per contact and per new client. */
export function analyseRentabilite({
  dossier,
  contexte,
}: {
  dossier: Dossier;
  contexte: Contexte;
}): Analyse {
  const entete = { id: 'rentabilite', section: '4.3', titre: 'Rentabilité de l’opération' };
  const { etapes, margeGeneree } = dossier.resultats;
  const manque = manquants([
    ['le coût de la méthode (lignes de coût)', contexte.coutMethode],
    ['la marge générée par la campagne', margeGeneree],
  ]);
  if (manque.length) return incomplet(entete, manque);
  if (!contexte.coutMethode?.ok)
    return enErreur(entete, contexte.coutMethode as NonNullable<typeof contexte.coutMethode>);
  const cout = contexte.coutMethode.valeur;
  const resultat = resultatOperation({ margeGeneree: margeGeneree as number, cout });
  const retour = roi({ margeGeneree: margeGeneree as number, cout });
  const e = premiereErreur(resultat, retour);
  if (e) return enErreur(entete, e);
  const devise = dossier.entreprise.devise;
  const r = (resultat as { valeur: number }).valeur;
  const chiffres: Chiffre[] = [
    { libelle: 'Coût de l’opération', valeur: cout, unite: 'montant' },
    { libelle: 'Marge générée', valeur: margeGeneree as number, unite: 'montant' },
    { libelle: 'Résultat de l’opération', valeur: r, unite: 'montant' },
    {
      libelle: 'Retour sur investissement (ROI)',
      valeur: (retour as { valeur: number }).valeur,
      unite: 'taux',
    },
  ];
  const formules: Parameters<typeof calcule>[1]['formules'] = ['resultat-operation', 'roi'];
  if (etapes.contactsJoints) {
    const c = coutUnitaire({ coutTotal: cout, nombre: etapes.contactsJoints });
    if (c.ok) {
      chiffres.push({ libelle: 'Coût par contact joint', valeur: c.valeur, unite: 'montant' });
      formules.push('cout-unitaire');
    }
  }
  if (etapes.commandes) {
    const c = coutAcquisitionClient({ coutTotal: cout, nouveauxClients: etapes.commandes });
    if (c.ok) {
      chiffres.push({
        libelle: 'Coût d’acquisition par commande',
        valeur: c.valeur,
        unite: 'montant',
      });
      formules.push('cout-acquisition-client');
    }
  }
  return calcule(entete, {
    formules,
    chiffres,
    interpretation:
      r >= 0
        ? `L’opération est rentable\u202F: la marge générée dépasse son coût de ${formatMontant(r, devise, decimalesMontant(r))}, soit un ROI de ${formatPourcentage((retour as { valeur: number }).valeur)}.`
        : `L’opération n’est pas encore rentable\u202F: il manque ${formatMontant(-r, devise, decimalesMontant(-r))} de marge pour couvrir son coût (ROI de ${formatPourcentage((retour as { valeur: number }).valeur)}).`,
    aCompleter: manquants([
      ['le nombre de contacts joints', etapes.contactsJoints],
      ['le nombre de commandes', etapes.commandes],
    ]),
  });
}
