/**
 * Island « Mon bilan »: progress per chapter and overall (bilan.ts), what to review next,
 * export and import of the progress as a file, and « Effacer ma progression » with a
 * confirmation step. Thin: every rule lives in bilan.ts and the progress store.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { creerCodeResultat } from '../../exercises/code-resultat.ts';
import {
  bilanGlobal,
  REUSSITES_POUR_MAITRISE,
  type ExerciceRecense,
  type NiveauMaitrise,
} from '../../exercises/bilan.ts';
import {
  $progression,
  $progressionErreur,
  effacerProgression,
  exporterProgression,
  importerProgression,
  MAX_TENTATIVES,
} from '../../stores/progression.ts';
import { useMonte } from '../ui/hydratation.ts';
import { texteDuFichierChoisi } from '../ui/fichier-choisi.ts';
import { $identite, modifierIdentite, nomFichierExport } from '../../stores/identite.ts';
import { lireProductions } from '../../exercises/classe-lecture.ts';

/** A chapter as the bilan page passes it (plain data). */
export interface ChapitreBilan {
  chapitre: string;
  numero: number;
  titre: string;
  url: string;
  exercices: ExerciceRecense[];
}

const pluriel = (n: number, mot: string, pl = `${mot}s`) => `${n}\u00a0${n > 1 ? pl : mot}`;

const NIVEAUX: Record<NiveauMaitrise, string> = {
  'non-commence': 'Non commencé',
  essaye: 'Essayé',
  'en-cours': 'En cours',
  maitrise: 'Maîtrisé',
};

