/**
 * The dossier's fields: French numbers (ChampNombre + parseNombre / parsePourcentage, the text kept
 * as typed while it is being edited, the last valid value kept when the text is wrong) and texts
 * (length-limited like the file format, lecture.ts). `maj` writes one field of one group.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { formatNombre, parseNombre, parsePourcentage } from '../../lib/commun/nombres.ts';
import type { Dossier } from '../../lib/dossier/modele.ts';
import { autreDevise } from '../../lib/dossier/devise-saisie.ts';
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

/**
 * Rewrites one field of one group from its current value in the store, not from the value the
 * form was rendered with: a list (categories, cost lines) edited twice before the next render
 * would otherwise be rebuilt from the older copy, undoing the first edit.
 */
export function majAvec<G extends Groupe, K extends keyof Dossier[G]>(
  groupe: G,
  cle: K,
  f: (actuel: Dossier[G][K]) => Dossier[G][K],
): void {
  modifierDossier((d) => ({ ...d, [groupe]: { ...d[groupe], [cle]: f(d[groupe][cle]) } }));
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
  // The values this field sent to the store that no render has carried back yet, oldest first.
  const emises = useRef<(number | undefined)[]>([valeur]);
  // A value replaced from outside (import, example, deletion) shows in the field; our own does not
  // rewrite what the learner is typing. An effect runs some time after its render: on a slow
  // machine, keys typed meanwhile have already sent newer values, so the render's value is one
  // of ours if it is any of those still in flight, not only the last one (comparing with the last
  // one rewrote « 48 » over « 480 » and lost keys: session 11).
  useEffect(() => {
    const i = emises.current.indexOf(valeur);
    if (i >= 0) {
      emises.current = emises.current.slice(i);
      return;
    }
    emises.current = [valeur];
    setTexte(afficher(valeur, pourcentage));
    setErreur(undefined);
  }, [valeur]);
  const emettre = (v: number | undefined) => {
    emises.current.push(v);
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
    // An amount in the other currency is refused, not converted nor taken as the dossier's.
    const devise = unite === 'DH' ? 'MAD' : unite === '€' ? 'EUR' : undefined;
    const autre = devise && autreDevise({ texte: t, devise });
    if (autre) {
      setErreur(autre);
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
