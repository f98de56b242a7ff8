/**
 * The query builder of chapter 5: rows « champ, opérateur, valeur » joined by ET / OU (ET first),
 * the query read back in words, its result as a table, the CSV export of the selection and the
 * RGPD check of a campaign on it. Errors stay next to the field; the last valid result stays.
 */
import { useStore } from '@nanostores/preact';
import { OPERATEURS, type Operateur } from '../../lib/fichier/requetes.ts';
import type { LigneRequete } from '../../lib/fichier/requetes-saisie.ts';
import {
  CHAMPS_PROSPECT,
  LIBELLES_PROSPECT,
  type ChampProspect,
} from '../../lib/commun/prospect.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { $lignesRequete, $resultatRequete, modifierRequete } from '../../stores/requete-fichier.ts';
import { exporterSelection } from './exporter.ts';
import { TableauFichier } from './TableauFichier.tsx';
import { useDiffere } from './differe.ts';
import { useState } from 'preact/hooks';

const CHAMPS = CHAMPS_PROSPECT.filter((c) => c !== 'id');
const SANS_VALEUR: readonly Operateur[] = ['est vide', 'n’est pas vide'];

export function RequeteFichier({
  entreprise,
  sansRegle = [],
}: {
  entreprise: string;
  /** Fields no rule of the company's country reads (« inscrit sur Bloctel » in Morocco): not offered. */
  sansRegle?: readonly ChampProspect[];
}) {
  const lignes = useStore($lignesRequete);
  const r = useStore($resultatRequete);
  const [rgpd, setRgpd] = useState(false);
  const controle = useDiffere(rgpd, () => import('./ControleRgpd.tsx'));
  const changer = (i: number, l: Partial<LigneRequete>) =>
    modifierRequete(lignes.map((x, k) => (k === i ? { ...x, ...l } : x)));
  const exporter = () =>
    void exporterSelection({ nom: `${entreprise}-selection`, prospects: r.lignes });
  return (
    <section class="fichier-requete" aria-labelledby="fichier-requete-titre">
      <h3 id="fichier-requete-titre">Interroger le fichier</h3>
      <ol class="fichier-conditions">
        {lignes.map((l, i) => {
          const id = `condition-${i}`,
            erreur = r.erreurs[i];
          return (
            <li
              key={i}
              class={`fichier-condition${erreur ? ' champ-en-erreur' : ''}`}
              data-condition={i}
            >
              {i > 0 && (
                <select
                  class="fichier-lien"
                  aria-label={`Lien de la condition ${i + 1}`}
                  value={l.lien}
                  onChange={(e) =>
                    changer(i, { lien: e.currentTarget.value as LigneRequete['lien'] })
                  }
                >
                  <option value="ET">ET</option>
                  <option value="OU">OU</option>
                </select>
              )}
              <select
                aria-label={`Champ de la condition ${i + 1}`}
                value={l.champ}
                onChange={(e) => changer(i, { champ: e.currentTarget.value })}
              >
                {CHAMPS.filter((c) => c === l.champ || !sansRegle.includes(c)).map((c) => (
                  <option key={c} value={c}>
                    {LIBELLES_PROSPECT[c]}
                  </option>
                ))}
              </select>
              <select
                aria-label={`Opérateur de la condition ${i + 1}`}
                value={l.operateur}
                onChange={(e) => changer(i, { operateur: e.currentTarget.value as Operateur })}
              >
                {OPERATEURS.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
              {!SANS_VALEUR.includes(l.operateur) && (
                <input
                  id={id}
                  type="text"
                  value={l.texte}
                  maxLength={200}
                  aria-label={`Valeur de la condition ${i + 1}`}
                  autoComplete="off"
                  aria-invalid={erreur ? true : undefined}
                  aria-describedby={erreur ? `${id}-erreur` : undefined}
                  onInput={(e) => changer(i, { texte: e.currentTarget.value })}
                />
              )}
              <button
                type="button"
                class="bouton-discret"
                aria-label={`Retirer la condition ${i + 1}`}
                onClick={() => modifierRequete(lignes.filter((_, k) => k !== i))}
              >
                ✕
              </button>
              {erreur && (
                <span id={`${id}-erreur`} class="champ-erreur" role="alert">
                  {erreur}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div class="labo-actions">
        <button
          type="button"
          class="bouton-discret"
          disabled={lignes.length >= 12}
          onClick={() =>
            modifierRequete([...lignes, { lien: 'ET', champ: 'ville', operateur: '=', texte: '' }])
          }
        >
          + Ajouter une condition
        </button>
      </div>
      <p class="fichier-resultat" aria-live="polite">
        <span data-resultat="requete">{r.description}</span>
        {'\u202f'}: <strong data-resultat="nombre">{formatNombre(r.lignes.length, 0)}</strong> fiche
        {r.lignes.length > 1 ? 's' : ''}
        {Object.keys(r.erreurs).length > 0 &&
          ' (dernier résultat valide, corrigez la condition en erreur)'}
      </p>
      <TableauFichier lignes={r.lignes} />
      <div class="labo-actions">
        <button type="button" class="bouton" disabled={r.lignes.length === 0} onClick={exporter}>
          Exporter la sélection (CSV)
        </button>
      </div>
      <details
        class="fichier-groupe fichier-controle"
        onToggle={(e) => setRgpd(e.currentTarget.open)}
      >
        <summary>
          Vérifier une campagne sur cette sélection (la loi du pays de l’entreprise)
        </summary>
        {rgpd &&
          (controle ? (
            <controle.ControleRgpd lignes={r.lignes} entreprise={entreprise} />
          ) : (
            <p>Chargement des règles…</p>
          ))}
      </details>
    </section>
  );
}
