/** The editable rows of the scoring grid: field, condition, value(s), points; each error beside its field. */
import {
  CHAMPS_SCORING,
  type ConditionCritere,
  type LigneGrille,
} from '../../lib/scoring/grille.ts';
import type { ChampProspect } from '../../lib/commun/prospect.ts';
import { cleTexte } from '../../lib/scoring/scoring.ts';
import { modifierCritere, supprimerCritere } from '../../stores/scoring.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';

const CONDITIONS: Record<ConditionCritere, string> = {
  egal: 'vaut',
  entre: 'est entre',
  occurrence: 'par occurrence',
};
const CHAMPS = Object.entries(CHAMPS_SCORING) as [
  ChampProspect,
  { libelle: string; conditions: readonly ConditionCritere[] },
][];

/** The values present in the file, per field: normalised key → value as written in the file. */
export type ValeursDuFichier = (champ: ChampProspect) => Map<string, string>;

interface Props {
  lignes: LigneGrille[];
  erreurs: Partial<Record<string, string>>;
  valeursDuFichier: ValeursDuFichier;
}

/** The typed values no prospect of the file has (compared as the scoring compares them). */
function absentes(texte: string, presentes: Map<string, string>): string[] {
  if (presentes.size === 0) return [];
  return texte
    .split(/[,;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '' && !presentes.has(cleTexte(v)));
}

export function GrilleCriteres({ lignes, erreurs, valeursDuFichier }: Props) {
  return (
    <ol class="scoring-criteres">
      {lignes.map((l, i) => {
        const n = i + 1,
          id = `critere-${l.id}`,
          e = (k: string) => erreurs[`${l.id}-${k}`];
        const conditions = CHAMPS_SCORING[l.champ]?.conditions ?? ['egal'];
        return (
          <li key={l.id} data-critere={l.id}>
            <fieldset class="scoring-critere">
              <legend>Critère {n}</legend>
              <div class="champ champ-champ">
                <label for={`${id}-champ`}>Champ</label>
                <select
                  id={`${id}-champ`}
                  value={l.champ}
                  onChange={(ev) =>
                    modifierCritere(l.id, { champ: ev.currentTarget.value as ChampProspect })
                  }
                  aria-invalid={e('champ') ? true : undefined}
                  aria-describedby={e('champ') ? `${id}-champ-erreur` : undefined}
                >
                  {CHAMPS.map(([c, d]) => (
                    <option key={c} value={c}>
                      {d.libelle}
                    </option>
                  ))}
                </select>
                {e('champ') && (
                  <span id={`${id}-champ-erreur`} class="champ-erreur" role="alert">
                    {e('champ')}
                  </span>
                )}
              </div>
              <div class="champ champ-condition">
                <label for={`${id}-condition`}>Condition</label>
                <select
                  id={`${id}-condition`}
                  value={l.condition}
                  onChange={(ev) =>
                    modifierCritere(l.id, { condition: ev.currentTarget.value as ConditionCritere })
                  }
                >
                  {conditions.map((c) => (
                    <option key={c} value={c}>
                      {CONDITIONS[c]}
                    </option>
                  ))}
                </select>
              </div>
              {l.condition === 'egal' &&
                (() => {
                  // The file's values are offered as a list; a typed value no prospect has is named.
                  const presentes = valeursDuFichier(l.champ),
                    manquantes = e('valeur') ? [] : absentes(l.valeur, presentes);
                  const decrit =
                    [
                      e('valeur') ? `${id}-valeur-erreur` : '',
                      manquantes.length ? `${id}-valeur-absente` : '',
                    ]
                      .filter(Boolean)
                      .join(' ') || undefined;
                  return (
                    <div class={`champ scoring-valeur${e('valeur') ? ' champ-en-erreur' : ''}`}>
                      <label for={`${id}-valeur`}>Valeur(s)</label>
                      <input
                        id={`${id}-valeur`}
                        type="text"
                        value={l.valeur}
                        maxLength={300}
                        placeholder="séparées par des virgules"
                        list={`${id}-valeurs`}
                        onInput={(ev) => modifierCritere(l.id, { valeur: ev.currentTarget.value })}
                        aria-invalid={e('valeur') ? true : undefined}
                        aria-describedby={decrit}
                      />
                      <datalist id={`${id}-valeurs`}>
                        {[...presentes.values()].map((v) => (
                          <option key={v} value={v} />
                        ))}
                      </datalist>
                      {e('valeur') && (
                        <span id={`${id}-valeur-erreur`} class="champ-erreur" role="alert">
                          {e('valeur')}
                        </span>
                      )}
                      {manquantes.length > 0 && (
                        <span
                          id={`${id}-valeur-absente`}
                          class="champ-aide labo-avertissement"
                          role="status"
                        >
                          {manquantes.length > 1
                            ? 'Aucun prospect n’a les valeurs '
                            : 'Aucun prospect n’a la valeur '}
                          {manquantes.map((v) => `«\u00a0${v}\u00a0»`).join(', ')}&#8239;: ce
                          critère ne leur donnera aucun point. Valeurs du fichier&#8239;:{' '}
                          {[...presentes.values()].slice(0, 12).join(', ')}
                          {presentes.size > 12 ? '…' : '.'}
                        </span>
                      )}
                    </div>
                  );
                })()}
              {l.condition === 'entre' && (
                <>
                  <ChampNombre
                    id={`${id}-min`}
                    libelle="De (inclus)"
                    valeur={l.min}
                    erreur={e('min')}
                    onSaisie={(t) => modifierCritere(l.id, { min: t })}
                  />
                  <ChampNombre
                    id={`${id}-max`}
                    libelle="À (exclu)"
                    valeur={l.max}
                    erreur={e('max')}
                    onSaisie={(t) => modifierCritere(l.id, { max: t })}
                  />
                </>
              )}
              <ChampNombre
                id={`${id}-points`}
                libelle="Points"
                valeur={l.points}
                erreur={e('points')}
                unite="pts"
                onSaisie={(t) => modifierCritere(l.id, { points: t })}
              />
              {l.condition === 'occurrence' && (
                <ChampNombre
                  id={`${id}-plafond`}
                  libelle="Plafond"
                  valeur={l.plafond}
                  erreur={e('plafond')}
                  unite="pts"
                  onSaisie={(t) => modifierCritere(l.id, { plafond: t })}
                />
              )}
              <button
                type="button"
                class="bouton-discret scoring-supprimer"
                onClick={() => supprimerCritere(l.id)}
                aria-label={`Supprimer le critère ${n} (${CHAMPS_SCORING[l.champ]?.libelle ?? l.champ})`}
              >
                ✕
              </button>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
