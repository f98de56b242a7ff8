/**
 * Mon bilan, « Mon travail dans ce navigateur » (issue 15): export every stored value in one
 * file (the way out when storage is full or before a risky import), and the values set aside
 * as unreadable, each to download or restore. The rules are in stores/sauvegarde.ts.
 */
import { useState } from 'preact/hooks';
import {
  clesStockees,
  ecrireCle,
  lireCle,
  validateurs,
  type ValidateurParEntreprise,
} from '../../stores/persistance.ts';
import {
  aImporter,
  exporterTravail,
  misesDeCote,
  texteRestaure,
  type MiseDeCote,
} from '../../stores/sauvegarde.ts';
import { lireTravail } from '../../stores/lecture-travail.ts';
const chargerTousLesStores = () => import('../../stores/tous-les-stores.ts');
import { useMonte } from './hydratation.ts';
import { texteDuFichierChoisi } from './fichier-choisi.ts';

function telecharger(nom: string, texte: string): void {
  const lien = document.createElement('a');
  lien.href = URL.createObjectURL(new Blob([texte], { type: 'application/json' }));
  lien.download = nom;
  lien.click();
  setTimeout(() => URL.revokeObjectURL(lien.href), 1000);
}

export default function SauvegardeTravail() {
  const monte = useMonte();
  const [message, setMessage] = useState('');
  const [version, setVersion] = useState(0); // re-reads the keys after a restore
  const liste: MiseDeCote[] = monte ? misesDeCote(clesStockees()) : [];

  const exporter = () =>
    telecharger(
      `atelier-prospection-travail-${new Date().toISOString().slice(0, 10)}.json`,
      exporterTravail({ cles: clesStockees(), lire: lireCle, maintenant: new Date() }),
    );

  const restaurer = async (m: MiseDeCote) => {
    await chargerTousLesStores();
    const parEntreprise =
      'partiel' in
      ((validateurs.get(m.origine) ?? {}) as Partial<ValidateurParEntreprise<unknown>>);
    const texte = texteRestaure({
      misDeCote: lireCle(m.cle) ?? '',
      actuel: lireCle(m.origine),
      parEntreprise,
    });
    if (!ecrireCle(m.origine, texte))
      return setMessage(
        'Le navigateur manque de place\u202f: la valeur n’a pas pu être restaurée. Téléchargez-la plutôt.',
      );
    ecrireCle(m.cle, undefined);
    setVersion(version + 1);
    setMessage(
      `« ${m.nom} » est restauré. Les pages du cours le relisent à leur ouverture\u202f; ce qui reste illisible sera de nouveau mis de côté et signalé.`,
    );
  };

  /** « Importer un travail »: an export, or a scenario too long for a link; says what will change first. */
  const importer = async (e: Event) => {
    const texte = await texteDuFichierChoisi(e);
    if (texte === undefined) return;
    const lu = lireTravail(texte);
    if (!lu.ok) return setMessage(lu.erreur.message);
    await chargerTousLesStores();
    const { ecrire, changes, refuses } = aImporter({
      valeurs: lu.valeur,
      lire: lireCle,
      validateurs,
    });
    const illisibles =
      refuses.length > 0 ? ` Parties illisibles, non importées\u202f: ${refuses.join(', ')}.` : '';
    if (ecrire.length === 0)
      return setMessage(`Ce fichier ne change rien à vos saisies.${illisibles}`);
    if (
      !window.confirm(
        `Ce fichier remplacera vos saisies suivantes\u202f: ${changes.join(', ')}. Vos autres saisies restent. Continuer\u202f?`,
      )
    )
      return;
    const echecs = ecrire.filter(([cle, texte]) => !ecrireCle(cle, texte));
    setMessage(
      echecs.length > 0
        ? 'Le navigateur manque de place\u202f: une partie du fichier n’a pas pu être enregistrée.'
        : `Travail importé\u202f: ${changes.join(', ')}.${illisibles} Les pages du cours le reprennent à leur ouverture.`,
    );
  };

  return (
    <section
      class="sauvegarde-travail"
      id="sauvegarde"
      data-island="sauvegarde-travail"
      data-version={version}
    >
      <h2>Mon travail dans ce navigateur</h2>
      <p>
        Toutes vos saisies (simulateurs, fichier nettoyé, sélection, plans) dans un seul fichier, à
        garder avant de vider le navigateur ou quand il manque de place.
      </p>
      <p class="labo-actions">
        <button type="button" class="bouton" onClick={exporter} disabled={!monte}>
          Télécharger tout mon travail
        </button>
        <label class="bouton-discret">
          Importer un travail{' '}
          <input
            type="file"
            accept=".json,application/json"
            class="visuellement-cache"
            onChange={(e) => void importer(e)}
            data-import-travail
          />
        </label>
      </p>
      <h3>Mises de côté</h3>
      {liste.length === 0 ? (
        <p>Aucune valeur illisible n’a été mise de côté.</p>
      ) : (
        <ul data-mises-de-cote={liste.length}>
          {liste.map((m) => (
            <li key={m.cle} data-mise-de-cote={m.nom}>
              «&#160;{m.nom}&#160;»{m.date ? ` (${new Date(m.date).toLocaleString('fr-FR')})` : ''}{' '}
              <button
                type="button"
                class="bouton-discret"
                onClick={() => telecharger(`${m.nom}-mis-de-cote.json`, lireCle(m.cle) ?? '')}
              >
                Télécharger
              </button>{' '}
              <button type="button" class="bouton-discret" onClick={() => void restaurer(m)}>
                Restaurer
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
