/**
 * The editable list of actions of the « Planning annuel »: every change is a native control
 * (select, text field, checkbox, button), so the whole plan is built with the keyboard alone;
 * « Mois précédent / suivant » move an action without any drag.
 */
import { useEffect, useState } from 'preact/hooks';
import { TYPES_D_ACTION, type TypeAction } from '../../lib/planning/plan-de-campagne.ts';
import {
  ajouterAction,
  deplacerAction,
  modifierAction,
  supprimerAction,
} from '../../stores/planning.ts';
import type { ChampPlan, SaisieAction } from '../../lib/planning/evaluation-plan.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { useSaisiePrecoce } from '../ui/hydratation.ts';

const TYPES = Object.entries(TYPES_D_ACTION) as [TypeAction, string][];
const options = (n: number, libelle: (i: number) => string, depart = 0) =>
  Array.from({ length: n }, (_, i) => (
    <option key={i} value={i + depart}>
      {libelle(i + depart)}
    </option>
  ));

const nomDe = (a: SaisieAction) => a.libelle.trim() || TYPES_D_ACTION[a.type];

interface Props {
  actions: SaisieAction[];
  mois: string[];
  erreurs: Partial<Record<ChampPlan, string>>;
}

export function ActionsPlan({ actions, mois, erreurs }: Props) {
  const [type, setType] = useState<TypeAction>('relances');
  const nouvelle = useSaisiePrecoce<HTMLSelectElement>(type);
  const [aFocaliser, setAFocaliser] = useState<string | null>(null);
  // The new action's row appears when the store's update renders: focus it then, not before.
  useEffect(() => {
    const cible = aFocaliser && document.getElementById(aFocaliser);
    if (cible) {
      cible.focus();
      setAFocaliser(null);
    }
  }, [aFocaliser, actions]);

  return (
    <fieldset class="labo-groupe planning-editeur">
      <legend>Les actions</legend>
      <ol class="planning-actions">
        {actions.map((a) => (
          <LigneAction
            key={a.id}
            a={a}
            mois={mois}
            erreur={erreurs[`charge-${a.id}`]}
            onSupprime={() => setAFocaliser('planning-ajout-type')}
          />
        ))}
      </ol>
      <div class="labo-actions">
        <label>
          Nouvelle action
          <select
            id="planning-ajout-type"
            ref={nouvelle}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as TypeAction)}
          >
            {TYPES.map(([t, l]) => (
              <option key={t} value={t}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => setAFocaliser(`planning-${ajouterAction(type)}-libelle`)}
        >
          Ajouter l’action
        </button>
      </div>
    </fieldset>
  );
}

/** One action's row; its fields changed before hydration reach the store (see useSaisiePrecoce). */
function LigneAction({
  a,
  mois,
  erreur,
  onSupprime,
}: {
  a: SaisieAction;
  mois: string[];
  erreur?: string;
  onSupprime: () => void;
}) {
  const refs = {
    type: useSaisiePrecoce<HTMLSelectElement>(a.type),
    libelle: useSaisiePrecoce(a.libelle),
    debut: useSaisiePrecoce<HTMLSelectElement>(String(a.debut)),
    duree: useSaisiePrecoce<HTMLSelectElement>(String(a.duree)),
    lourde: useSaisiePrecoce(a.lourde),
  };
  const p = `planning-${a.id}`;
  // The visible word, then the action's name for screen readers (« Supprimer « Salon » »).
  const cache = <span class="visuellement-cache">{` «\u00a0${nomDe(a)}\u00a0»`}</span>;
  return (
    <li key={a.id} data-action={a.id}>
      <div class="planning-ligne">
        <label>
          Type
          <select
            id={`${p}-type`}
            ref={refs.type}
            value={a.type}
            onChange={(e) => modifierAction(a.id, { type: e.currentTarget.value as TypeAction })}
          >
            {TYPES.map(([t, l]) => (
              <option key={t} value={t}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label class="planning-libelle">
          Action
          <input
            id={`${p}-libelle`}
            ref={refs.libelle}
            type="text"
            value={a.libelle}
            maxLength={120}
            onInput={(e) => modifierAction(a.id, { libelle: e.currentTarget.value })}
          />
        </label>
        <label>
          Premier mois
          <select
            id={`${p}-debut`}
            ref={refs.debut}
            value={a.debut}
            onChange={(e) => modifierAction(a.id, { debut: Number(e.currentTarget.value) })}
          >
            {options(12, (i) => mois[i] ?? `mois ${i + 1}`)}
          </select>
        </label>
        <label>
          Durée
          <select
            id={`${p}-duree`}
            ref={refs.duree}
            value={a.duree}
            onChange={(e) => modifierAction(a.id, { duree: Number(e.currentTarget.value) })}
          >
            {options(12 - a.debut, (n) => `${n}\u00a0mois`, 1)}
          </select>
        </label>
        <ChampNombre
          id={`${p}-charge`}
          libelle={a.type === 'visites' ? 'Visites' : 'Charge'}
          unite={a.type === 'visites' ? 'visites' : 'j'}
          valeur={a.charge}
          erreur={erreur}
          onSaisie={(t) => modifierAction(a.id, { charge: t })}
        />
        <label class="planning-lourde">
          <input
            id={`${p}-lourde`}
            ref={refs.lourde}
            type="checkbox"
            checked={a.lourde}
            onChange={(e) => modifierAction(a.id, { lourde: e.currentTarget.checked })}
          />{' '}
          Action lourde
        </label>
      </div>
      <div class="planning-boutons">
        <button
          type="button"
          class="bouton-discret"
          disabled={a.debut === 0}
          onClick={() => deplacerAction(a.id, -1)}
        >
          <span aria-hidden="true">← </span>Mois précédent{cache}
        </button>
        <button
          type="button"
          class="bouton-discret"
          disabled={a.debut + a.duree >= 12}
          onClick={() => deplacerAction(a.id, 1)}
        >
          Mois suivant{cache}
          <span aria-hidden="true"> →</span>
        </button>
        <button
          type="button"
          class="bouton-discret"
          onClick={() => {
            supprimerAction(a.id);
            onSupprime();
          }}
        >
          Supprimer{cache}
        </button>
      </div>
    </li>
  );
}
