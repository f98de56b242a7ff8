/**
 * Step 2 of the import: each column of the learner's file is matched to a prospect field (the
 * guesses from correspondance.ts preselected), the country and source of rows that do not say,
 * and a preview of the first rows. Cells are text, shortened for the table only.
 */
import { useState } from 'preact/hooks';
import type { Correspondance } from '../../lib/fichier/correspondance.ts';
import type { OptionsImport } from '../../lib/fichier/import-prospects.ts';
import {
  CHAMPS_PROSPECT,
  LIBELLES_PROSPECT,
  type ChampProspect,
  type Pays,
  type SourceProspect,
} from '../../lib/commun/prospect.ts';
import { accorder } from '../../lib/commun/accord.ts';
import type { Lecture } from './protocole.ts';

interface Props {
  nom: string;
  lecture: Lecture;
  erreur?: string;
  enCours: boolean;
  onImporter: (c: Correspondance, o: OptionsImport) => void;
  onAnnuler: () => void;
}

const SOURCES: [SourceProspect, string][] = [
  ['fichier-achete', 'fichier acheté'],
  ['annuaire', 'annuaire'],
  ['salon', 'salon'],
  ['site-web', 'site web'],
  ['parrainage', 'parrainage'],
  ['reseau-social', 'réseau social'],
  ['force-de-vente', 'force de vente'],
  ['marketing', 'marketing'],
  ['comptabilite', 'comptabilité'],
];
const ENCODAGES = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 avec BOM',
  'windows-1252': 'Windows-1252 (Excel)',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};
const SEPARATEURS = { ';': 'point-virgule', ',': 'virgule', '\t': 'tabulation' };
const court = (t: string) => (t.length > 40 ? `${t.slice(0, 39)}…` : t);
const aujourdhui = () => new Date().toISOString().slice(0, 10);
/** Columns drawn at once: a wide file (up to 200 columns, csv-limites.ts) shows the rest on demand (issue 15, case 14). */
const PAR_LOT = 20;

export function EtapeCorrespondance({
  nom,
  lecture,
  erreur,
  enCours,
  onImporter,
  onAnnuler,
}: Props) {
  const [correspondance, setCorrespondance] = useState<Correspondance>(lecture.correspondance);
  // Guessed from the rows when they say it clearly (+212 numbers, Moroccan cities), else France.
  const [pays, setPays] = useState<Pays>(lecture.pays?.pays ?? 'FR');
  const [source, setSource] = useState<SourceProspect>('fichier-achete');
  const [montrees, setMontrees] = useState(PAR_LOT);
  const colonnes = lecture.entetes.slice(0, montrees),
    restantes = lecture.entetes.length - colonnes.length;
  const changer = (i: number, v: string) =>
    setCorrespondance(
      correspondance.map((c, j) => (j === i ? ((v || null) as ChampProspect | null) : c)),
    );

  return (
    <form
      class="import-correspondance"
      data-correspondance
      onSubmit={(e) => {
        e.preventDefault();
        onImporter(correspondance, { pays, source, aujourdhui: aujourdhui() });
      }}
    >
      <h3>Associer les colonnes de «&#160;{nom}&#160;»</h3>
      <p data-resultat="lecture">
        {accorder(lecture.lignes, 'ligne lue', 'lignes lues', { feminin: true })}, séparateur{' '}
        {SEPARATEURS[lecture.separateur]}, encodage {ENCODAGES[lecture.encodage]}. Vérifiez le champ
        proposé pour chaque colonne&#8239;; «&#160;ignorer&#160;» laisse la colonne de côté.
      </p>
      <div
        class="tableau-defilant"
        tabIndex={0}
        role="region"
        aria-label="Colonnes du fichier et premières lignes"
      >
        <table class="tableau-donnees">
          <thead>
            <tr>
              {colonnes.map((e, i) => (
                <th key={i} scope="col">
                  {court(e) || `Colonne ${i + 1}`}
                </th>
              ))}
            </tr>
            <tr>
              {colonnes.map((e, i) => (
                <td key={i}>
                  <label class="visuellement-cache" for={`colonne-${i}`}>
                    Champ de la colonne {court(e) || i + 1}
                  </label>
                  <select
                    id={`colonne-${i}`}
                    value={correspondance[i] ?? ''}
                    onChange={(ev) => changer(i, ev.currentTarget.value)}
                  >
                    <option value="">— ignorer —</option>
                    {CHAMPS_PROSPECT.map((c) => (
                      <option key={c} value={c}>
                        {LIBELLES_PROSPECT[c]}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {lecture.apercu.map((l, k) => (
              <tr key={k}>
                {colonnes.map((_, i) => (
                  <td key={i}>{court(l[i] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {restantes > 0 && (
        <p data-resultat="colonnes-restantes">
          {accorder(restantes, 'autre colonne garde', 'autres colonnes gardent')} le champ proposé
          sans être affichée{restantes > 1 ? 's' : ''}.{' '}
          <button
            type="button"
            class="bouton-discret"
            onClick={() => setMontrees(montrees + PAR_LOT)}
          >
            Afficher {accorder(Math.min(PAR_LOT, restantes), 'colonne de plus', 'colonnes de plus')}
          </button>
        </p>
      )}
      <div class="import-options">
        <label>
          Pays des lignes qui ne le disent pas{' '}
          <select
            value={pays}
            onChange={(e) => setPays(e.currentTarget.value as Pays)}
            aria-describedby={lecture.pays ? 'import-pays-aide' : undefined}
          >
            <option value="FR">France</option>
            <option value="MA">Maroc</option>
          </select>
        </label>
        {lecture.pays && (
          <span class="champ-aide" id="import-pays-aide" data-resultat="pays-devine">
            Deviné d’après le fichier ({lecture.pays.indices})&#8239;: changez-le si besoin.
          </span>
        )}
        <label>
          Source des lignes qui ne la disent pas{' '}
          <select
            value={source}
            onChange={(e) => setSource(e.currentTarget.value as SourceProspect)}
          >
            {SOURCES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      {erreur && (
        <p class="champ-erreur" role="alert">
          {erreur}
        </p>
      )}
      <div class="labo-actions">
        <button type="submit" class="bouton principal" disabled={enCours}>
          {enCours ? 'Import en cours…' : 'Importer'}
        </button>
        <button type="button" class="bouton-discret" onClick={onAnnuler} disabled={enCours}>
          Annuler
        </button>
      </div>
    </form>
  );
}
