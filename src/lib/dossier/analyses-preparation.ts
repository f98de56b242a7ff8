/**
 * Part 4.1 of the dossier, « préparation de la prospection »: the quality of the prospect file
 * (taux = fiches exploitables ÷ fiches, valeur-client.ts) and the time needed against the time
 * available (capacite.ts: visits one salesperson can make, salespeople needed, rounded up).
 * Convention: a record set aside counts once, in the first reason that applies (the learner
 * types the counts after removing overlaps, as the fichier chapter does).
 */
import { commerciauxNecessaires, visitesParCommercial } from '../planning/capacite.ts';
import { formatNombre, formatPourcentage } from '../commun/nombres.ts';
import { accorder } from '../commun/accord.ts';
import { majuscule } from '../commun/majuscule.ts';
import { echec } from '../commun/resultat.ts';
import { taux } from '../portefeuille/valeur-client.ts';
import {
  calcule,
  enErreur,
  incomplet,
  manquants,
  sommeDefinie,
  type Analyse,
  type Chiffre,
} from './analyse.ts';
import type { Dossier } from './modele.ts';

/** « 2 fiches … peuvent être prospectées », « 1 fiche … peut être prospectée », « aucune fiche … ne peut ». */
const prospectables = (n: number) =>
  n >= 2 ? 'peuvent être prospectées' : n > 0 ? 'peut être prospectée' : 'ne peut être prospectée';

/** 4.1.2: how many records of the file can be used, and the share they make. */
export function analyseBase({ dossier }: { dossier: Dossier }): Analyse {
  const entete = { id: 'qualite-base', section: '4.1', titre: 'Qualité de la base de données' };
  const b = dossier.base;
  if (b.fiches === undefined) return incomplet(entete, ['le nombre de fiches de la base']);
  const ecartees = sommeDefinie([b.doublons, b.incompletes, b.opposees]) ?? 0;
  if (ecartees > b.fiches)
    return enErreur(
      entete,
      echec(
        'Les fiches écartées (doublons, incomplètes, opposées à la prospection) dépassent le nombre de fiches de la base.',
        'base.fiches',
      ),
    );
  const exploitables = b.fiches - ecartees;
  const t = taux({ sortants: exploitables, entrants: b.fiches });
  if (!t.ok) return enErreur(entete, t);
  const tableau = {
    entete: 'Base',
    colonnes: [{ libelle: 'Fiches', unite: 'nombre' as const }],
    lignes: [
      { libelle: 'Fiches de la base', valeurs: [b.fiches] },
      { libelle: 'Doublons', valeurs: [b.doublons ?? null] },
      { libelle: 'Fiches incomplètes', valeurs: [b.incompletes ?? null] },
      { libelle: 'Opposées à la prospection', valeurs: [b.opposees ?? null] },
      { libelle: 'Fiches exploitables', valeurs: [exploitables] },
    ],
  };
  return calcule(entete, {
    formules: ['taux'],
    chiffres: [
      { libelle: 'Fiches exploitables', valeur: exploitables, unite: 'nombre' },
      { libelle: 'Taux de fiches exploitables', valeur: t.valeur, unite: 'taux' },
    ],
    tableau,
    interpretation: `${majuscule(accorder(exploitables, 'fiche', 'fiches', { feminin: true }))} sur ${formatNombre(b.fiches, 0)} ${prospectables(exploitables)} (${formatPourcentage(t.valeur)})\u202F; ${t.valeur < 0.8 ? 'le fichier demandait un vrai nettoyage avant la campagne.' : 'le fichier était en bon état.'}`,
    aCompleter: manquants([
      ['le nombre de doublons', b.doublons],
      ['le nombre de fiches incomplètes', b.incompletes],
      ['le nombre de fiches opposées à la prospection', b.opposees],
    ]),
  });
}

const visites = (n: number) => accorder(n, 'visite', 'visites', { feminin: true });
/** « les 120 visites prévues demandent », « la visite prévue demande », « sans visite prévue, il ne faut ». */
const prevues = (n: number) =>
  n >= 2
    ? `les ${visites(n)} prévues demandent`
    : n > 0
      ? 'la visite prévue demande'
      : 'sans visite prévue, il ne faut';

/** 4.1.4: visits one salesperson can make over the period, and the salespeople the visits need. */
export function analyseTemps({ dossier }: { dossier: Dossier }): Analyse {
  const entete = { id: 'temps', section: '4.1', titre: 'Temps nécessaire et temps disponible' };
  const t = dossier.temps;
  const manque = manquants([
    ['le nombre de visites à faire', t.visitesAFaire],
    ['le nombre de semaines de prospection', t.semaines],
    ['les jours de terrain par semaine', t.joursParSemaine],
    ['les visites possibles par jour', t.visitesParJour],
  ]);
  if (manque.length) return incomplet(entete, manque);
  const capacite = visitesParCommercial({
    semaines: t.semaines as number,
    joursParSemaine: t.joursParSemaine as number,
    visitesParJour: t.visitesParJour as number,
  });
  if (!capacite.ok) return enErreur(entete, capacite);
  const besoin = commerciauxNecessaires({
    visitesAFaire: t.visitesAFaire as number,
    visitesParCommercial: capacite.valeur,
  });
  if (!besoin.ok) return enErreur(entete, besoin);
  const chiffres: Chiffre[] = [
    { libelle: 'Visites possibles par commercial', valeur: capacite.valeur, unite: 'nombre' },
    { libelle: 'Commerciaux nécessaires', valeur: besoin.valeur, unite: 'nombre' },
  ];
  let texte = `Un commercial peut faire ${visites(capacite.valeur)} sur la période\u202F; ${prevues(t.visitesAFaire as number)} ${accorder(besoin.valeur, 'commercial', 'commerciaux')}.`;
  if (t.commerciaux !== undefined) {
    chiffres.push({ libelle: 'Commerciaux disponibles', valeur: t.commerciaux, unite: 'nombre' });
    texte +=
      besoin.valeur <= t.commerciaux
        ? ' L’équipe disponible suffit.'
        : ' L’équipe disponible ne suffit pas\u202F: allonger la période, réduire les visites ou en confier une partie au téléphone.';
  }
  return calcule(entete, {
    formules: ['visites-par-commercial', 'commerciaux-necessaires'],
    chiffres,
    interpretation: texte,
    aCompleter: manquants([['le nombre de commerciaux disponibles', t.commerciaux]]),
  });
}
