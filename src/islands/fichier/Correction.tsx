/** Inline correction of one field of one row: checked by src/lib before it enters the log. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { validerCorrection } from '../../lib/fichier/nettoyage.ts';
import { LIBELLES_PROSPECT, type ChampProspect, type Prospect } from '../../lib/commun/prospect.ts';
import { ajouterOperation } from '../../stores/nettoyage.ts';

export function Correction({
  prospect,
  champ,
  fermer,
}: {
  prospect: Prospect;
  champ: ChampProspect;
  fermer: () => void;
}) {
  const [texte, setTexte] = useState(String(prospect[champ] ?? ''));
  const [erreur, setErreur] = useState<string | null>(null);
  const champRef = useRef<HTMLInputElement>(null);
  useEffect(() => champRef.current?.focus(), []);
  const id = `correction-${prospect.id}-${champ}`;
  const enregistrer = (e: Event) => {
    e.preventDefault();
    const v = validerCorrection({ champ, texte, prospect });
    if (!v.ok) return setErreur(v.erreur.message);
    ajouterOperation({ type: 'modifier', id: prospect.id, champ, valeur: v.valeur });
    fermer();
  };
  return (
    <form
      class={`fichier-correction champ${erreur ? ' champ-en-erreur' : ''}`}
      data-correction
      onSubmit={enregistrer}
      onKeyDown={(e) => {
        if (e.key === 'Escape') fermer();
      }}
    >
      <label for={id}>
        Nouveau {LIBELLES_PROSPECT[champ]} de {prospect.id}
      </label>
      <span class="champ-saisie">
        <input
          id={id}
          ref={champRef}
          type="text"
          value={texte}
          autoComplete="off"
          spellcheck={false}
          maxLength={200}
          onInput={(e) => {
            setTexte(e.currentTarget.value);
            setErreur(null);
          }}
          aria-invalid={erreur ? true : undefined}
          aria-describedby={erreur ? `${id}-erreur` : undefined}
        />
      </span>
      {erreur && (
        <span id={`${id}-erreur`} class="champ-erreur" role="alert">
          {erreur}
        </span>
      )}
      <span class="labo-actions">
        <button type="submit" class="bouton">
          Enregistrer
        </button>
        <button type="button" class="bouton-discret" onClick={fermer}>
          Annuler
        </button>
      </span>
    </form>
  );
}
