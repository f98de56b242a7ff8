/**
 * Island « Budget » (chapter 9): expense lines by action and an expected margin rate give the
 * total envelope and the minimum turnover to reach. Thin: the store parses and calls src/lib.
 */
import { useStore } from '@nanostores/preact';
import {
  $saisieBudget,
  $evaluationBudget,
  BUDGET_PAR_DEFAUT,
  evaluerBudget,
  ajouterLigne,
  supprimerLigne,
  modifierLigne,
  modifierBudget,
  reinitialiserBudget,
  prendreExempleDuCours,
} from '../../stores/budget.ts';
import { OrigineBudget } from './OrigineBudget.tsx';
import { $entreprise } from '../../stores/entreprise.ts';
import { $contexte } from '../../stores/contexte.ts';
import { ligneNommant } from '../../lib/droit/ligne-nommant.ts';
import type { ListeHorsVigueur } from '../../lib/droit/lignes-de-cout.ts';
import { formatMontant, formatPourcentage } from '../../lib/commun/nombres.ts';
import { useVueDifferee } from '../ui/vue-differee.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { useSaisiePrecoce } from '../ui/hydratation.ts';
import { Graphique } from '../charts/Graphique.tsx';
import { TableauRepartition } from './TableauRepartition.tsx';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useSimulateur, SectionResultats } from '../ui/simulateur.tsx';

const EVALUATION_PAR_DEFAUT = evaluerBudget(BUDGET_PAR_DEFAUT);

