/**
 * The form of the network map: adds a contact, or edits the one chosen in the list or on the map.
 * Errors come from the store (src/lib/reseau/reseau.ts) and sit next to their field; on success the form
 * empties and the focus goes back to the name, so contacts can be typed one after another.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CATEGORIES_RESEAU,
  LONGUEUR_MAX,
  MEMBRES_CATEGORIES,
  type ChampContact,
  type Contact,
  type SaisieContact,
} from '../../lib/reseau/reseau.ts';
import { ajouterContact, modifierContact, type ErreursContact } from '../../stores/reseau.ts';
import { useSaisiePrecoce } from '../ui/hydratation.ts';

const VIDE: SaisieContact = {
  nom: '',
  categorie: '',
  role: '',
  organisation: '',
  force: '2',
  dernierEchange: '',
};
const ORDRE: ChampContact[] = [
  'nom',
  'categorie',
  'role',
  'organisation',
  'force',
  'dernierEchange',
];

interface Props {
  /** The contact being edited, or null to add one. */
  enEdition: Contact | null;
  /** Today (ISO), the latest date accepted. */
  aujourdhui: string;
  /** Called after a save or a cancel, with a sentence for the live region. */
  onFini: (annonce: string) => void;
}

export function FormulaireContact({ enEdition, aujourdhui, onFini }: Props) {
  const [saisie, setSaisie] = useState<SaisieContact>(VIDE);
  const [erreurs, setErreurs] = useState<ErreursContact>({});
  const formulaire = useRef<HTMLFormElement>(null);
  const focaliser = (champ: ChampContact) =>
    formulaire.current?.querySelector<HTMLElement>(`#reseau-${champ}`)?.focus();

  // What was typed or chosen before hydration reaches the form (see useSaisiePrecoce).
  const refs = {
    nom: useSaisiePrecoce(VIDE.nom),
    categorie: useSaisiePrecoce<HTMLSelectElement>(VIDE.categorie),
    role: useSaisiePrecoce(VIDE.role),
    organisation: useSaisiePrecoce(VIDE.organisation),
    force: useSaisiePrecoce<HTMLSelectElement>(String(VIDE.force)),
    dernierEchange: useSaisiePrecoce(VIDE.dernierEchange),
  };
  // Only a change of contact resets the form: at mount, it would drop what those refs stored.
  const edite = useRef(enEdition);
  useEffect(() => {
    if (edite.current === enEdition) return;
    edite.current = enEdition;
    setSaisie(enEdition ? { ...enEdition, force: String(enEdition.force) } : VIDE);
    setErreurs({});
    if (enEdition) focaliser('nom');
  }, [enEdition]);

  // From the latest state: the fields filled before hydration all report in the same task.
  const changer = (champ: ChampContact) => (e: Event) => {
    const valeur = (e.currentTarget as HTMLInputElement).value;
    setSaisie((s) => ({ ...s, [champ]: valeur }));
  };
  const annuler = () => {
    setSaisie(VIDE);
    setErreurs({});
    onFini('Modification annulée.');
    focaliser('nom');
  };

  const enregistrer = (e: Event) => {
    e.preventDefault();
    const r = enEdition
      ? modifierContact({ id: enEdition.id, saisie })
      : ajouterContact({ saisie });
    setErreurs(r);
    const premier = ORDRE.find((c) => r[c]);
    if (premier) {
      focaliser(premier);
      return;
    }
    setSaisie(VIDE);
    onFini(`Contact «\u00a0${saisie.nom.trim()}\u00a0» ${enEdition ? 'modifié' : 'ajouté'}.`);
    focaliser('nom');
  };

  const aide = (champ: ChampContact, avecAide = false) =>
    [avecAide && `reseau-${champ}-aide`, erreurs[champ] && `reseau-${champ}-erreur`]
      .filter(Boolean)
      .join(' ') || undefined;
  const erreur = (champ: ChampContact) =>
    erreurs[champ] && (
      <p class="champ-erreur" id={`reseau-${champ}-erreur`}>
        {erreurs[champ]}
      </p>
    );
  const texte = (champ: 'nom' | 'role' | 'organisation', libelle: string, indication?: string) => (
    <div class={`champ reseau-champ${erreurs[champ] ? ' champ-en-erreur' : ''}`}>
      <label for={`reseau-${champ}`}>{libelle}</label>
      <input
        id={`reseau-${champ}`}
        ref={refs[champ]}
        type="text"
        value={saisie[champ]}
        maxLength={LONGUEUR_MAX + 20}
        autoComplete="off"
        aria-invalid={erreurs[champ] ? 'true' : undefined}
        aria-describedby={aide(champ, Boolean(indication))}
        onInput={changer(champ)}
      />
      {indication && (
        <p class="champ-aide" id={`reseau-${champ}-aide`}>
          {indication}
        </p>
      )}
      {erreur(champ)}
    </div>
  );

  return (
    <form
      ref={formulaire}
      class="labo-groupe reseau-formulaire non-imprimable"
      noValidate
      onSubmit={enregistrer}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && enEdition) annuler();
      }}
      aria-labelledby="reseau-formulaire-titre"
    >
      <h3 id="reseau-formulaire-titre">
        {enEdition ? `Modifier «\u00a0${enEdition.nom}\u00a0»` : 'Ajouter un contact'}
      </h3>
      <div class="reseau-champs">
        {texte('nom', 'Nom')}
        <div class={`champ reseau-champ${erreurs.categorie ? ' champ-en-erreur' : ''}`}>
          <label for="reseau-categorie">Réseau</label>
          <select
            id="reseau-categorie"
            ref={refs.categorie}
            value={saisie.categorie}
            onChange={changer('categorie')}
            aria-invalid={erreurs.categorie ? 'true' : undefined}
            aria-describedby={aide('categorie')}
          >
            <option value="">— choisir —</option>
            {CATEGORIES_RESEAU.map((c) => (
              <option key={c} value={c}>
                {c} ({MEMBRES_CATEGORIES[c]})
              </option>
            ))}
          </select>
          {erreur('categorie')}
        </div>
        {texte(
          'role',
          'Rôle ou lien',
          'Par exemple «\u00a0acheteuse\u00a0» ou «\u00a0ancien camarade\u00a0»',
        )}
        {texte('organisation', 'Organisation')}
        <div class="champ reseau-champ">
          <label for="reseau-force">Force du lien</label>
          <select
            id="reseau-force"
            ref={refs.force}
            value={String(saisie.force)}
            onChange={changer('force')}
            aria-describedby={aide('force', true)}
          >
            <option value="3">fort</option>
            <option value="2">moyen</option>
            <option value="1">faible</option>
          </select>
          <p class="champ-aide" id="reseau-force-aide">
            Fort&#8239;: il vous recommanderait sans hésiter. Faible&#8239;: vous vous êtes
            seulement croisés.
          </p>
          {erreur('force')}
        </div>
        <div class={`champ reseau-champ${erreurs.dernierEchange ? ' champ-en-erreur' : ''}`}>
          <label for="reseau-dernierEchange">Dernier échange</label>
          <input
            id="reseau-dernierEchange"
            ref={refs.dernierEchange}
            type="date"
            value={saisie.dernierEchange}
            max={aujourdhui}
            onInput={changer('dernierEchange')}
            aria-invalid={erreurs.dernierEchange ? 'true' : undefined}
            aria-describedby={aide('dernierEchange', true)}
          />
          <p class="champ-aide" id="reseau-dernierEchange-aide">
            Facultatif, mais utile pour savoir qui relancer
          </p>
          {erreur('dernierEchange')}
        </div>
      </div>
      <div class="labo-actions">
        <button type="submit" class="bouton principal">
          {enEdition ? 'Enregistrer les modifications' : 'Ajouter le contact'}
        </button>
        {enEdition && (
          <button type="button" class="bouton-discret" onClick={annuler}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}
