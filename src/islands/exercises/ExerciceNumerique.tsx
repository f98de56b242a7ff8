/**
 * Island of a randomized numeric problem. Thin: the version comes from the generator
 * (src/exercises), the verdict from verification.ts. A wrong answer brings the hint, a second
 * one the worked solution; « Nouvelle version » draws a new code; a typed code or a link
 * `?v=CODE#<id>` reproduces a version exactly. The first version is computed at build time
 * (seeded by the id, the same for everyone) and comes as a prop: the chapter's generators,
 * the heaviest part, load only when the learner asks for another version.
 * Attempts are recorded until the solution has been shown for the version. The version the
 * learner draws, types or works in is kept as theirs (versions-exercices.ts): a link that opens
 * another one says so and gives theirs back, answers typed included.
 */
import { useEffect, useState } from 'preact/hooks';
import { codeValide, erreurCode, normaliserCode } from '../../exercises/format-code.ts';
import type { UniteReponse, VersionNumerique } from '../../exercises/generateur.ts';
import type { ExerciceNumerique as Probleme, Verdict } from '../../exercises/types.ts';
import { Enonce } from './Enonce.tsx';
import { codeDeLUrl, codeSansExercice, enregistrer, lienVersion, versions } from './enregistrer.ts';

const SYMBOLES: Record<UniteReponse, string> = { EUR: '€', MAD: 'DH', '%': '%', nombre: '' };
/** While the learner's own version is being read: nothing to say yet, nothing to write over it. */
const EN_LECTURE = { code: '', saisies: {}, message: '' };

interface Props {
  /** Id of the problem (« budgetiser/ca-minimum »): its chapter is the part before the slash. */
  exerciceId: string;
  titre: string;
  /** The version shown first, computed at build time. */
  codeInitial: string;
  versionInitiale: VersionNumerique;
}

/** Each chapter's generators, as a lazy chunk of their own. */
const GENERATEURS = import.meta.glob<readonly Probleme[]>('../../exercises/*/index.ts', {
  import: 'exercicesNumeriques',
});

/** Computes the version `code` of a problem, loading its chapter's generators on first use. */
async function calculerVersion(
  exerciceId: string,
  code: string,
): Promise<VersionNumerique | undefined> {
  const charger = GENERATEURS[`../../exercises/${exerciceId.split('/')[0]}/index.ts`];
  if (!charger) return undefined;
  const [liste, { genererVersion }, { avecEtiquettes }] = await Promise.all([
    charger(),
    import('../../exercises/generateur.ts'),
    import('../../exercises/precision.ts'),
  ]);
  const exercice = liste.find((e) => e.id === exerciceId);
  return (
    exercice && avecEtiquettes(genererVersion({ exerciceId, code, generer: exercice.generer }))
  );
}

