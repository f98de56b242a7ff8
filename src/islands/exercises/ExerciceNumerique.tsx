/**
 * Island of a randomized numeric problem. Thin: the version comes from the generator
 * (src/exercises), the verdict from verification.ts. A wrong answer brings the hint, a second
 * one the worked solution; « Nouvelle version » draws a new code; a typed code or a link
 * `?v=CODE#<id>` reproduces a version exactly. The server renders a fixed first version
 * (seeded by the id) so the page is the same for everyone until the learner acts.
 * Attempts are recorded until the solution has been shown for the version.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { creerAleatoire } from '../../lib/aleatoire.ts';
import { codeValide, erreurCode, normaliserCode, nouveauCode } from '../../exercises/codes.ts';
import { genererVersion, type UniteReponse } from '../../exercises/generateur.ts';
import { exerciceNumerique } from '../../exercises/numeriques.ts';
import type { Verdict } from '../../exercises/types.ts';
import { verifierNumerique } from '../../exercises/verification.ts';
import { Enonce } from './Enonce.tsx';
import { codeDeLUrl, enregistrer, lienVersion } from './enregistrer.ts';

const SYMBOLES: Record<UniteReponse, string> = { EUR: '€', MAD: 'DH', '%': '%', nombre: '' };

interface Props {
  /** Id of the problem in src/exercises/numeriques.ts. */
  exerciceId: string;
}

export default function ExerciceNumerique({ exerciceId }: Props) {
  const exercice = exerciceNumerique(exerciceId);
  const [code, setCode] = useState(() => nouveauCode(creerAleatoire(exerciceId)));
  const [saisies, setSaisies] = useState<Record<string, string>>({});
  const [verdict, setVerdict] = useState<Verdict>();
  const [erreurs, setErreurs] = useState(0);
  const [solutionVue, setSolutionVue] = useState(false);
  const [codeTape, setCodeTape] = useState('');
  const [messageCode, setMessageCode] = useState<string>();
  const version = useMemo(() => exercice && genererVersion({ exerciceId, code, generer: exercice.generer }), [exercice, exerciceId, code]);

  const changerVersion = (nouveau: string, majUrl: boolean) => {
    setCode(nouveau);
    setSaisies({});
    setVerdict(undefined);
    setErreurs(0);
    setSolutionVue(false);
    setMessageCode(undefined);
    if (majUrl) history.replaceState(history.state, '', lienVersion({ exerciceId, code: nouveau }));
  };

  useEffect(() => {
    const demande = codeDeLUrl(exerciceId);
    if (demande === undefined) return;
    if (codeValide(demande)) changerVersion(normaliserCode(demande), false);
    else setMessageCode(erreurCode(demande));
  }, [exerciceId]);

  if (!exercice || !version) return <p class="exercice" data-exercise={exerciceId}>Exercice introuvable&#8239;: {exerciceId}.</p>;

  const nouvelleVersion = () => {
    const alea = creerAleatoire(`${Date.now()}|${exerciceId}|${code}`);
    let suivant = nouveauCode(alea);
    while (suivant === code) suivant = nouveauCode(alea);
    changerVersion(suivant, true);
  };

  const verifier = (e: Event) => {
    e.preventDefault();
    const v = verifierNumerique({ version, saisies });
    setVerdict(v);
    if (v.statut === 'incompris') return;
    if (!solutionVue) void enregistrer({ exerciceId, code, correct: v.statut === 'correct' });
    if (v.statut === 'correct') return setSolutionVue(true);
    setErreurs(erreurs + 1);
    if (erreurs + 1 >= 2) setSolutionVue(true);
  };

  const chargerCode = (e: Event) => {
    e.preventDefault();
    const probleme = erreurCode(codeTape);
    if (probleme) return setMessageCode(probleme);
    changerVersion(normaliserCode(codeTape), true);
    setCodeTape('');
  };

  const base = `${exerciceId}-v`;
  const parCle = new Map((verdict?.reponses ?? []).map((r) => [r.cle, r]));
  return (
    <section class="exercice exercice-numerique" id={exerciceId} data-exercise={exerciceId} data-code={code} aria-labelledby={`${base}-titre`}>
      <h3 class="exercice-titre" id={`${base}-titre`}>{exercice.titre}</h3>
      <Enonce texte={version.enonce} id={`${base}-enonce`} />
      <form class="exercice-formulaire" onSubmit={verifier} noValidate>
        {version.reponses.map((r) => {
          const retour = parCle.get(r.cle);
          const id = `${base}-${r.cle}`;
          return (
            <div class="champ" key={`${code}-${r.cle}`}>
              <label for={id}>{r.libelle}</label>
              <span class="champ-saisie">
                <input id={id} type="text" inputMode="decimal" autoComplete="off" spellcheck={false} value={saisies[r.cle] ?? ''}
                  onInput={(ev) => setSaisies({ ...saisies, [r.cle]: ev.currentTarget.value })}
                  aria-invalid={retour && retour.statut !== 'correct' ? true : undefined} aria-describedby={retour ? `${id}-retour` : undefined} />
                {SYMBOLES[r.unite] && <span class="champ-unite" aria-hidden="true">{SYMBOLES[r.unite]}</span>}
              </span>
              {retour && <span id={`${id}-retour`} class="exercice-champ-retour" data-statut={retour.statut}>{retour.message}</span>}
            </div>
          );
        })}
        <button type="submit" class="bouton principal">Vérifier</button>
      </form>
      <p class="exercice-verdict" role="status" data-statut={verdict?.statut}>
        {verdict?.message}
        {verdict && verdict.statut !== 'correct' && verdict.statut !== 'incompris' && (solutionVue ? ' La solution détaillée est affichée ci-dessous.' : ' Un indice est affiché ci-dessous.')}
      </p>
      {erreurs > 0 && <p class="exercice-indice"><strong>Indice&#8239;:</strong> {version.indice}</p>}
      {solutionVue && (
        <details class="exercice-solution" open={verdict?.statut !== 'correct'}>
          <summary>Solution détaillée</summary>
          <ol>{version.solution.map((etape, i) => <li key={i}>{etape.texte}</li>)}</ol>
        </details>
      )}
      <div class="exercice-version">
        <p>Version <span class="exercice-code" data-code-affiche>{code}</span> · <a href={lienVersion({ exerciceId, code })}>lien vers cette version</a></p>
        <button type="button" class="bouton" onClick={nouvelleVersion}>Nouvelle version</button>
        <form onSubmit={chargerCode} class="exercice-charger-code">
          <div class="champ">
            <label for={`${base}-code`}>Code d’une version</label>
            <input id={`${base}-code`} type="text" autoComplete="off" spellcheck={false} maxLength={9} value={codeTape}
              onInput={(ev) => setCodeTape(ev.currentTarget.value)} aria-describedby={messageCode ? `${base}-code-erreur` : undefined} />
          </div>
          <button type="submit" class="bouton-discret">Afficher</button>
          {messageCode && <p id={`${base}-code-erreur`} class="champ-erreur" role="alert">{messageCode}</p>}
        </form>
      </div>
    </section>
  );
}
