/**
 * The dossier's file tools: fill from a sample (asks before replacing the learner's data),
 * export as JSON, import a JSON file (validated first: a bad or hostile file changes nothing and
 * gives a French message), delete (asks first), print.
 */
import { useState } from 'preact/hooks';
import {
  dossierVide,
  exporterDossier,
  TAILLE_MAX,
  type Dossier,
} from '../../lib/dossier/modele.ts';
import { lireFichierDossier, remplacerDossier, supprimerDossier } from '../../stores/dossier.ts';

interface Props {
  dossier: Dossier;
  exemples: { id: string; nom: string }[];
  /** Prints the dossier once its document is loaded (MonDossier.tsx). */
  imprimer: () => void;
}
type Message = { erreur: boolean; texte: string } | undefined;

const VIDE = JSON.stringify(dossierVide());
const nomFichier = (d: Dossier) =>
  `mon-dossier-${
    (d.entreprise.nom || 'prospection')
      .normalize('NFD')
      .replace(/[^a-zA-Z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'prospection'
  }.json`;

/** Example, export, import, print and delete buttons, with their French messages. */
export function OutilsDossier({ dossier, exemples, imprimer }: Props) {
  const [message, setMessage] = useState<Message>();
  // The example offered first is the company studied (tester A8: a Vénimob learner was offered Sadaf).
  // Read once, as the header does (src/elements/entreprise-entete.ts), not through the company
  // store, which would bring the storage engine and the catalogue to this page (+4 to 6 KB) for a
  // default choice; the learner's choice in the list is what counts.
  const [etudiee] = useState(() => {
    try {
      return JSON.parse(localStorage.getItem('atelier:v1:entreprise') ?? 'null') as unknown;
    } catch {
      return null;
    }
  });
  const [choisi, setExemple] = useState<string>();
  const exemple =
    choisi ?? (exemples.some((x) => x.id === etudiee) ? String(etudiee) : (exemples[0]?.id ?? ''));
  const rempli = JSON.stringify(dossier) !== VIDE;

  const remplirExemple = async () => {
    if (
      rempli &&
      !window.confirm(
        'Remplacer votre dossier par celui de l’exemple\u202F? Ce que vous avez saisi sera perdu (exportez-le d’abord si besoin).',
      )
    )
      return;
    setMessage({ erreur: false, texte: 'Chargement de l’exemple…' });
    const { dossierExemple } = await import('./chargeur-exemple.ts');
    const r = await dossierExemple(exemple);
    if (!r.ok) {
      setMessage({ erreur: true, texte: r.erreur.message });
      return;
    }
    await remplacerDossier(r.valeur);
    setMessage({
      erreur: false,
      texte: `Le dossier est rempli avec l’exemple «\u00A0${r.valeur.entreprise.nom}\u00A0».`,
    });
  };

  const exporter = () => {
    const url = URL.createObjectURL(
      new Blob([exporterDossier({ dossier })], { type: 'application/json' }),
    );
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: nomFichier(dossier),
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importer = async (e: Event) => {
    const champ = e.currentTarget as HTMLInputElement;
    const fichier = champ.files?.[0];
    champ.value = '';
    if (!fichier) return;
    if (fichier.size > TAILLE_MAX * 4) {
      setMessage({
        erreur: true,
        texte: `Ce fichier est trop gros pour un dossier (plus de ${TAILLE_MAX / 1_000_000}\u202FMo)\u202F: votre dossier n’a pas changé.`,
      });
      return;
    }
    const { importerFichierDossier } = await import('./importer-dossier.ts');
    setMessage(
      await importerFichierDossier({
        nom: fichier.name.slice(0, 80),
        texte: await fichier.text(),
        dossier,
        vide: dossierVide(),
        lire: lireFichierDossier,
        remplacer: remplacerDossier,
        confirmer: (q) => window.confirm(q),
      }),
    );
  };

  const supprimer = async () => {
    if (!window.confirm('Supprimer définitivement votre dossier de ce navigateur\u202F?')) return;
    await supprimerDossier();
    setMessage({ erreur: false, texte: 'Le dossier a été supprimé de ce navigateur.' });
  };

  return (
    <div class="dossier-outils">
      <div class="dossier-exemple">
        <label for="d-exemple">Exemple</label>
        <select id="d-exemple" value={exemple} onChange={(e) => setExemple(e.currentTarget.value)}>
          {exemples.map((x) => (
            <option key={x.id} value={x.id}>
              {x.nom}
            </option>
          ))}
        </select>
        <button type="button" class="bouton" onClick={remplirExemple}>
          Remplir avec l’exemple
        </button>
      </div>
      <div class="dossier-fichier">
        <button type="button" class="bouton" onClick={exporter}>
          Exporter (JSON)
        </button>
        <label class="bouton dossier-import">
          Importer un dossier
          <input
            type="file"
            accept=".json,application/json"
            class="visuellement-cache"
            onChange={importer}
          />
        </label>
        <button type="button" class="bouton" onClick={imprimer}>
          Imprimer mon dossier
        </button>
        <button type="button" class="bouton-discret" onClick={supprimer}>
          Supprimer
        </button>
      </div>
      {message && (
        <p
          class={message.erreur ? 'dossier-message erreur' : 'dossier-message'}
          role={message.erreur ? 'alert' : 'status'}
        >
          {message.texte}
        </p>
      )}
    </div>
  );
}
