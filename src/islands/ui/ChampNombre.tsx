/**
 * The one number field of the site: accepts what a French user types (« 1 250,50 », « 12,5 % »,
 * « 3 000 € »), keeps the text as typed, and shows the French error from src/lib next to it.
 * Parsing is not done here: the store or island passes the error it got from `parseNombre`.
 */
import type { TargetedEvent } from 'preact';

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
  return (
    <div class={`champ${erreur ? ' champ-en-erreur' : ''}`}>
      <label for={id} class={libelleCache ? 'visuellement-cache' : undefined}>
        {libelle}
      </label>
      <span class="champ-saisie">
        <input
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