export default function ExerciceNumerique({
  exerciceId,
  titre,
  codeInitial,
  versionInitiale,
}: Props) {
  const [{ code, version }, setCourante] = useState({
    code: codeInitial,
    version: versionInitiale,
  });
  const [saisies, setSaisies] = useState<Record<string, string>>({});
  const [verdict, setVerdict] = useState<Verdict>();
  const [erreurs, setErreurs] = useState(0);
  const [solutionVue, setSolutionVue] = useState(false);
  const [indiceDemande, setIndiceDemande] = useState(false);
  const [codeTape, setCodeTape] = useState('');
  const [messageCode, setMessageCode] = useState<string>();
  // Opened from a link on another version than the learner's own: theirs, and what to say.
  const [precedente, setPrecedente] = useState<{
    code: string;
    saisies: typeof saisies;
    message: string;
  }>();
  /** Keeps a version as the learner's own. */
  const garder = (v: { code: string; saisies: typeof saisies }) =>
    void versions().then((m) => m?.garderVersion(exerciceId, v));

  /** `majUrl`: the learner's own choice (drawn, typed, taken back), kept as their version. */
  const changerVersion = async (
    nouveau: string,
    majUrl: boolean,
    reprises: Record<string, string> = {},
  ) => {
    let suivante: VersionNumerique | undefined;
    try {
      suivante = await calculerVersion(exerciceId, nouveau);
    } catch {
      suivante = undefined; // a chunk that failed to load (offline, new deployment)
    }
    if (!suivante)
      return setMessageCode(
        'Cette version n’a pas pu être calculée : rechargez la page puis réessayez.',
      );
    setCourante({ code: nouveau, version: suivante });
    setSaisies(reprises);
    setVerdict(undefined);
    setErreurs(0);
    setSolutionVue(false);
    setIndiceDemande(false);
    setMessageCode(undefined);
    if (!majUrl) return;
    history.replaceState(history.state, '', lienVersion({ exerciceId, code: nouveau }));
    setPrecedente(undefined);
    garder({ code: nouveau, saisies: reprises });
  };

  useEffect(() => {
    const demande = codeDeLUrl(exerciceId);
    if (demande === undefined) {
      const sansExercice = codeSansExercice(exerciceId);
      if (sansExercice !== undefined)
        void versions().then((m) => m && setMessageCode(m.messageSansExercice(sansExercice)));
      return;
    }
    if (!codeValide(demande)) return setMessageCode(erreurCode(demande));
    const lien = normaliserCode(demande);
    void changerVersion(lien, false);
    setPrecedente(EN_LECTURE);
    void versions().then((m) => setPrecedente(m?.versionAvantLien(exerciceId, lien)));
  }, [exerciceId]);

  const nouvelleVersion = async () => {
    // The seeded draw of a new code loads on request (ARCHITECTURE budgets).
    const [{ creerAleatoire }, { nouveauCode }] = await Promise.all([
      import('../../lib/commun/aleatoire.ts'),
      import('../../exercises/codes.ts'),
    ]);
    const alea = creerAleatoire(`${Date.now()}|${exerciceId}|${code}`);
    let suivant = nouveauCode(alea);
    while (suivant === code) suivant = nouveauCode(alea);
    void changerVersion(suivant, true);
  };

  const verifier = async (e: Event) => {
    e.preventDefault();
    // The checks load on the first answer, not with the page (ARCHITECTURE budgets).
    const { verifierNumerique } = await import('../../exercises/verification.ts');
    const v = verifierNumerique({ version, saisies });
    setVerdict(v);
    if (v.statut === 'incompris') return;
    if (!solutionVue)
      void enregistrer({
        exerciceId,
        code,
        correct: v.statut === 'correct',
        erreur: v.reponses?.find((r) => r.erreurAnticipee)?.message,
      });
    if (v.statut === 'correct') return setSolutionVue(true);
    setErreurs(erreurs + 1);
    if (erreurs + 1 >= 2) setSolutionVue(true);
  };

  const chargerCode = (e: Event) => {
    e.preventDefault();
    const probleme = erreurCode(codeTape);
    if (probleme) return setMessageCode(probleme);
    setCodeTape('');
    void changerVersion(normaliserCode(codeTape), true);
  };

  const base = `${exerciceId}-v`;
  const parCle = new Map((verdict?.reponses ?? []).map((r) => [r.cle, r]));
  return (
    <section
      class="exercice exercice-numerique"
      id={exerciceId}
      data-exercise={exerciceId}
      data-code={code}
      aria-labelledby={`${base}-titre`}
    >
      <h3 class="exercice-titre" id={`${base}-titre`}>
        {titre}
      </h3>
      {precedente?.message && (
        <p class="exercice-lien-version" role="status">
          {precedente.message}{' '}
          <button
            type="button"
            class="bouton-discret"
            onClick={() =>
              // The button goes with the line: the focus moves to the first answer, theirs again.
              void changerVersion(precedente.code, true, precedente.saisies).then(() =>
                requestAnimationFrame(() =>
                  document.getElementById(exerciceId)?.querySelector('input')?.focus(),
                ),
              )
            }
          >
            Revenir à ma version
          </button>
        </p>
      )}
      <Enonce texte={version.enonce} id={`${base}-enonce`} />
      <form class="exercice-formulaire" onSubmit={verifier} noValidate>
        {version.reponses.map((r) => {
          const retour = parCle.get(r.cle);
          const id = `${base}-${r.cle}`;
          return (
            <div class="champ" key={`${code}-${r.cle}`}>
              <label for={id}>{r.etiquette ?? r.libelle}</label>
              <span class="champ-saisie">
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellcheck={false}
                  value={saisies[r.cle] ?? ''}
                  onInput={(ev) => {
                    const suivantes = { ...saisies, [r.cle]: ev.currentTarget.value };
                    setSaisies(suivantes);
                    // A link's version is not the learner's: theirs stays as they left it.
                    if (!precedente) garder({ code, saisies: suivantes });
                  }}
                  aria-invalid={retour && retour.statut !== 'correct' ? true : undefined}
                  aria-describedby={retour ? `${id}-retour` : undefined}
                />
                {SYMBOLES[r.unite] && (
                  <span class="champ-unite" aria-hidden="true">
                    {SYMBOLES[r.unite]}
                  </span>
                )}
              </span>
              {retour && (
                <span id={`${id}-retour`} class="exercice-champ-retour" data-statut={retour.statut}>
                  {retour.message}
                </span>
              )}
            </div>
          );
        })}
        <button type="submit" class="bouton principal">
          Vérifier
        </button>{' '}
        {erreurs === 0 && !indiceDemande && !solutionVue && (
          <button type="button" class="bouton-discret" onClick={() => setIndiceDemande(true)}>
            Indice
          </button>
        )}
      </form>
      <p class="exercice-verdict" role="status" data-statut={verdict?.statut}>
        {verdict?.message}
        {verdict &&
          verdict.statut !== 'correct' &&
          verdict.statut !== 'incompris' &&
          (solutionVue
            ? ' La solution détaillée est affichée ci-dessous.'
            : ' Un indice est affiché ci-dessous.')}
      </p>
      {(erreurs > 0 || indiceDemande) && (
        <p class="exercice-indice" data-indice>
          <strong>Indice&#8239;:</strong> {version.indice}
        </p>
      )}
      {solutionVue && (
        <details class="exercice-solution" open={verdict?.statut !== 'correct'}>
          <summary>Solution détaillée</summary>
          <ol>
            {version.solution.map((etape, i) => (
              <li key={i}>{etape.texte}</li>
            ))}
          </ol>
        </details>
      )}
      <div class="exercice-version">
        <p>
          Version{' '}
          <span class="exercice-code" data-code-affiche>
            {code}
          </span>{' '}
          · <a href={lienVersion({ exerciceId, code })}>lien vers cette version</a>
        </p>
        <button type="button" class="bouton" onClick={nouvelleVersion}>
          Nouvelle version
        </button>
        <form onSubmit={chargerCode} class="exercice-charger-code">
          <div class="champ">
            <label for={`${base}-code`}>Code d’une version</label>
            <input
              id={`${base}-code`}
              type="text"
              autoComplete="off"
              spellcheck={false}
              maxLength={9}
              value={codeTape}
              onInput={(ev) => setCodeTape(ev.currentTarget.value)}
              aria-describedby={messageCode ? `${base}-code-erreur` : undefined}
            />
          </div>
          <button type="submit" class="bouton-discret">
            Afficher
          </button>
          {messageCode && (
            <p id={`${base}-code-erreur`} class="champ-erreur" role="alert">
              {messageCode}
            </p>
          )}
        </form>
      </div>
    </section>
  );
}