/** `horsVigueur`: the lists a line may name whose rule is no longer in force at the law's date (the wrapper's, at build time). */
export default function BudgetLab({ horsVigueur = [] }: { horsVigueur?: ListeHorsVigueur[] }) {
  const {
    monte,
    saisie,
    erreurs,
    resultat: r,
    enErreur,
  } = useSimulateur($saisieBudget, $evaluationBudget, BUDGET_PAR_DEFAUT, EVALUATION_PAR_DEFAUT);
  // The chosen method's cost needs chapter 7's comparator: it loads once the island is on screen.
  const { ref: refMethode, Vue: MethodeChoisie } = useVueDifferee(() =>
    import('./MethodeChoisie.tsx').then((m) => m.MethodeChoisie),
  );
  // Amounts are in the company's currency (its data says which), never a choice of the learner.
  const entreprise = useStore($entreprise),
    contexte = useStore($contexte);
  const devise = monte ? (entreprise?.devise ?? saisie.devise) : saisie.devise;
  const montant = (v: number) => formatMontant(v, devise, 0);
  const symbole = devise === 'EUR' ? '€' : 'DH';
  // A kind of rate picked before hydration reaches the store (see useSaisiePrecoce).
  const tauxMarque = useSaisiePrecoce(saisie.typeTaux === 'marque'),
    tauxMarge = useSaisiePrecoce(saisie.typeTaux === 'marge');

  return (
    <div class="labo-corps" data-island="budget">
      <AvisStockage />
      <fieldset class="labo-groupe">
        <legend>Dépenses prévues par action</legend>
        <ul class="lignes-budget">
          {saisie.lignes.map((l, i) => {
            // A line may rely on a rule the plan's date no longer has (a French line naming
            // Bloctel after 11 August 2026): said under the line, from src/lib/droit.
            const horsDroit = monte
              ? ligneNommant(
                  l.action,
                  horsVigueur.filter((h) => h.pays === entreprise?.pays),
                )
              : undefined;
            return (
              <li key={l.id} class="ligne-budget">
                <label class="visuellement-cache" for={`action-${l.id}`}>
                  Action {i + 1}
                </label>
                <input
                  id={`action-${l.id}`}
                  type="text"
                  value={l.action}
                  maxLength={120}
                  placeholder="Nom de l’action"
                  aria-describedby={horsDroit ? `droit-${l.id}` : undefined}
                  onInput={(e) => modifierLigne(l.id, 'action', e.currentTarget.value)}
                />
                <ChampNombre
                  id={`montant-${l.id}`}
                  libelle={`Montant de l’action ${i + 1}${l.action ? ` (${l.action})` : ''}`}
                  libelleCache
                  valeur={l.montant}
                  unite={symbole}
                  erreur={erreurs[l.id]}
                  onSaisie={(t) => modifierLigne(l.id, 'montant', t)}
                />
                <button
                  type="button"
                  class="bouton-discret"
                  onClick={() => supprimerLigne(l.id)}
                  aria-label={`Supprimer l’action ${i + 1}${l.action ? ` (${l.action})` : ''}`}
                >
                  ✕
                </button>
                {horsDroit && (
                  <p id={`droit-${l.id}`} class="ligne-budget-droit" data-alerte="droit">
                    {horsDroit.message}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <div ref={refMethode} data-vue="methode-choisie">
          {MethodeChoisie && <MethodeChoisie monte={monte} />}
        </div>
        <div class="labo-actions">
          <button type="button" class="bouton" onClick={() => ajouterLigne()}>
            + Ajouter une action
          </button>
          <button type="button" class="bouton-discret" onClick={reinitialiserBudget}>
            {monte && contexte ? 'Revenir aux chiffres de l’entreprise' : 'Revenir à l’exemple'}
          </button>
          {monte && contexte && (
            <button type="button" class="bouton-discret" onClick={prendreExempleDuCours}>
              Exemple du cours
            </button>
          )}
        </div>
        {monte && contexte && <OrigineBudget saisie={saisie} contexte={contexte} devise={devise} />}
      </fieldset>

      <fieldset class="labo-groupe">
        <legend>Taux de marge attendu sur les ventes</legend>
        <div class="choix-taux" role="radiogroup" aria-label="Nature du taux saisi">
          <label>
            <input
              type="radio"
              name="type-taux"
              ref={tauxMarque}
              checked={saisie.typeTaux === 'marque'}
              onChange={() => modifierBudget({ typeTaux: 'marque' })}
            />{' '}
            taux de marque (marge ÷ prix de vente)
          </label>
          <label>
            <input
              type="radio"
              name="type-taux"
              ref={tauxMarge}
              checked={saisie.typeTaux === 'marge'}
              onChange={() => modifierBudget({ typeTaux: 'marge' })}
            />{' '}
            taux de marge (marge ÷ coût d’achat)
          </label>
        </div>
        <ChampNombre
          id="budget-taux"
          libelle={saisie.typeTaux === 'marque' ? 'Taux de marque' : 'Taux de marge'}
          unite="%"
          valeur={saisie.taux}
          erreur={erreurs.taux}
          onSaisie={(t) => modifierBudget({ taux: t })}
          aide={'Par exemple 25 (le signe\u00a0% est facultatif)'}
        />
      </fieldset>

      <SectionResultats id="budget" enErreur={enErreur}>
        {r ? (
          <dl class="indicateurs">
            <div>
              <dt>Enveloppe budgétaire</dt>
              <dd data-resultat="total">{montant(r.total)}</dd>
            </div>
            <div>
              <dt>Taux de marque utilisé</dt>
              <dd data-resultat="taux-de-marque">{formatPourcentage(r.tauxDeMarque, 1)}</dd>
            </div>
            <div class="indicateur-principal">
              <dt>CA minimum à réaliser</dt>
              <dd data-resultat="ca-minimum">{montant(r.caMinimum)}</dd>
            </div>
          </dl>
        ) : (
          <p>Saisissez les montants et le taux pour obtenir le chiffre d’affaires minimum.</p>
        )}
        {r && r.total > 0 && (
          <p class="labo-explication">
            Chaque vente laisse {formatPourcentage(r.tauxDeMarque, 1)} de son prix en marge&#8239;:
            pour couvrir {montant(r.total)} de dépenses, il faut donc vendre {montant(r.total)} ÷{' '}
            {formatPourcentage(r.tauxDeMarque, 1)} = {montant(r.caMinimum)}.
          </p>
        )}
        {r?.lectureErronee !== undefined && (
          <p class="labo-explication" data-resultat="lecture-erronee">
            Diviser directement par le taux de marge donnerait {montant(r.lectureErronee)}, soit{' '}
            {montant(r.caMinimum - r.lectureErronee)} de ventes en moins que nécessaire&#8239;:
            l’enveloppe ne serait pas couverte.
          </p>
        )}
      </SectionResultats>

      {r && r.parAction.length > 0 && (
        <section class="labo-graphique" aria-labelledby="budget-repartition-titre">
          <h3 id="budget-repartition-titre">Répartition des dépenses par action</h3>
          <Graphique
            titre="Dépenses par action"
            hauteur={`${Math.max(10, r.parAction.length * 2.6)}rem`}
            donnees={{
              type: 'bar',
              horizontal: true,
              libelles: r.parAction.map((a) => a.action),
              series: [
                { id: 'depenses', libelle: 'Dépense', valeurs: r.parAction.map((a) => a.montant) },
              ],
              format: montant,
            }}
          />
          <TableauRepartition lignes={r.parAction} total={r.total} format={montant} />
        </section>
      )}
    </div>
  );
}
