/**
 * Island « Capacité » (chapter 8): working weeks and days, length of the day, admin time, visit
 * and travel time give the visits one salesperson can make per day and per year, compared with
 * the visits needed (prospects and second visits), and the sales force needed.
 * Thin: src/lib/planning/evaluation-capacite.ts parses and computes; this only renders.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  $capacites,
  $saisieCapacite,
  $evaluationCapacite,
  modifierCapacite,
  reinitialiserCapacite,
} from '../../stores/capacite.ts';
import {
  CAPACITE_PAR_DEFAUT,
  evaluerCapacite,
  premieresEtSecondes,
  type SaisieCapacite,
} from '../../lib/planning/evaluation-capacite.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { Graphique } from '../charts/Graphique.tsx';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useSimulateur, SectionResultats, PartirDeLaSelection } from '../ui/simulateur.tsx';
import { TableauCapacite } from './TableauCapacite.tsx';
import type { interpreterCapacite } from '../../lib/planning/interpretation-capacite.ts';
import { useStore } from '@nanostores/preact';
import { $contextePlan } from '../../stores/planning-contexte.ts';

type SuiteDuPlan = typeof import('./suite-du-plan.ts');

const visites = (n: number) => formatNombre(n, 0);
const EVALUATION_PAR_DEFAUT = evaluerCapacite(CAPACITE_PAR_DEFAUT);

/** [field, id suffix, label, unit, help] of the two groups of fields. */
type Champ = [keyof SaisieCapacite, string, string, string, string];
const TEMPS: Champ[] = [
  [
    'semaines',
    'semaines',
    'Semaines travaillées par an',
    'sem.',
    'Congés et jours fériés déduits, par exemple 46',
  ],
  [
    'joursParSemaine',
    'jours',
    'Jours de prospection par semaine',
    'j',
    'Le reste va au suivi des clients',
  ],
  ['heuresParJour', 'heures', 'Durée de la journée', 'h', 'Par exemple 8 ou 7,5'],
  [
    'tempsAdministratif',
    'admin',
    'Temps administratif par jour',
    'min',
    'Comptes rendus, saisie, prise de rendez-vous',
  ],
  ['dureeVisite', 'visite', 'Durée d’une visite', 'min', 'Entretien chez le prospect'],
  ['dureeTrajet', 'trajet', 'Trajet par visite', 'min', 'Temps moyen pour s’y rendre'],
];
const BESOIN: Champ[] = [
  [
    'prospects',
    'prospects',
    'Prospects à visiter',
    'prospects',
    'La sélection du chapitre 6, par exemple 300',
  ],
  [
    'tauxSecondeVisite',
    'revus',
    'Prospects revus une seconde fois',
    '%',
    'Pour une proposition, par exemple 40',
  ],
];

