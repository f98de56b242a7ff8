/**
 * Island « Scoring » (chapter 6): the learner's grid (profil and engagement criteria, thresholds)
 * scores the cleaned file of chapter 5; the ranking, its distribution and a backtest on the past
 * campaign say whether the grid is good; the best prospects are selected for chapter 10.
 * Thin: stores/scoring.ts reads the grid and calls src/lib.
 */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $donnees,
  $entreprise,
  $fichierNettoye,
  $selection,
  $travail,
} from '../../stores/campagne.ts';
import {
  $backtest,
  $classement,
  $erreursGrille,
  $histogramme,
  $reussite,
  $saisieGrille,
  ajouterCritere,
  modifierSeuil,
  reinitialiserGrille,
  selectionner,
} from '../../stores/scoring.ts';
import { parseNombre } from '../../lib/commun/nombres.ts';
import { accorder } from '../../lib/commun/accord.ts';
import type { ModeSelection } from '../../lib/scoring/analyse.ts';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { useMonte } from '../ui/hydratation.ts';
import { AvertissementErreur } from '../ui/simulateur.tsx';
import { GrilleCriteres, type ValeursDuFichier } from './GrilleCriteres.tsx';
import { cleTexte } from '../../lib/scoring/scoring.ts';
import type { ChampProspect } from '../../lib/commun/prospect.ts';
import { ClassementProspects } from './ClassementProspects.tsx';
import { BacktestScoring } from './BacktestScoring.tsx';

