/**
 * The dossier's fields: French numbers (ChampNombre + parseNombre / parsePourcentage, the text kept
 * as typed while it is being edited, the last valid value kept when the text is wrong) and texts
 * (length-limited like the file format, lecture.ts). `maj` writes one field of one group.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { formatNombre, parseNombre, parsePourcentage } from '../../lib/commun/nombres.ts';
import type { Dossier } from '../../lib/dossier/modele.ts';
import { modifierDossier } from '../../stores/dossier.ts';

type Groupe =
  | 'entreprise'
  | 'demande'
  | 'portefeuille'
  | 'valeur'
  | 'objectifs'
  | 'cible'
  | 'methode'
  | 'base'
  | 'temps'
  | 'resultats';

/** Writes one field of one group of the dossier. */
export function maj<G extends Groupe>(groupe: G, cle: keyof Dossier[G], valeur: unknown): void {
  modifierDossier((d) => ({ ...d, [groupe]: { ...d[groupe], [cle]: valeur } }));
}

const afficher = (v: number | undefined, pourcentage?: boolean) =>
  v === undefined ? '' : formatNombre(pourcentage ? v * 100 : v, 2);

interface PropsNombre {
  id: string;
  libelle: string;
  valeur: number | undefined;
  onValeur: (v: number | undefined) => void;
  unite?: string;
  aide?: string;
  pourcentage?: boolean;
  libelleCache?: boolean;
  /** A result may be negative (a margin at a loss); counts and amounts typed otherwise may not. */
  negatifPermis?: boolean;
}

/** A number typed the French way; empty means « not known yet » (undefined), never 0. */
export function Nombre({
  id,
  libelle,
  valeur,
  onValeur,
  unite,
  aide,
  pourcentage,
  libelleCache,
  negatifPermis,
}: PropsNombre) {
  const [texte, setTexte] = useState(afficher(valeur, pourcentage));
  const [erreur, setErreur] = useState<string | undefined>();
  const emise = useRef(valeur);
  // A value replaced from outside (import, example, deletion) shows in the field; our own does not
  // rewrite what the learner is typing.
  useEffect(() => {
    if (valeur !== emise.current) {
      emise.current = valeur;
      setTexte(afficher(valeur, pourcentage));
      setErreur(undefined);
    }
  }, [valeur]);
  const emettre = (v: number | undefined) => {
    emise.current = v;
    onValeur(v);
  };
  const saisir = (t: string) => {
    setTexte(t);
    if (t.trim() === '') {
      setErreur(undefined);
      emettre(undefined);
      return;
    }
    const lu = (pourcentage ? parsePourcentage : parseNombre)(t, {
      libelle: libelle.toLowerCase(),
    });
    if (!lu.ok) {
      setErreur(lu.erreur.message);
      return;
    }
    if (lu.valeur < 0 && !pourcentage && !negatifPermis) {
      setErreur(`${libelle} ne peut pas être négatif.`);
      return;
    }
    setErreur(undefined);
    emettre(lu.valeur);
  };
  return (
    <ChampNombre
      id={id}
      libelle={libelle}
      valeur={texte}
      onSaisie={saisir}
      erreur={erreur}
      unite={unite ?? (pourcentage ? '%' : undefined)}
      aide={aide}
      libelleCache={libelleCache}
    />
  );
}

interface PropsTexte {
  id: string;
  libelle: string;
  valeur: string;
  onSaisie: (t: string) => void;
  long?: boolean;
  max?: number;
  aide?: string;
}

/** A text of the dossier: one line, or a paragraph (`long`). */
export function Texte({ id, libelle, valeur, onSaisie, long, max, aide }: PropsTexte) {
  const commun = {
    id,
    value: valeur,
    maxLength: max ?? (long ? 5000 : 200),
    'aria-describedby': aide ? `${id}-aide` : undefined,
    onInput: (e: Event) => onSaisie((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="champ-texte">
      <label for={id}>{libelle}</label>
      {long ? (
        <textarea rows={3} {...commun} />
      ) : (
        <input type="text" autoComplete="off" {...commun} />
      )}
      {aide && (
        <span id={`${id}-aide`} class="champ-aide">
          {aide}
        </span>
      )}
    </div>
  );
}
