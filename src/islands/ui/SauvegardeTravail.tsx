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
const chargerFichiers = () => import('../../stores/sauvegarde-fichiers.ts');
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

  const exporter = async () => {
    const { lireFichiersTravail } = await chargerFichiers();
    const { fichiers, illisibles } = await lireFichiersTravail({
      avecImport: lireCle('atelier:v1:import') !== null,
    });
    telecharger(
      `atelier-prospection-travail-${new Date().toISOString().slice(0, 10)}.json`,
      exporterTravail({ cles: clesStockees(), lire: lireCle, maintenant: new Date(), fichiers }),
    );
    setMessage(
      illisibles.length > 0
        ? `Travail téléchargé, sans ${illisibles.join(' ni ')} : le navigateur n’a pas pu ${illisibles.length > 1 ? 'les' : 'le'} lire.`
        : '',
    );
  };

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
    const [, f] = await Promise.all([chargerTousLesStores(), chargerFichiers()]);
    // The imported file and Mon dossier (IndexedDB) first: the company studied and the file's
    // description follow the rows actually restored (sauvegarde-fichiers.ts).
    const verifies = await f.verifierFichiers(lu.valeur.fichiers);
    const { valeurs, absent } = f.valeursCoherentes({
      valeurs: lu.valeur.valeurs,
      fichiers: verifies,
      metaActuelle: lireCle('atelier:v1:import'),
    });
    const { ecrire, changes, refuses } = aImporter({ valeurs, lire: lireCle, validateurs });
    const parties = [
      ...(verifies.import
        ? [
            `fichier importé «\u00a0${verifies.import.nom}\u00a0» (${verifies.import.prospects.length.toLocaleString('fr-FR')} prospects)`,
          ]
        : []),
      ...(verifies.dossier ? ['Mon dossier'] : []),
    ];
    // « import » is the file's description: named with its rows above.
    const tous = [...parties, ...changes.filter((c) => !(verifies.import && c === 'import'))];
    const illisibles = [...verifies.refuses, ...refuses];
    const notes =
      (illisibles.length > 0
        ? ` Parties illisibles, non importées\u202f: ${illisibles.join(', ')}.`
        : '') + (absent ? ` ${absent}` : '');
    if (ecrire.length === 0 && parties.length === 0)
      return setMessage(`Ce fichier ne change rien à vos saisies.${notes}`);
    if (
      !window.confirm(
        `Ce fichier remplacera vos saisies suivantes\u202f: ${tous.join(', ')}. Vos autres saisies restent. Continuer\u202f?`,
      )
    )
      return;
    const { echecs: nonEcrits } = await f.ecrireFichiers(verifies, ecrireCle);
    // Rows not written: their description and the company « mon-fichier » are not written either.
    const sansFichier = lireCle('atelier:v1:import') === null;
    const aEcrire = nonEcrits.includes('fichier importé')
      ? ecrire.filter(
          ([cle, texte]) =>
            cle !== 'atelier:v1:import' &&
            !(sansFichier && cle === 'atelier:v1:entreprise' && texte === '"mon-fichier"'),
        )
      : ecrire;
    const echecs = aEcrire.filter(([cle, texte]) => !ecrireCle(cle, texte));
    setMessage(
      echecs.length > 0 || nonEcrits.length > 0
        ? `Le navigateur manque de place ou refuse d’enregistrer\u202f: une partie du fichier n’a pas pu être enregistrée${nonEcrits.length > 0 ? ` (${nonEcrits.join(', ')})` : ''}.`
        : `Travail importé\u202f: ${tous.join(', ')}.${notes} Les pages du cours le reprennent à leur ouverture.`,
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
        Toutes vos saisies (simulateurs, fichier importé et son nettoyage, sélection, plans, Mon
        dossier) dans un seul fichier, à garder avant de vider le navigateur ou quand il manque de
        place. «&#160;Importer un travail&#160;» remet le tout en place, dans ce navigateur ou un
        autre.
      </p>
      <p class="labo-actions">
        <button type="button" class="bouton" onClick={() => void exporter()} disabled={!monte}>
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
