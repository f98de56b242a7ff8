/**
 * Island « Fichier de prospects » (chapter 5): the current company's file after cleaning, its
 * quality report (computed in a Web Worker, rapport.ts) with the actions that fix it, the
 * cleaning log (undo, reset), and the query
 * builder with its table, CSV export and RGPD check. Thin: stores and src/lib do the work.
 */
import type { ChampProspect, Pays } from '../../lib/commun/prospect.ts';
import { useStore } from '@nanostores/preact';
import {
  $dateReference,
  $donnees,
  $entreprise,
  $nettoyage,
  $travail,
} from '../../stores/campagne.ts';
import { $operationRefusee } from '../../stores/nettoyage.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useMonte } from '../ui/hydratation.ts';
import { Journal } from './Journal.tsx';
import { RapportQualite } from './RapportQualite.tsx';
import { RequeteFichier } from './RequeteFichier.tsx';
import { useRapportQualite } from './rapport.ts';

export default function FichierLab({
  sansRegle = { FR: [], MA: [] },
}: {
  /** The fields no rule of each country reads (lib/droit/champs-du-droit.ts, at build time). */
  sansRegle?: Readonly<Record<Pays, readonly ChampProspect[]>>;
}) {
  const entreprise = useStore($entreprise);
  const donnees = useStore($donnees);
  const nettoyage = useStore($nettoyage);
  const travail = useStore($travail);
  const aujourdhui = useStore($dateReference);
  const refus = useStore($operationRefusee);
  const { rapport, calcul } = useRapportQualite({
    prospects: nettoyage.prospects,
    aujourdhui,
    fichier: donnees.etat === 'pret' && donnees.donnees,
  });
  if (!useMonte())
    return (
      <div class="labo-corps" data-island="fichier" aria-busy="true">
        <p>Chargement du fichier…</p>
      </div>
    );
  const nom = entreprise?.nom ?? '';
  return (
    <div
      class="labo-corps"
      data-island="fichier"
      // A file to clean, its wide table and report: one column in full screen too, not a half-empty
      // right-hand one (issue 19; labo.css).
      data-colonnes="une"
      data-entreprise={entreprise?.id}
      aria-busy={donnees.etat === 'chargement'}
    >
      <AvisStockage />
      <p class="fichier-entreprise">
        Fichier de <strong>{nom}</strong> (changez d’entreprise depuis l’en-tête ou la page{' '}
        <a href="/donnees/">Données</a>).
      </p>
      {refus && (
        <p class="champ-erreur" role="alert" data-resultat="operation-refusee">
          {refus}
        </p>
      )}
      {donnees.etat === 'erreur' && (
        <p class="champ-erreur" role="alert">
          {donnees.message}
        </p>
      )}
      {donnees.etat === 'chargement' && (
        <p role="status" class="chargement">
          Chargement du fichier…
        </p>
      )}
      {donnees.etat === 'pret' && (
        <>
          <Journal
            journal={travail.journal}
            ignorees={nettoyage.ignorees}
            total={nettoyage.prospects.length}
            origine={donnees.donnees.prospects.length}
          />
          {!rapport ? (
            <p role="status" class="chargement">
              Analyse de la qualité du fichier…
            </p>
          ) : rapport.ok ? (
            <div aria-busy={calcul} class="fichier-analyse labo-resultats">
              <p data-resultat="concernees">
                {formatNombre(rapport.valeur.lignesConcernees, 0)} fiche
                {rapport.valeur.lignesConcernees > 1 ? 's' : ''} sur{' '}
                {formatNombre(rapport.valeur.total, 0)} présentent au moins un problème.
              </p>
              <RapportQualite
                resume={rapport.valeur.resume}
                problemes={rapport.valeur.problemes}
                prospects={nettoyage.prospects}
              />
            </div>
          ) : (
            <p class="champ-erreur" role="alert">
              {rapport.erreur.message}
            </p>
          )}
          <RequeteFichier entreprise={nom} sansRegle={sansRegle[entreprise?.pays ?? 'FR']} />
        </>
      )}
    </div>
  );
}
