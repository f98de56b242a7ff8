/**
 * Island of /classe/: the trainer drops the learners' progress files (or pastes one) and sees
 * the class summary (src/exercises/classe.ts). Everything stays in this page: the files are read
 * with File.text(), never sent, never stored. Text from the files is rendered as text (JSX).
 */
import { useState } from 'preact/hooks';
import {
  MAX_ELEVES,
  syntheseClasse,
  type CopieEleve,
  type SyntheseClasse,
} from '../../exercises/classe.ts';
import type { ChapitreBilan } from '../exercises/MonBilan.tsx';
import { useZoneDeTexte } from '../ui/hydratation.ts';
import { formatDecimales, formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { lireCodeResultat, type ResultatCode } from '../../exercises/code-resultat.ts';

const pluriel = (n: number, mot: string, pl = `${mot}s`) =>
  `${formatNombre(n, 0)}\u00a0${n > 1 ? pl : mot}`;
const signature = (c: CopieEleve) =>
  `${c.nom}|${c.classe}|${c.tentatives.length}|${c.tentatives.at(-1)?.date ?? ''}`;

/** A production grid as the page passes it: what the trainer reads instead of ids. */
export interface GrilleClasse {
  id: string;
  titre: string;
  criteres: { id: string; libelle: string }[];
}

export default function Classe({
  chapitres,
  grilles,
}: {
  chapitres: ChapitreBilan[];
  grilles: GrilleClasse[];
}) {
  const [copies, setCopies] = useState<CopieEleve[]>([]);
  const [erreurs, setErreurs] = useState<string[]>([]);
  const [collage, setCollage] = useState('');
  const [codes, setCodes] = useState<ResultatCode[]>([]);
  const [saisieCodes, setSaisieCodes] = useState('');
  // What was pasted or typed before hydration stays, and is read (see useZoneDeTexte).
  const zoneCollage = useZoneDeTexte(collage),
    zoneCodes = useZoneDeTexte(saisieCodes);

  // Result codes typed or pasted, one per line (« Nom : RP-… »); a mistyped one is refused in French.
  const lireCodes = () => {
    const lus: ResultatCode[] = [],
      refus: string[] = [],
      restants: string[] = [];
    for (const ligne of saisieCodes
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, MAX_ELEVES)) {
      const r = lireCodeResultat(ligne, chapitres.length);
      if (r.ok)
        lus.push({ ...r.valeur, nom: r.valeur.nom || `Élève ${codes.length + lus.length + 1}` });
      else {
        refus.push(r.erreur.message);
        restants.push(ligne);
      }
    }
    setCodes([...codes, ...lus].slice(0, MAX_ELEVES));
    setErreurs(refus);
    // The refused lines stay in the field, to be corrected.
    setSaisieCodes(restants.join('\n'));
  };

  // The files' reader (and its schema library, about 12 KB gzip) loads with the first file.
  const ajouter = async (lus: { texte: string; nomFichier: string }[]) => {
    const { lireCopieEleve } = await import('../../exercises/classe-lecture.ts');
    const nouvelles: CopieEleve[] = [];
    const refus: string[] = [];
    const vues = new Set(copies.map(signature));
    for (const l of lus) {
      const r = lireCopieEleve(l);
      if (!r.ok) {
        refus.push(r.erreur.message);
        continue;
      }
      if (vues.has(signature(r.valeur))) continue;
      vues.add(signature(r.valeur));
      nouvelles.push(r.valeur);
    }
    const toutes = [...copies, ...nouvelles];
    if (toutes.length > MAX_ELEVES)
      refus.push(
        `Au plus ${MAX_ELEVES}\u00a0fichiers à la fois\u202f: les suivants n’ont pas été lus.`,
      );
    setCopies(toutes.slice(0, MAX_ELEVES));
    setErreurs(refus);
  };
  const lireFichiers = async (fichiers: FileList | null | undefined) => {
    if (!fichiers) return;
    const liste = [...fichiers].slice(0, MAX_ELEVES + 1);
    await ajouter(
      await Promise.all(
        liste.map(async (f) => ({
          nomFichier: f.name,
          texte: f.size > 2_100_000 ? 'x'.repeat(2_000_001) : await f.text(),
        })),
      ),
    );
  };
  const s = syntheseClasse({ chapitres, copies });

  return (
    <div data-island="classe" class="classe">
      <div
        class="classe-depot non-imprimable"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void lireFichiers(e.dataTransfer?.files);
        }}
      >
        <p>
          Déposez ici les fichiers de progression de vos élèves (« Exporter ma progression » sur
          leur page « Mon bilan »), autant que vous voulez.
        </p>
        <label class="bouton">
          Choisir des fichiers{' '}
          <input
            type="file"
            multiple
            accept=".json,application/json"
            class="visuellement-cache"
            onChange={(e) => {
              const c = e.currentTarget;
              void lireFichiers(c.files).then(() => {
                c.value = '';
              });
            }}
          />
        </label>
        <details>
          <summary>Ou coller le contenu d’un fichier</summary>
          <label for="classe-collage">Contenu du fichier</label>
          <textarea
            id="classe-collage"
            rows={4}
            {...zoneCollage}
            onInput={(e) => setCollage(e.currentTarget.value)}
          />
          <button
            type="button"
            class="bouton-discret"
            onClick={() => {
              void ajouter([{ texte: collage, nomFichier: 'texte collé' }]);
              setCollage('');
            }}
          >
            Ajouter
          </button>
        </details>
        <div class="classe-codes">
          <label for="classe-codes">
            Ou tapez les codes de résultat de vos élèves (page «&#160;Mon bilan&#160;»), un par
            ligne, par exemple «&#160;Camille Martin&#8239;: RP-5320000000000-K7&#160;»
          </label>
          <textarea
            id="classe-codes"
            rows={3}
            {...zoneCodes}
            onInput={(e) => setSaisieCodes(e.currentTarget.value)}
            spellcheck={false}
          />
          <button type="button" class="bouton-discret" onClick={lireCodes}>
            Lire les codes
          </button>
        </div>
        <p class="exercice-consigne">
          Les fichiers sont lus dans cette page, sur cet appareil&#8239;: rien n’est envoyé ni
          gardé. Fermer la page efface la synthèse.
        </p>
      </div>
      <div role="alert" class="classe-erreurs">
        {erreurs.length > 0 && (
          <ul>
            {erreurs.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
      {codes.length > 0 && (
        <div
          class="tableau-defilant"
          tabindex={0}
          role="region"
          aria-label="Résultats lus dans les codes"
          data-classe-codes
        >
          <table>
            <caption>
              Exercices réussis par chapitre, d’après les codes de résultat (
              {pluriel(codes.length, 'élève')})
            </caption>
            <thead>
              <tr>
                <th scope="col">Élève</th>
                {chapitres.map((c) => (
                  <th key={c.chapitre} scope="col" class="nombre" title={c.titre}>
                    Ch.&#160;{c.numero}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {codes.map((e, i) => (
                <tr key={i} data-code-eleve={e.nom}>
                  <th scope="row">{e.nom}</th>
                  {chapitres.map((c, j) => (
                    <td key={c.chapitre} class="nombre">
                      {e.reussis[j]}/{c.exercices.length}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" class="bouton-discret non-imprimable" onClick={() => setCodes([])}>
            Retirer les codes
          </button>
        </div>
      )}
      {copies.length === 0 ? (
        <p data-classe-vide>
          {codes.length > 0
            ? 'Aucun fichier lu pour l’instant : les fichiers donnent en plus le détail par exercice et les erreurs fréquentes.'
            : 'Aucun fichier lu pour l’instant.'}
        </p>
      ) : (
        <>
          <p class="serie-score" data-classe-eleves={copies.length}>
            {pluriel(copies.length, 'élève')}&#8239;:{' '}
            {copies.map((c) => (c.classe ? `${c.nom} (${c.classe})` : c.nom)).join(', ')}.{' '}
            <button type="button" class="bouton-discret non-imprimable" onClick={() => print()}>
              Imprimer la synthèse
            </button>{' '}
            <button
              type="button"
              class="bouton-discret non-imprimable"
              onClick={() => {
                setCopies([]);
                setErreurs([]);
              }}
            >
              Tout retirer
            </button>
          </p>
          <h2 id="classe-chapitres">Réussite par chapitre et par exercice</h2>
          <p class="exercice-consigne">
            Taux de réussite&#8239;: parmi les élèves qui ont essayé un exercice, la part qui l’a
            réussi au moins une fois.
          </p>
          {s.chapitres.some((c) => c.essaye === 0) && (
            <p data-classe-non-travailles>
              Chapitres que personne n’a encore travaillés&#8239;:{' '}
              {s.chapitres
                .flatMap((c, i) =>
                  c.essaye === 0 ? [`${chapitres[i].numero}. ${chapitres[i].titre}`] : [],
                )
                .join(', ')}
              .
            </p>
          )}
          {/* A chapter nobody worked on would be a table of zeros: twelve of them on paper. */}
          {s.chapitres.map(
            (c, i) =>
              c.essaye > 0 && (
                <div
                  class="tableau-defilant"
                  tabindex={0}
                  role="region"
                  aria-label={`Chapitre ${chapitres[i].numero}`}
                  key={c.chapitre}
                  data-classe-chapitre={c.chapitre}
                >
                  <table>
                    <caption>
                      {chapitres[i].numero}. {chapitres[i].titre} —{' '}
                      {`${formatPourcentage(c.taux, 0)} de réussite`}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Exercice</th>
                        <th scope="col" class="nombre">
                          Ont essayé
                        </th>
                        <th scope="col" class="nombre">
                          Ont réussi
                        </th>
                        <th scope="col" class="nombre">
                          Taux
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.exercices.map((e) => (
                        <tr key={e.id} data-exercice={e.id}>
                          <th scope="row">{e.titre}</th>
                          <td class="nombre">{e.essaye}</td>
                          <td class="nombre">{e.reussi}</td>
                          <td class="nombre" data-taux>
                            {e.essaye > 0 ? formatPourcentage(e.taux, 0) : '—'}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ),
          )}
          <h2 id="classe-erreurs">Erreurs les plus fréquentes</h2>
          {s.erreurs.length === 0 ? (
            <p>Aucune erreur anticipée relevée dans ces fichiers.</p>
          ) : (
            <ol data-classe-erreurs>
              {s.erreurs.map((e) => (
                <li key={e.exercice + e.message}>
                  <strong>{e.exercice}</strong> ({pluriel(e.eleves, 'élève')})&#8239;: {e.message}
                </li>
              ))}
            </ol>
          )}
          <h2 id="classe-aide">Élèves à aider</h2>
          {s.aAider.length === 0 ? (
            <p>
              Aucun élève sous 50&#8239;% de réussite (parmi ceux qui ont fait au moins
              3&#160;exercices).
            </p>
          ) : (
            <ul data-classe-aide>
              {s.aAider.map((e) => (
                <li key={e.nom + e.classe}>
                  <strong>{e.nom}</strong>
                  {e.classe && ` (${e.classe})`}&#8239;: {e.reussis} réussi
                  {e.reussis > 1 ? 's' : ''} sur {e.faits} essayé{e.faits > 1 ? 's' : ''} (
                  {formatPourcentage(e.taux, 0)})
                  {e.echoues.length > 0 &&
                    `\u202f; jamais réussis\u202f: ${e.echoues.slice(0, 5).join(', ')}`}
                  .
                </li>
              ))}
            </ul>
          )}
          {s.productions.length > 0 && (
            <>
              <h2 id="classe-productions">Productions autoévaluées</h2>
              <p class="exercice-consigne">
                Niveau moyen que les élèves se sont donné, critère par critère, de 0 (insuffisant) à
                3 (très bien)&#8239;: une autoévaluation, pas une note corrigée.
              </p>
              {s.productions.map((p) => (
                <TableauProduction
                  key={p.id}
                  production={p}
                  grille={grilles.find((g) => g.id === p.id)}
                />
              ))}
            </>
          )}
        </>
      )}
    </div>
  );
}

/** One grid's averages: the grid's criteria in its order, then any the site no longer has. */
function TableauProduction({
  production: p,
  grille,
}: {
  production: SyntheseClasse['productions'][number];
  grille: GrilleClasse | undefined;
}) {
  const ordre = grille?.criteres.map((c) => c.id) ?? [];
  const rang = (id: string) => (ordre.includes(id) ? ordre.indexOf(id) : ordre.length);
  const criteres = [...p.criteres].sort((a, b) => rang(a.id) - rang(b.id));
  const titre = grille?.titre ?? p.id;
  return (
    <div
      class="tableau-defilant"
      tabindex={0}
      role="region"
      aria-label={`Production : ${titre}`}
      data-classe-production={p.id}
    >
      <table>
        <caption>
          {titre} — {pluriel(p.eleves, 'élève')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Critère</th>
            <th scope="col" class="nombre">
              Élèves
            </th>
            <th scope="col" class="nombre">
              Niveau moyen (sur 3)
            </th>
          </tr>
        </thead>
        <tbody>
          {criteres.map((c) => (
            <tr key={c.id} data-critere={c.id}>
              <th scope="row">{grille?.criteres.find((g) => g.id === c.id)?.libelle ?? c.id}</th>
              <td class="nombre">{c.eleves}</td>
              <td class="nombre" data-moyenne>
                {formatDecimales(c.moyenne, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
