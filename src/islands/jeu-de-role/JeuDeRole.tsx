/**
 * Island « Jeu de rôle téléphonique » (chapter 13): the learner plays the salesperson of the
 * company studied, turn by turn; the prospect's reaction follows the reply chosen. With
 * « Masquer les résultats », each reaction waits for « Révéler la réaction » (the class votes
 * first). Thin: traversal and scores come from src/lib/jeu-de-role, the game from the store.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  codeAutrePersona,
  dialogueDuCode,
  jouer,
  ordreDesChoix,
  scoreParPhase,
} from '../../lib/jeu-de-role/partie.ts';
import { LIBELLES_PHASE, estFin, type Dialogue } from '../../lib/jeu-de-role/types.ts';
import { ALPHABET_CODE, erreurCode, normaliserCode } from '../../exercises/format-code.ts';
import { $entreprise } from '../../stores/campagne.ts';
import {
  $partie,
  CODE_DEPART,
  changerCode,
  recommencer,
  repondre,
} from '../../stores/jeu-de-role.ts';
import { useMonte } from '../ui/hydratation.ts';
import { BilanAppel } from './BilanAppel.tsx';
import { useMasque } from './masquage.ts';

const LETTRES = 'ABCD';
const TEMPERATURES = {
  suspect: 'suspect',
  froid: 'prospect froid',
  tiede: 'prospect tiède',
  chaud: 'prospect chaud',
} as const;
const MOBILES = {
  securite: 'sécurité',
  orgueil: 'orgueil',
  nouveaute: 'nouveauté',
  confort: 'confort',
  argent: 'argent',
  sympathie: 'sympathie',
  environnement: 'environnement',
} as const;

export default function JeuDeRole({
  dialogues,
  entrepriseDefaut,
}: {
  dialogues: Dialogue[];
  entrepriseDefaut: string;
}) {
  const monte = useMonte();
  const racine = useRef<HTMLDivElement>(null);
  const masque = useMasque(racine);
  const stockee = useStore($partie),
    entreprise = useStore($entreprise);
  const partie = monte ? stockee : { code: CODE_DEPART, choix: [] };
  const idEntreprise = monte ? entreprise?.id : entrepriseDefaut;
  const propres = dialogues.filter((d) => d.entreprise === idEntreprise);
  const liste = propres.length > 0 ? propres : dialogues;
  const dialogue = dialogueDuCode({ dialogues: liste, code: partie.code })!;
  const lu = jouer({ dialogue, choix: partie.choix });
  const [revele, setRevele] = useState(0);
  const [saisieCode, setSaisieCode] = useState('');
  const [erreur, setErreur] = useState<string>();

  // A stored game the dialogue no longer accepts (edited since) restarts, keeping its code.
  useEffect(() => {
    if (monte && !lu.ok) recommencer();
  }, [monte, lu.ok]);
  const { joues, courant } = lu.ok ? lu.valeur : { joues: [], courant: dialogue.etapes[0] };
  // Masking starts from what is on screen: the reactions already read stay visible.
  useEffect(() => {
    if (masque) setRevele(joues.length);
  }, [masque]);
  const enAttente = masque && revele < joues.length; // the last reaction is still hidden
  // After each reply the focus goes where the keyboard continues: the reveal button, the next reply, or the end.
  useEffect(() => {
    if (!monte || joues.length === 0) return;
    racine.current?.querySelector<HTMLElement>('[data-reveler], [data-choix], [data-fin]')?.focus();
  }, [joues.length]);

  const choisir = (i: number) => {
    setRevele(masque ? joues.length : joues.length + 1);
    repondre(i);
  };
  const autre = () => {
    setRevele(0);
    changerCode(
      codeAutrePersona({
        dialogues: liste,
        code: partie.code,
        graine: `${partie.code}:${Date.now()}`,
        alphabet: ALPHABET_CODE,
      }),
    );
  };
  const charger = (e: Event) => {
    e.preventDefault();
    const msg = erreurCode(saisieCode);
    setErreur(msg);
    if (!msg) {
      setRevele(0);
      changerCode(normaliserCode(saisieCode));
      setSaisieCode('');
    }
  };
  const score = scoreParPhase({ dialogue, joues });
  const p = dialogue.persona;
  const nomProspect = `${p.prenom} ${p.nom}`;

  return (
    <div
      // Before hydration the server's render is the first sample company's scenario: it keeps the
      // place, but stays invisible (jdr-attente), so another company's learner never reads it.
      class={monte ? 'labo-corps jdr' : 'labo-corps jdr jdr-attente'}
      data-island="jeu-de-role"
      ref={racine}
      data-scenario={dialogue.id}
      data-code={partie.code}
    >
      <div class="jdr-fiche">
        <h3>Vous appelez {nomProspect}</h3>
        <p class="jdr-persona">
          {p.fonction}
          {p.societe ? `, ${p.societe}` : ''}, {p.ville} — {TEMPERATURES[p.temperature]}, {p.profil}
          . Mobiles probables&#8239;: {p.mobiles.map((m) => MOBILES[m]).join(', ')}.
        </p>
        <p>{p.description}</p>
        <p>
          <strong>Vous êtes</strong> {dialogue.vendeur}. <strong>Objectif</strong>&#8239;:{' '}
          {dialogue.objectif}
        </p>
        <p class="jdr-code">
          Scénario «&#160;{dialogue.titre}&#160;», code de version{' '}
          <strong data-resultat="code">{partie.code}</strong>.
        </p>
      </div>

      <h3 id="jdr-transcription">Transcription</h3>
      <ol class="jdr-transcription" aria-labelledby="jdr-transcription">
        {joues.map((j, n) => (
          <li key={j.tour.id + n} data-tour={n}>
            {j.tour.replique && (
              <p class="jdr-autre">
                <span class="jdr-qui">
                  {j.tour.interlocuteur === 'standard' ? 'Standard' : nomProspect}&#8239;:
                </span>{' '}
                {j.tour.replique}
              </p>
            )}
            <p class="jdr-vous">
              <span class="jdr-qui">Vous&#8239;:</span> {j.choix.texte}
            </p>
            {(!masque || n < revele) && (
              <p class="jdr-autre" data-reaction={n}>
                <span class="jdr-qui">Réaction&#8239;:</span> {j.choix.reaction}
              </p>
            )}
          </li>
        ))}
      </ol>

      <div aria-live="polite">
        {enAttente ? (
          <p>
            <button
              type="button"
              class="bouton principal"
              data-reveler
              onClick={() => setRevele(joues.length)}
            >
              Révéler la réaction
            </button>
          </p>
        ) : estFin(courant) ? (
          <p class="jdr-fin" tabindex={-1} data-fin={courant.fin}>
            Fin de l’appel. Lisez le bilan ci-dessous.
          </p>
        ) : (
          <fieldset class="jdr-tour" data-etape={courant.id}>
            <legend>
              {LIBELLES_PHASE[courant.phase]}
              {courant.replique
                ? ` — ${courant.interlocuteur === 'standard' ? 'le standard' : nomProspect} dit\u202f: « \u00a0${courant.replique}\u00a0 »`
                : ''}
            </legend>
            <ol class="jdr-choix">
              {ordreDesChoix({ tour: courant, code: partie.code }).map((i, rang) => (
                <li key={i}>
                  <button
                    type="button"
                    class="bouton-discret"
                    data-choix={rang}
                    onClick={() => choisir(i)}
                  >
                    <span class="jdr-lettre">{LETTRES[rang]}.</span> {courant.choix[i].texte}
                  </button>
                </li>
              ))}
            </ol>
          </fieldset>
        )}
      </div>

      <div class="labo-actions">
        <button
          type="button"
          class="bouton-discret"
          onClick={() => {
            setRevele(0);
            recommencer();
          }}
        >
          Recommencer cet appel
        </button>
        <button type="button" class="bouton-discret" data-action="autre-persona" onClick={autre}>
          Rejouer avec un autre persona
        </button>
        <form class="jdr-form-code" onSubmit={charger}>
          <label for="jdr-code">Code de version</label>
          <input
            id="jdr-code"
            value={saisieCode}
            onInput={(e) => setSaisieCode(e.currentTarget.value)}
            size={6}
            autocomplete="off"
            aria-describedby={erreur ? 'jdr-code-erreur' : undefined}
          />
          <button type="submit" class="bouton-discret">
            Charger
          </button>
          {erreur && (
            <span id="jdr-code-erreur" class="labo-avertissement" role="alert">
              {erreur}
            </span>
          )}
        </form>
      </div>

      <section class="labo-resultats" aria-labelledby="jdr-bilan-titre">
        <h3 id="jdr-bilan-titre">Bilan de l’appel</h3>
        <BilanAppel
          fin={estFin(courant) && !enAttente ? courant : undefined}
          phases={score.phases}
          points={score.points}
          max={score.max}
        />
      </section>
    </div>
  );
}
