/**
 * Before a new prospect file replaces the previous one (issue 15, case 5): the work done on the
 * previous file (cleaning log, grid, selection, method, funnel) applies to its rows only and is
 * erased. Says exactly what, offers to download all the work first (the same file as Mon bilan's
 * « Télécharger tout mon travail », which « Importer un travail » puts back), and lets the learner cancel.
 */
import { useEffect, useRef } from 'preact/hooks';
import { enumerer } from '../../lib/commun/accord.ts';
import { clesStockees, lireCle } from '../../stores/persistance.ts';
import { exporterTravail } from '../../stores/sauvegarde.ts';
import { telecharger } from './telechargement.ts';

interface Props {
  ancien: string;
  nouveau: string;
  pertes: readonly string[];
  onRemplacer: () => void;
  onAnnuler: () => void;
}

export function ConfirmationRemplacement({
  ancien,
  nouveau,
  pertes,
  onRemplacer,
  onAnnuler,
}: Props) {
  // An alert dialog takes the focus: a keyboard or screen-reader user lands on the question, on its safest answer.
  const premier = useRef<HTMLButtonElement>(null);
  useEffect(() => premier.current?.focus(), []);
  // With the previous file's rows and Mon dossier (session 11): without the rows, the work on
  // them could not be put back.
  const exporter = async () => {
    const { lireFichiersTravail } = await import('../../stores/sauvegarde-fichiers.ts');
    const { fichiers } = await lireFichiersTravail({ avecImport: true });
    telecharger({
      nom: `atelier-prospection-travail-${new Date().toISOString().slice(0, 10)}.json`,
      type: 'application/json',
      contenu: exporterTravail({
        cles: clesStockees(),
        lire: lireCle,
        maintenant: new Date(),
        fichiers,
      }),
    });
  };
  return (
    <div
      class="import-confirmation"
      role="alertdialog"
      aria-labelledby="import-confirmation-titre"
      aria-describedby="import-confirmation-texte"
      data-confirmation="remplacer-import"
    >
      <h3 id="import-confirmation-titre">Remplacer «&#160;{ancien}&#160;»&#8239;?</h3>
      <p id="import-confirmation-texte">
        Importer «&#160;{nouveau}&#160;» effacera votre travail sur «&#160;{ancien}&#160;»&#8239;:{' '}
        {enumerer([...pertes])}. Ce travail ne vaut que pour les lignes de l’ancien fichier. Le
        travail sur les entreprises d’exemple ne change pas. Pour le garder, téléchargez-le
        d’abord&#8239;: la page Mon bilan («&#160;Importer un travail&#160;») le remet en place.
      </p>
      <div class="labo-actions">
        <button type="button" class="bouton" onClick={() => void exporter()} ref={premier}>
          Télécharger mon travail
        </button>
        <button type="button" class="bouton principal" onClick={onRemplacer}>
          Remplacer le fichier
        </button>
        <button type="button" class="bouton-discret" onClick={onAnnuler}>
          Annuler
        </button>
      </div>
    </div>
  );
}
