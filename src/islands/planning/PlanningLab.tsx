/**
 * Island « Planning annuel » (chapter 8): the company's campaign year month by month, its
 * actions editable by keyboard, and the warnings of src/lib/planning/plan-de-campagne.ts (two heavy
 * actions in one month, a month overloaded, more visits than the Capacité simulator allows).
 * Thin: the store wires the plan and the Capacité result to src/lib/planning/evaluation-plan.ts;
 * this only renders.
 */
import { useStore } from '@nanostores/preact';
import {
  $contextePlan,
  $evaluationPlan,
  $moisDuPlan,
  $planSaisi,
  modifierPlan,
  reinitialiserPlan,
  type ContextePlan,
} from '../../stores/planning.ts';
import { evaluerPlan, planSaisiParDefaut } from '../../lib/planning/evaluation-plan.ts';
import { CAPACITE_PAR_DEFAUT, evaluerCapacite } from '../../lib/planning/evaluation-capacite.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { useSaisiePrecoce } from '../ui/hydratation.ts';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useSimulateur, AvertissementErreur } from '../ui/simulateur.tsx';
import { ActionsPlan } from './ActionsPlan.tsx';
import { GrillePlanning } from './GrillePlanning.tsx';
import { NOMS_DES_MOIS } from '../../lib/commun/dates.ts';

// What the server renders: a September 2026 campaign in France, the Capacité example's figures.
const CONTEXTE_SSR: ContextePlan = {
  id: '',
  pays: 'FR',
  moisDebut: 9,
  anneeDebut: 2026,
  commerciaux: 1,
  selection: 0,
};
const SAISIE_SSR = planSaisiParDefaut(CONTEXTE_SSR);
const CAPACITE_SSR = evaluerCapacite(CAPACITE_PAR_DEFAUT);
const EVALUATION_SSR = evaluerPlan({
  saisie: SAISIE_SSR,
  pays: 'FR',
  capacite: CAPACITE_SSR.ok ? CAPACITE_SSR.valeur : undefined,
});

function imprimer() {
  // Prints the plan alone: the print CSS hides everything else while this attribute is set.
  const racine = document.documentElement;
  racine.dataset.impression = 'planning';
  addEventListener('afterprint', () => delete racine.dataset.impression, { once: true });
  print();
}

export default function PlanningLab() {
  const {
    monte,
    saisie,
    erreurs,
    resultat: r,
    enErreur,
  } = useSimulateur($planSaisi, $evaluationPlan, SAISIE_SSR, EVALUATION_SSR);
  // A month or a year picked before hydration reaches the store (see useSaisiePrecoce).
  const moisDebut = useSaisiePrecoce<HTMLSelectElement>(String(saisie.moisDebut)),
    anneeDebut = useSaisiePrecoce<HTMLSelectElement>(String(saisie.anneeDebut));
  const contexteStocke = useStore($contextePlan),
    moisStockes = useStore($moisDuPlan);
  const contexte = monte ? contexteStocke : CONTEXTE_SSR;
  const mois = monte ? moisStockes : (r?.mois.map((m) => m.libelle) ?? []);
  const nom = contexte.nom;
  const titre = `Planning de prospection${nom ? ` de ${nom}` : ''}${r ? `, ${r.mois[0].libelle} à ${r.mois[11].libelle}` : ''}`;
  const annees = [contexte.anneeDebut - 1, contexte.anneeDebut, contexte.anneeDebut + 1];
  if (!annees.includes(saisie.anneeDebut)) annees.push(saisie.anneeDebut);

  return (
    <div class="labo-corps" data-island="planning">
      <AvisStockage />
      <fieldset class="labo-groupe planning-editeur">
        <legend>La campagne</legend>
        <div class="planning-ligne">
          <label>
            Premier mois
            <select
              id="planning-mois-debut"
              ref={moisDebut}
              value={saisie.moisDebut}
              onChange={(e) => modifierPlan({ moisDebut: Number(e.currentTarget.value) })}
            >
              {NOMS_DES_MOIS.map((m, i) => (
                <option key={m} value={i + 1}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            Année
            <select
              id="planning-annee"
              ref={anneeDebut}
              value={saisie.anneeDebut}
              onChange={(e) => modifierPlan({ anneeDebut: Number(e.currentTarget.value) })}
            >
              {annees.sort().map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
          <ChampNombre
            id="planning-commerciaux"
            libelle="Commerciaux"
            valeur={saisie.commerciaux}
            erreur={erreurs.commerciaux}
            onSaisie={(t) => modifierPlan({ commerciaux: t })}
          />
        </div>
        <p class="champ-aide" data-resultat="feries">
          {contexte.pays === 'MA'
            ? 'Jours fériés du Maroc\u202f: les fêtes religieuses sont estimées d’après le calendrier hégirien arithmétique et peuvent se décaler d’un jour à l’annonce officielle.'
            : 'Jours fériés de France métropolitaine (hors Alsace-Moselle).'}{' '}
          Jours disponibles = jours ouvrés × commerciaux × jours de prospection par semaine ÷ 5
          (simulateur Capacité).
        </p>
      </fieldset>

      <ActionsPlan actions={saisie.actions} mois={mois} erreurs={erreurs} />
      <div class="labo-actions">
        <button type="button" class="bouton-discret" onClick={reinitialiserPlan}>
          Revenir au plan par défaut
        </button>
        <button type="button" onClick={imprimer}>
          Imprimer le planning
        </button>
      </div>

      <section
        class="labo-resultats planning-imprimable"
        aria-labelledby="planning-resultats-titre"
      >
        <h3 id="planning-resultats-titre">Le planning mois par mois</h3>
        <AvertissementErreur visible={enErreur} />
        {erreurs.plan && (
          <p class="champ-erreur" role="alert">
            {erreurs.plan}
          </p>
        )}
        {r && (
          <>
            <div aria-live="polite" data-resultat="alertes">
              {r.alertes.length === 0 ? (
                <p class="planning-ok">
                  Aucune alerte&#8239;: pas de collision d’actions lourdes, aucun mois surchargé
                  {r.avecCapacite ? ', visites dans la capacité' : ''}.
                </p>
              ) : (
                <ul class="planning-alertes">
                  {r.alertes.map((a, i) => (
                    <li key={i} data-alerte={a.type}>
                      {a.message}
                    </li>
                  ))}
                </ul>
              )}
              {!r.avecCapacite && (
                <p class="labo-avertissement">
                  Le simulateur Capacité contient une erreur&#8239;: les visites ne sont ni
                  converties en jours ni comparées à la capacité.
                </p>
              )}
            </div>
            <p class="labo-explication">
              Visites prévues&#8239;:{' '}
              <strong data-resultat="visites-prevues">{formatNombre(r.visites, 0)}</strong>
              {r.visitesPossibles !== null && (
                <>
                  {' '}
                  pour{' '}
                  <strong data-resultat="visites-possibles">
                    {formatNombre(r.visitesPossibles, 0)}
                  </strong>{' '}
                  possibles dans l’année (capacité d’un commercial selon le simulateur Capacité,
                  multipliée par le nombre de commerciaux)
                </>
              )}
              .
            </p>
            {/* The grid is built once the island has mounted, not in the page's HTML: a phone
                parsed and laid out its table at load, far below the fold (issue 14, chapter 8).
                It is the island's last part, so a reload lands where it did. */}
            {monte && <GrillePlanning plan={r} actions={saisie.actions} titre={titre} />}
          </>
        )}
      </section>
    </div>
  );
}
