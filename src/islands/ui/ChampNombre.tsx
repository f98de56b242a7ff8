/**
 * The one number field of the site: accepts what a French user types (« 1 250,50 », « 12,5 % »,
 * « 3 000 € »), keeps the text as typed, and shows the French error from src/lib next to it.
 * Parsing is not done here: the store or island passes the error it got from `parseNombre`.
 * What the learner types as the island hydrates is theirs: never lost, never merged with the
 * figures the island shows next.
 */
import type { TargetedEvent } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useSaisiePrecoce } from './hydratation.ts';

interface Props {
  id: string;
  libelle: string;
  valeur: string;
  onSaisie: (texte: string) => void;
  erreur?: string;
  /** Unit shown after the field (« € », « % »). */
  unite?: string;
  aide?: string;
  /** Hide the label visually (it stays for screen readers), e.g. in a table row. */
  libelleCache?: boolean;
}

/** The field's ref, with what the learner types as the island hydrates kept (see below). */
function useChampProtege(valeur: string) {
  // What was typed before the island's script ran reaches the store (hydratation.ts).
  const champ = useSaisiePrecoce(valeur);
  // The value can also change under the learner's caret without them typing: right after
  // hydration the island shows the company's own figures in place of the lesson's. The field's
  // text still being the previous value means nothing was typed; if it has focus, the new value
  // is selected whole, so the keys that follow replace it rather than merge with it (« 4030 »).
  const precedent = useRef(valeur);
  const remplaceSousLeCurseur =
    valeur !== precedent.current &&
    champ.current?.value === precedent.current &&
    champ.current === document.activeElement;
  precedent.current = valeur;
  useLayoutEffect(() => {
    if (remplaceSousLeCurseur) champ.current?.select();
  });
  return champ;
}

export function ChampNombre({
  id,
  libelle,
  valeur,
  onSaisie,
  erreur,
  unite,
  aide,
  libelleCache,
}: Props) {
  const decrit =
    [aide ? `${id}-aide` : '', erreur ? `${id}-erreur` : ''].filter(Boolean).join(' ') || undefined;
  const surSaisie = (e: TargetedEvent<HTMLInputElement>) => onSaisie(e.currentTarget.value);
  const champ = useChampProtege(valeur);
  return (
    <div class={`champ${erreur ? ' champ-en-erreur' : ''}`}>
      <label for={id} class={libelleCache ? 'visuellement-cache' : undefined}>
        {libelle}
      </label>
      <span class="champ-saisie">
        <input
          ref={champ}
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={valeur}
          onInput={surSaisie}
          aria-invalid={erreur ? true : undefined}
          aria-describedby={decrit}
        />
        {unite && (
          <span class="champ-unite" aria-hidden="true">
            {unite}
          </span>
        )}
      </span>
      {aide && (
        <span id={`${id}-aide`} class="champ-aide">
          {aide}
        </span>
      )}
      {erreur && (
        <span id={`${id}-erreur`} class="champ-erreur" role="alert">
          {erreur}
        </span>
      )}
    </div>
  );
}