export default function CapaciteLab() {
  // The server rendered the lesson's example: hydrate on it, then show what this browser stored.
  const {
    monte,
    saisie,
    erreurs,
    resultat: r,
    enErreur,
  } = useSimulateur(
    $saisieCapacite,
    $evaluationCapacite,
    CAPACITE_PAR_DEFAUT,
    EVALUATION_PAR_DEFAUT,
  );
  const contexte = useStore($contextePlan);
  const capacites = useStore($capacites);
  // Where the visits come from is DERIVED (issue 14): the fields hold the plan's visits exactly
  // when they equal what the plan gives now, so the sentence survives a reload and goes once the
  // learner types other figures. The plan is loaded only for a company whose capacity was edited.
  // With it come the « à revoir » notice of /campagne/ and the link back to chapter 7.
  const [suite, setSuite] = useState<SuiteDuPlan>();
  const modifiee = contexte.id in capacites;
  useEffect(() => {
    if (monte && modifiee && !suite) void import('./suite-du-plan.ts').then(setSuite);
  }, [monte, modifiee, suite]);
  const duPlan = monte && modifiee ? suite?.visitesDeLaSelection(contexte.selection) : null;
  const origineVisites =
    duPlan &&
    duPlan.prospects === saisie.prospects &&
    duPlan.tauxSecondeVisite === saisie.tauxSecondeVisite
      ? duPlan.phrase
      : undefined;
  // The reading in words is fetched once the island runs: ch 8 sits at the edge of its JS budget.
  const [interpreter, setInterpreter] = useState<typeof interpreterCapacite>();
  useEffect(() => {
    void import('../../lib/planning/interpretation-capacite.ts').then((m) =>
      setInterpreter(() => m.interpreterCapacite),
    );
  }, []);

  // A new object only when the result changes, so the chart is not updated on every render.
  const donnees = useMemo(
    () =>
      r && {
        type: 'bar' as const,
        horizontal: true,
        libelles: ['Visites possibles', 'Visites nécessaires'],
        series: [
          {
            id: 'visites',
            libelle: 'Visites par an',
            valeurs: [r.visitesPossibles, r.visitesNecessaires],
          },
        ],
        format: visites,
      },
    [r],
  );

  const champ = ([cle, suffixe, libelle, unite, aide]: Champ) => (
    <ChampNombre
      key={cle}
      id={`capacite-${suffixe}`}
      libelle={libelle}
      valeur={saisie[cle]}
      unite={unite}
      erreur={erreurs[cle]}
      onSaisie={(t) => modifierCapacite({ [cle]: t })}
      aide={aide}
    />
  );

  return (
    <div class="labo-corps" data-island="capacite">
      <AvisStockage />
      {suite && monte && modifiee && <suite.EtapeARevoir etape="capacite" />}
      <fieldset class="labo-groupe">
        <legend>Le temps d’un commercial</legend>
        <div class="capacite-champs">{TEMPS.map(champ)}</div>
      </fieldset>
      <fieldset class="labo-groupe">
        <legend>Les visites à faire</legend>
        <div class="capacite-champs">{BESOIN.map(champ)}</div>
        {monte && (
          <PartirDeLaSelection
            nombre={contexte.selection}
            // The visits follow from the plan: rendez-vous (or every contact on the field), then
            // the proposals seen again (D4). The plan ships on this click only: ch 8 is near its budget.
            onUtiliser={() =>
              void import('./suite-du-plan.ts').then((m) => {
                const v = m.visitesDeLaSelection(contexte.selection);
                modifierCapacite(
                  v
                    ? { prospects: v.prospects, tauxSecondeVisite: v.tauxSecondeVisite }
                    : { prospects: String(contexte.selection) },
                );
                setSuite(m);
              })
            }
          />
        )}
        {origineVisites && (
          <p class="labo-explication" data-resultat="origine-visites">
            {suite ? <suite.AvecLienChapitre7 texte={origineVisites} /> : origineVisites}
          </p>
        )}
        <div class="labo-actions">
          <button type="button" class="bouton-discret" onClick={reinitialiserCapacite}>
            Revenir aux chiffres de départ
          </button>
        </div>
      </fieldset>

      <SectionResultats id="capacite" enErreur={enErreur}>
        {r ? (
          <>
            <dl class="indicateurs capacite-indicateurs">
              <div>
                <dt>Minutes disponibles par jour</dt>
                <dd data-resultat="minutes-disponibles">{formatNombre(r.minutesDisponibles, 0)}</dd>
                <dd class="indicateur-detail">
                  {formatNombre(r.minutesParJour, 0)} − {formatNombre(r.tempsAdministratif, 0)} min
                  d’administratif
                </dd>
              </div>
              <div>
                <dt>Visites par jour</dt>
                <dd data-resultat="visites-par-jour">{formatNombre(r.visitesParJour, 0)}</dd>
                <dd class="indicateur-detail">
                  {formatNombre(r.minutesDisponibles, 0)} ÷ {formatNombre(r.minutesParVisite, 0)}
                  &nbsp;min{' '}
                  {Math.abs(r.visitesParJourExact * 100 - Math.round(r.visitesParJourExact * 100)) <
                  1e-9
                    ? '='
                    : '≈'}{' '}
                  <span data-resultat="visites-par-jour-exact">
                    {formatNombre(r.visitesParJourExact, 2)}
                  </span>
                  , arrondi vers le bas
                </dd>
              </div>
              <div>
                <dt>Visites possibles par an (un commercial)</dt>
                <dd data-resultat="visites-possibles">{formatNombre(r.visitesPossibles, 0)}</dd>
                <dd class="indicateur-detail">
                  sur <span data-resultat="jours">{formatNombre(r.jours, 1)}</span>&nbsp;jours de
                  prospection
                </dd>
              </div>
              <div>
                <dt>Visites nécessaires</dt>
                <dd data-resultat="visites-necessaires">{formatNombre(r.visitesNecessaires, 0)}</dd>
                <dd class="indicateur-detail">{premieresEtSecondes(r)}</dd>
              </div>
              <div>
                <dt>Écart pour un commercial</dt>
                <dd data-resultat="ecart">{formatNombre(r.ecart, 0)}</dd>
                <dd class="indicateur-detail">
                  {r.ecart < 0 ? 'visites qui resteraient à faire' : 'visites de marge'}
                </dd>
              </div>
              <div class="indicateur-principal">
                <dt>Commerciaux nécessaires</dt>
                <dd data-resultat="commerciaux">{formatNombre(r.commerciauxNecessaires, 0)}</dd>
                <dd class="indicateur-detail">arrondi vers le haut</dd>
              </div>
            </dl>
            <p class="labo-explication" data-resultat="interpretation">
              {interpreter?.(r)}
            </p>
          </>
        ) : (
          <p>Saisissez vos chiffres pour comparer visites possibles et visites nécessaires.</p>
        )}
      </SectionResultats>

      {r && donnees && (
        <section class="labo-graphique" aria-labelledby="capacite-graphique-titre">
          <h3 id="capacite-graphique-titre">
            Visites possibles et visites nécessaires sur l’année
          </h3>
          <Graphique titre="Visites possibles et nécessaires" donnees={donnees} hauteur="10rem" />
          <TableauCapacite resultat={r} />
        </section>
      )}
    </div>
  );
}
