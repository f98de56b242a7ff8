/**
 * What every simulator island does with its store, once: hydrate on the server's render (the
 * lesson's example), then show what this browser stored; keep the last valid result on screen
 * while a field is in error (ARCHITECTURE rule 3); say so in one shared sentence.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import type { ReadableAtom } from 'nanostores';
import { accorder } from '../../lib/commun/accord.ts';
import { erreursDe, type ResultatChamps } from '../../lib/commun/resultat.ts';
import { useMonte } from './hydratation.ts';

/**
 * Reads a simulator's input and evaluation stores. `defaut` and `evaluationDefaut` are what the
 * server rendered; until mounted they are returned, so hydration sees the same tree. `erreurs` is
 * typed by the evaluation's fields, so an island cannot flag a field that does not exist.
 */
export function useSimulateur<S, R, C extends PropertyKey>(
  $saisie: ReadableAtom<S>,
  $evaluation: ReadableAtom<ResultatChamps<R, C>>,
  defaut: S,
  evaluationDefaut: ResultatChamps<R, C>,
) {
  const monte = useMonte();
  const saisieStockee = useStore($saisie);
  const evaluationStockee = useStore($evaluation);
  const saisie = monte ? saisieStockee : defaut;
  const evaluation = monte ? evaluationStockee : evaluationDefaut;
  const erreurs = erreursDe(evaluation);
  return {
    monte,
    saisie,
    erreurs,
    resultat: useResultatAffiche(evaluation),
    /** How many fields are in error (0 when none): the warning says « le champ » or « les 2 champs ». */
    enErreur: Object.keys(erreurs).length,
  };
}

/**
 * The result to show: the evaluation's while it is valid. While a field is in error, the result
 * that was on screen when the learner entered that field, not the last valid one: typing « 1.200 »
 * passed through « 1 », and « Commandes attendues 0 » was shown for a number nobody meant (session
 * 11). With no field entered since, the last valid result.
 */
export function useResultatAffiche<R>(
  evaluation: { ok: true; valeur: R } | { ok: false },
): R | undefined {
  // What was last shown (with no field entered yet, the last valid result), and what was shown
  // when the learner last entered a field of the page.
  const affiche = useRef<R>();
  const avantLaSaisie = useRef<{ r: R | undefined }>();
  useEffect(() => {
    const entree = () => (avantLaSaisie.current = { r: affiche.current });
    document.addEventListener('focusin', entree);
    return () => document.removeEventListener('focusin', entree);
  }, []);
  return (affiche.current = evaluation.ok
    ? evaluation.valeur
    : avantLaSaisie.current
      ? avantLaSaisie.current.r
      : affiche.current);
}

/** The sentence shown while a field is in error; `visible`, or how many fields are in error. */
export function AvertissementErreur({ visible }: { visible: boolean | number }) {
  return visible ? (
    <p class="labo-avertissement" role="status">
      {+visible > 1 ? `Corrigez les ${+visible} champs signalés` : 'Corrigez le champ signalé'}
      &#8239;: le dernier résultat valide reste affiché.
    </p>
  ) : null;
}

/**
 * The result section every simulator ends its inputs with: a live region titled « Résultat »
 * (or `titre`), the shared warning while a field is in error, then the simulator's figures.
 */
export function SectionResultats({
  id,
  titre = 'Résultat',
  enErreur,
  children,
}: {
  id: string;
  titre?: string;
  enErreur: boolean | number;
  children: ComponentChildren;
}) {
  return (
    <section class="labo-resultats" aria-live="polite" aria-labelledby={`${id}-resultats-titre`}>
      <h3 id={`${id}-resultats-titre`}>{titre}</h3>
      <AvertissementErreur visible={enErreur} />
      {children}
    </section>
  );
}

/**
 * Chapter 6 → 8 and 10: « Votre sélection du chapitre 6 compte N prospects » with the button
 * that starts the simulator from it; `vide` is said when nothing is selected (nothing if absent).
 */
export function PartirDeLaSelection({
  nombre,
  entreprise,
  onUtiliser,
  vide,
  utilisee = false,
}: {
  nombre: number;
  entreprise?: string;
  onUtiliser: () => void;
  vide?: ComponentChildren;
  utilisee?: boolean;
}) {
  if (nombre === 0)
    return vide ? (
      <p class="labo-explication" data-selection="0">
        {vide}
      </p>
    ) : null;
  const lien = <a href="/chapitres/selectionner-les-prospects/">chapitre&#160;6</a>;
  // Says where the figure comes from, with a link back (issue 14).
  return (
    <p
      class="labo-explication"
      data-selection={nombre}
      data-origine={utilisee ? 'selection' : 'saisie'}
    >
      {utilisee ? (
        <>
          Contacts&#8239;: {accorder(nombre, 'prospect', 'prospects')}, votre sélection du {lien}
          {entreprise ? ` pour ${entreprise}` : ''}.{' '}
        </>
      ) : (
        <>
          Votre sélection du {lien} compte {accorder(nombre, 'prospect', 'prospects')}
          {entreprise ? ` de ${entreprise}` : ''}.{' '}
        </>
      )}
      <button type="button" class="bouton-discret" onClick={onUtiliser}>
        Partir de ma sélection
      </button>
    </p>
  );
}