export default function MonBilan({ chapitres }: { chapitres: ChapitreBilan[] }) {
  // The server knows no progress: render its empty version first, the stored one after mount
  // (a first client render that differs would leave stale attributes after hydration).
  const monte = useMonte();
  const stockees = useStore($progression).tentatives;
  const erreurLue = useStore($progressionErreur);
  const tentatives = monte ? stockees : [];
  const erreurStockage = monte ? erreurLue : undefined;
  const [message, setMessage] = useState('');
  const [confirmer, setConfirmer] = useState(false);
  // The button that asked is replaced by the question: keyboard focus goes to the safe answer.
  const annuler = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmer) annuler.current?.focus();
  }, [confirmer]);
  const bilan = bilanGlobal({ chapitres, tentatives });
  const titres = new Map(
    chapitres.flatMap((c) =>
      c.exercices.map((e) => [e.id, { titre: e.titre, url: `${c.url}#${e.id}` }] as const),
    ),
  );

  const identiteStockee = useStore($identite);
  const identite = monte ? identiteStockee : { nom: '', classe: '' };
  const exporter = () => {
    let productions;
    try {
      productions = lireProductions(
        JSON.parse(localStorage.getItem('atelier:v1:productions') ?? '{}'),
      );
    } catch {
      productions = undefined;
    }
    const lien = document.createElement('a');
    lien.href = URL.createObjectURL(
      new Blob([exporterProgression({ eleve: identite, productions })], {
        type: 'application/json',
      }),
    );
    lien.download = nomFichierExport({ ...identite, date: new Date() });
    lien.click();
    setTimeout(() => URL.revokeObjectURL(lien.href), 1000);
    setMessage('Le fichier de votre progression a été préparé au téléchargement.');
  };
  const importer = async (e: Event) => {
    const texte = await texteDuFichierChoisi(e);
    if (texte === undefined) return;
    const r = importerProgression(texte);
    if (!r.ok) return setMessage(r.erreur.message);
    const { ajoutees, total, futures, horsPlace } = r.valeur;
    setMessage(
      [
        `Import réussi\u202f: ${pluriel(ajoutees, 'essai ajouté', 'essais ajoutés')}, ${total} au total.`,
        futures > 0
          ? `${pluriel(futures, 'essai daté dans le futur a été refusé', 'essais datés dans le futur ont été refusés')}.`
          : '',
        horsPlace > 0
          ? `${pluriel(horsPlace, 'essai du fichier, parmi les plus anciens, n’a pas été gardé', 'essais du fichier, parmi les plus anciens, n’ont pas été gardés')}\u202f: vos propres essais passent d’abord (${MAX_TENTATIVES} au plus).`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  return (
    <div data-island="bilan">
      {erreurStockage && (
        <div class="avis-stockage" role="alert">
          <p>{erreurStockage}</p>
          <button
            type="button"
            class="bouton-discret"
            onClick={() => $progressionErreur.set(undefined)}
          >
            Compris
          </button>
        </div>
      )}
      <p class="serie-score" data-bilan-global>
        {bilan.faits === 0
          ? 'Vous n’avez encore répondu à aucun exercice.'
          : `${pluriel(bilan.reussis, 'exercice réussi', 'exercices réussis')} sur ${bilan.total}, dont ${pluriel(bilan.maitrises, 'maîtrisé')}\u202f; ${pluriel(bilan.faits, 'exercice commencé', 'exercices commencés')}.`}
      </p>
      <dl class="bilan-legende" data-bilan-legende>
        <dt>Réussi</dt>
        <dd>vous avez répondu juste au moins une fois.</dd>
        <dt>Maîtrisé</dt>
        <dd>
          votre dernière réponse est juste ou, pour un exercice chiffré, vos{' '}
          {REUSSITES_POUR_MAITRISE}&#160;dernières réponses sont justes sur des versions
          différentes.
        </dd>
        <dt>À revoir</dt>
        <dd>les exercices où vous vous êtes trompé et que vous ne maîtrisez pas encore.</dd>
        <dt>À faire ensuite</dt>
        <dd>les prochains exercices du chapitre que vous n’avez pas encore commencés.</dd>
      </dl>
      <div
        class="tableau-defilant"
        tabindex={0}
        role="region"
        aria-label="Progression par chapitre"
      >
        <table class="bilan-tableau">
          <caption>Progression par chapitre</caption>
          <thead>
            <tr>
              <th scope="col">Chapitre</th>
              <th scope="col" class="nombre">
                Faits
              </th>
              <th scope="col" class="nombre">
                Réussis
              </th>
              <th scope="col" class="nombre">
                Maîtrisés
              </th>
              <th scope="col">Niveau</th>
              <th scope="col">À revoir</th>
              <th scope="col">À faire ensuite</th>
            </tr>
          </thead>
          <tbody>
            {bilan.chapitres.map((b, i) => (
              <tr key={b.chapitre} data-chapitre={b.chapitre}>
                <th scope="row">
                  <a href={chapitres[i].url}>
                    {chapitres[i].numero}. {chapitres[i].titre}
                  </a>
                </th>
                <td class="nombre" data-libelle="Faits">
                  {b.faits}/{b.total}
                </td>
                <td class="nombre" data-libelle="Réussis">
                  {b.reussis}
                </td>
                <td class="nombre" data-libelle="Maîtrisés">
                  {b.maitrises}
                </td>
                <td data-libelle="Niveau">
                  <span class="bilan-niveau" data-niveau={b.niveau}>
                    {NIVEAUX[b.niveau]}
                  </span>
                </td>
                <td data-libelle="À revoir" data-a-revoir>
                  {b.echoues.length === 0 ? (
                    '—'
                  ) : (
                    <ul>
                      {b.echoues.slice(0, 3).map((id) => (
                        <li key={id}>
                          <a href={titres.get(id)?.url}>{titres.get(id)?.titre}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-libelle="À faire ensuite" data-a-faire>
                  {b.aFaire.length === 0 ? (
                    '—'
                  ) : (
                    <ul>
                      {b.aFaire.slice(0, 2).map((id) => (
                        <li key={id}>
                          <a href={titres.get(id)?.url}>{titres.get(id)?.titre}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="exercice-consigne">
        {bilan.ignorees > 0 &&
          ` ${pluriel(bilan.ignorees, 'essai porte', 'essais portent')} sur des exercices retirés du cours et ne ${bilan.ignorees > 1 ? 'sont' : 'est'} pas compté${bilan.ignorees > 1 ? 's' : ''}.`}
      </p>
      {bilan.faits > 0 && (
        <section class="bilan-code" aria-labelledby="bilan-code-titre" data-bilan-code>
          <h2 id="bilan-code-titre">Mon code de résultat</h2>
          <p class="exercice-consigne">
            À recopier ou à envoyer à votre formateur, qui le tape sur sa page «&#160;Synthèse de
            classe&#160;»&#8239;: il dit combien d’exercices vous avez réussis dans chaque chapitre.
            Les deux derniers caractères vérifient la copie.
          </p>
          <p>
            <output class="bilan-code-valeur" data-code-resultat>
              {identite.nom ? `${identite.nom} : ` : ''}
              {creerCodeResultat(bilan.chapitres.map((b) => b.reussis))}
            </output>
          </p>
        </section>
      )}
      <fieldset class="bilan-identite">
        <legend>Pour votre formateur (facultatif)</legend>
        <p class="exercice-consigne">
          Votre nom et votre classe accompagnent le fichier exporté et son nom. Ils restent dans ce
          navigateur.
        </p>
        <label>
          Nom{' '}
          <input
            type="text"
            name="nom"
            autocomplete="name"
            maxLength={60}
            value={identite.nom}
            onInput={(e) => modifierIdentite({ nom: e.currentTarget.value })}
          />
        </label>{' '}
        <label>
          Classe{' '}
          <input
            type="text"
            name="classe"
            maxLength={60}
            value={identite.classe}
            onInput={(e) => modifierIdentite({ classe: e.currentTarget.value })}
          />
        </label>
      </fieldset>
      <div class="bilan-actions">
        <button type="button" class="bouton" onClick={exporter}>
          Exporter ma progression
        </button>
        <label class="bouton-discret">
          Importer une progression{' '}
          <input
            type="file"
            accept=".json,application/json"
            class="visuellement-cache"
            onChange={importer}
          />
        </label>
        {confirmer ? (
          <span role="group" aria-label="Confirmer l’effacement">
            Tout effacer&#8239;?{' '}
            <button
              type="button"
              class="bouton principal"
              onClick={() => {
                effacerProgression();
                setConfirmer(false);
                setMessage('Votre progression a été effacée.');
              }}
            >
              Oui, effacer
            </button>{' '}
            <button
              type="button"
              class="bouton-discret"
              ref={annuler}
              onClick={() => setConfirmer(false)}
            >
              Annuler
            </button>
          </span>
        ) : (
          <button type="button" class="bouton-discret" onClick={() => setConfirmer(true)}>
            Effacer ma progression
          </button>
        )}
      </div>
      <p role="status" class="exercice-verdict">
        {message}
      </p>
    </div>
  );
}
