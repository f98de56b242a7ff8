/** The editable rows of the scoring grid: field, condition, value(s), points; each error beside its field. */
import { CHAMPS_SCORING, type ConditionCritere, type LigneGrille } from '../../lib/scoring-grille.ts';
import type { ChampProspect } from '../../lib/prospect.ts';
import { modifierCritere, supprimerCritere } from '../../stores/scoring.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';

const CONDITIONS: Record<ConditionCritere, string> = { egal: 'vaut', entre: 'est entre', occurrence: 'par occurrence' };
const CHAMPS = Object.entries(CHAMPS_SCORING) as [ChampProspect, { libelle: string; conditions: readonly ConditionCritere[] }][];

interface Props { lignes: LigneGrille[]; erreurs: Record<string, string> }

export function GrilleCriteres({ lignes, erreurs }: Props) {
  return (
    <ol class="scoring-criteres">
      {lignes.map((l, i) => {
        const n = i + 1, id = `critere-${l.id}`, e = (k: string) => erreurs[`${l.id}-${k}`];
        const conditions = CHAMPS_SCORING[l.champ]?.conditions ?? ['egal'];
        return (
          <li key={l.id} data-critere={l.id}>
            <fieldset class="scoring-critere">
            <legend>Critère {n}</legend>
            <div class="champ champ-champ">
              <label for={`${id}-champ`}>Champ</label>
              <select id={`${id}-champ`} value={l.champ} onChange={(ev) => modifierCritere(l.id, { champ: ev.currentTarget.value as ChampProspect })}
                aria-invalid={e('champ') ? true : undefined} aria-describedby={e('champ') ? `${id}-champ-erreur` : undefined}>
                {CHAMPS.map(([c, d]) => <option key={c} value={c}>{d.libelle}</option>)}
              </select>
              {e('champ') && <span id={`${id}-champ-erreur`} class="champ-erreur" role="alert">{e('champ')}</span>}
            </div>
            <div class="champ champ-condition">
              <label for={`${id}-condition`}>Condition</label>
              <select id={`${id}-condition`} value={l.condition} onChange={(ev) => modifierCritere(l.id, { condition: ev.currentTarget.value as ConditionCritere })}>
                {conditions.map((c) => <option key={c} value={c}>{CONDITIONS[c]}</option>)}
              </select>
            </div>
            {l.condition === 'egal' && (
              <div class={`champ scoring-valeur${e('valeur') ? ' champ-en-erreur' : ''}`}>
                <label for={`${id}-valeur`}>Valeur(s)</label>
                <input id={`${id}-valeur`} type="text" value={l.valeur} maxLength={300} placeholder="séparées par des virgules"
                  onInput={(ev) => modifierCritere(l.id, { valeur: ev.currentTarget.value })}
                  aria-invalid={e('valeur') ? true : undefined} aria-describedby={e('valeur') ? `${id}-valeur-erreur` : undefined} />
                {e('valeur') && <span id={`${id}-valeur-erreur`} class="champ-erreur" role="alert">{e('valeur')}</span>}
              </div>
            )}
            {l.condition === 'entre' && <>
              <ChampNombre id={`${id}-min`} libelle="De (inclus)" valeur={l.min} erreur={e('min')} onSaisie={(t) => modifierCritere(l.id, { min: t })} />
              <ChampNombre id={`${id}-max`} libelle="À (exclu)" valeur={l.max} erreur={e('max')} onSaisie={(t) => modifierCritere(l.id, { max: t })} />
            </>}
            <ChampNombre id={`${id}-points`} libelle="Points" valeur={l.points} erreur={e('points')} unite="pts" onSaisie={(t) => modifierCritere(l.id, { points: t })} />
            {l.condition === 'occurrence' && (
              <ChampNombre id={`${id}-plafond`} libelle="Plafond" valeur={l.plafond} erreur={e('plafond')} unite="pts" onSaisie={(t) => modifierCritere(l.id, { plafond: t })} />
            )}
            <button type="button" class="bouton-discret scoring-supprimer" onClick={() => supprimerCritere(l.id)} aria-label={`Supprimer le critère ${n} (${CHAMPS_SCORING[l.champ]?.libelle ?? l.champ})`}>✕</button>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