export default function ScoringLab() {
  const entreprise = useStore($entreprise),
    donnees = useStore($donnees),
    fichier = useStore($fichierNettoye);
  const saisie = useStore($saisieGrille),
    erreurs = useStore($erreursGrille),
    classement = useStore($classement);
  const nettoye = useStore($travail).journal.length > 0;
  const backtest = useStore($backtest),
    histogramme = useStore($histogramme),
    reussite = useStore($reussite),
    selection = useStore($selection);
  // Until the learner types, the field shows the size of the stored selection (50 without one):
  // a fixed « 50 » contradicted a selection of 40 after a reload (session 11).
  const [nombreSaisi, setNombre] = useState<string>();
  const [erreurNombre, setErreurNombre] = useState<string>();
  const fiches = useMemo(() => new Map(fichier.map((p) => [p.id, p])), [fichier]);
  const retenus = useMemo(() => new Set(selection.map((p) => p.id)), [selection]);
  const nombre = nombreSaisi ?? String(selection.length > 0 ? selection.length : 50);
  // The values of a field in the file, read once per field and per file (for the grid's value lists).
  const valeursDuFichier = useMemo<ValeursDuFichier>(() => {
    const parChamp = new Map<ChampProspect, Map<string, string>>();
    return (champ) => {
      let m = parChamp.get(champ);
      if (!m) {
        m = new Map();
        for (const p of fichier) {
          const v = (p as unknown as Record<string, unknown>)[champ];
          if (v === undefined || v === null || v === '') continue;
          const affiche = typeof v === 'boolean' ? (v ? 'oui' : 'non') : String(v).trim();
          if (!m.has(cleTexte(v))) m.set(cleTexte(v), affiche);
        }
        m = new Map([...m].sort((a, b) => a[1].localeCompare(b[1], 'fr')));
        parChamp.set(champ, m);
      }
      return m;
    };
  }, [fichier]);
  if (!useMonte())
    return (
      <div class="labo-corps" data-island="scoring" aria-busy="true">
        <p>Chargement du fichier…</p>
      </div>
    );

  const choisir = (choix: ModeSelection) => {
    const r = selectionner(choix);
    setErreurNombre(r.ok ? undefined : r.erreur.message);
  };
  const premiers = () => {
    const r = parseNombre(nombre, { champ: 'nombre', libelle: 'le nombre de prospects' });
    if (!r.ok) setErreurNombre(r.erreur.message);
    else choisir({ mode: 'premiers', nombre: r.valeur });
  };
  const enErreur = Object.keys(erreurs).length > 0;
  const c = classement.ok ? classement.valeur : [];

  return (
    <div
      class="labo-corps"
      data-island="scoring"
      data-entreprise={entreprise?.id}
      aria-busy={donnees.etat === 'chargement'}
    >
      <AvisStockage />
      <p data-fichier={nettoye ? 'nettoye' : 'brut'}>
        {nettoye ? (
          <>
            Fichier nettoyé de <strong>{entreprise?.nom}</strong> (
            <a href="/chapitres/exploiter-le-fichier/">chapitre&#160;5</a>)&#8239;:{' '}
          </>
        ) : (
          <>
            Fichier brut de <strong>{entreprise?.nom}</strong>, pas encore nettoyé au{' '}
            <a href="/chapitres/exploiter-le-fichier/">chapitre&#160;5</a>&#8239;:{' '}
          </>
        )}
        {accorder(fichier.length, 'prospect', 'prospects')}
        {/* Why the ranking counts fewer (420 here, « sur 414 » below, session 11). */}
        {classement.ok && c.length < fichier.length && (
          <span data-resultat="opposes">
            {' '}
            (dont {accorder(fichier.length - c.length, 'opposé', 'opposés')} à la prospection,
            écartés du classement)
          </span>
        )}
        . Changez d’entreprise depuis l’en-tête ou la page <a href="/donnees/">Données</a>.
      </p>
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
      {/* Before the grid, in the DOM as on a projected screen (beside the test on the past
          campaign): the keyboard meets it where the eye does (WCAG 2.4.3). */}
      {donnees.etat === 'pret' && c.length > 0 && (
        <fieldset class="labo-groupe scoring-selection">
          <legend>Sélectionner les prospects à contacter</legend>
          <ChampNombre
            id="scoring-nombre"
            libelle="Nombre de prospects à retenir"
            valeur={nombre}
            erreur={erreurNombre}
            onSaisie={setNombre}
          />
          <div class="labo-actions">
            <button type="button" class="bouton" onClick={premiers}>
              Sélectionner les {/^\d+$/.test(nombre.trim()) ? nombre.trim() : 'N'} premiers
            </button>
            <button
              type="button"
              class="bouton-discret"
              onClick={() => choisir({ mode: 'chauds' })}
            >
              Sélectionner les chauds
            </button>
            <button
              type="button"
              class="bouton-discret"
              onClick={() => choisir({ mode: 'chauds-tiedes' })}
            >
              Sélectionner les chauds et les tièdes
            </button>
          </div>
          <p
            class="labo-explication"
            data-resultat="selection"
            data-selection={selection.length}
            role="status"
          >
            {selection.length > 0 ? (
              <>Votre sélection compte {accorder(selection.length, 'prospect', 'prospects')}. </>
            ) : (
              <>Aucun prospect sélectionné pour l’instant. </>
            )}
            La sélection sert de point de départ aux méthodes du{' '}
            <a href="/chapitres/methodes-et-moyens/">chapitre&#160;7</a> et à l’entonnoir du{' '}
            <a href="/chapitres/mesurer-l-efficacite/">chapitre&#160;10</a>, et reste enregistrée
            dans ce navigateur.
          </p>
        </fieldset>
      )}
      <fieldset class="labo-groupe">
        <legend>Grille de scoring</legend>
        <GrilleCriteres
          lignes={saisie.lignes}
          erreurs={erreurs}
          valeursDuFichier={valeursDuFichier}
        />
        {erreurs.lignes && (
          <p class="champ-erreur" role="alert">
            {erreurs.lignes}
          </p>
        )}
        <div class="labo-actions">
          <button type="button" class="bouton" onClick={ajouterCritere}>
            + Ajouter un critère
          </button>
          <button type="button" class="bouton-discret" onClick={reinitialiserGrille}>
            Revenir à la grille par défaut
          </button>
        </div>
      </fieldset>
      <fieldset class="labo-groupe scoring-seuils">
        <legend>Seuils de température</legend>
        <ChampNombre
          id="scoring-chaud"
          libelle="Chaud à partir de"
          unite="pts"
          valeur={saisie.chaud}
          erreur={erreurs.chaud}
          onSaisie={(t) => modifierSeuil({ chaud: t })}
        />
        <ChampNombre
          id="scoring-tiede"
          libelle="Tiède à partir de"
          unite="pts"
          valeur={saisie.tiede}
          erreur={erreurs.tiede}
          onSaisie={(t) => modifierSeuil({ tiede: t })}
        />
      </fieldset>
      <AvertissementErreur visible={enErreur} />
      {!classement.ok && (
        <p class="champ-erreur" role="alert">
          {classement.erreur.message}
        </p>
      )}
      {donnees.etat === 'pret' && c.length > 0 && (
        <>
          <BacktestScoring
            backtest={backtest}
            reussite={reussite}
            histogramme={histogramme.ok ? histogramme.valeur : []}
          />
          <ClassementProspects
            classement={c}
            fiches={fiches}
            selection={retenus}
            entreprise={entreprise?.id ?? ''}
          />
        </>
      )}
    </div>
  );
}
