/** Step 3 of the import: what was kept, what was rejected (line, field, reason), and whether it is saved. */
import type { RapportImport as Rapport } from '../../lib/fichier/import-prospects.ts';
import { lignesRejetees } from '../../lib/fichier/rejets.ts';
import { LIBELLES_PROSPECT } from '../../lib/commun/prospect.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import type { Lecture } from './protocole.ts';

/** The report without the rows themselves (they are in IndexedDB once saved). */
export type BilanImport = Omit<Rapport, 'prospects'> & { importes: number };
/**
 * Where the save stands: `echec` with a previous file kept, `echec-premier` without one,
 * `refuse` when the browser keeps no site data at all.
 */
export type Enregistrement = 'rien' | 'en-cours' | 'ok' | 'echec' | 'echec-premier' | 'refuse';
const ECHECS: readonly Enregistrement[] = ['echec', 'echec-premier', 'refuse'];

const MAX_AFFICHES = 200;
const n0 = (x: number) => formatNombre(x, 0);
const pluriel = (n: number, mot: string) => `${n0(n)} ${mot}${n > 1 ? 's' : ''}`;
// The field has its own column: the reason drops its « champ : » prefix and starts with a capital.
const raison = (r: Rapport['rejets'][number]) => {
  const t = r.champ ? r.raison.replace(/^[^:]*\u202f: /, '') : r.raison;
  return t.charAt(0).toUpperCase() + t.slice(1);
};

export function RapportImport({
  nom,
  bilan,
  enregistrement,
}: {
  nom: string;
  lecture: Lecture;
  bilan: BilanImport;
  enregistrement: Enregistrement;
}) {
  const { rejets } = bilan;
  const nRejetees = lignesRejetees(rejets);
  return (
    <section
      class="import-rapport"
      aria-labelledby="import-rapport-titre"
      data-resultat="rapport-import"
    >
      <h3 id="import-rapport-titre">Rapport d’import de «&#160;{nom}&#160;»</h3>
      <ul>
        <li data-resultat="importes">
          {pluriel(bilan.importes, 'prospect')}{' '}
          {/* Not « importés » when nothing could be kept: the rows were only read and checked. */}
          {ECHECS.includes(enregistrement)
            ? `valide${bilan.importes > 1 ? 's' : ''}`
            : `importé${bilan.importes > 1 ? 's' : ''}`}{' '}
          sur {pluriel(bilan.lignesLues, 'ligne')} lue{bilan.lignesLues > 1 ? 's' : ''}.
        </li>
        <li data-resultat="rejetes">
          {pluriel(nRejetees, 'ligne')} rejetée{nRejetees > 1 ? 's' : ''}
          {rejets.length > nRejetees
            ? ` (${n0(rejets.length)} problèmes, détail ci-dessous)`
            : rejets.length > 0
              ? ' (détail ci-dessous)'
              : ''}
          .
        </li>
        {bilan.lignesVides > 0 && (
          <li>
            {pluriel(bilan.lignesVides, 'ligne')} vide{bilan.lignesVides > 1 ? 's' : ''} ignorée
            {bilan.lignesVides > 1 ? 's' : ''}.
          </li>
        )}
        {bilan.cellulesNettoyees > 0 && (
          <li>
            {pluriel(bilan.cellulesNettoyees, 'cellule')} débarrassée
            {bilan.cellulesNettoyees > 1 ? 's' : ''} de caractères de contrôle invisibles.
          </li>
        )}
      </ul>
      <p
        role="status"
        data-resultat="enregistrement"
        data-etat={ECHECS.includes(enregistrement) ? 'echec' : enregistrement}
        class={ECHECS.includes(enregistrement) ? 'champ-erreur' : undefined}
      >
        {enregistrement === 'en-cours' && 'Enregistrement dans ce navigateur…'}
        {enregistrement === 'ok' &&
          'Fichier enregistré dans ce navigateur\u202f: il est maintenant l’entreprise étudiée dans tout le cours. Le chapitre 5 vous aidera à le nettoyer.'}
        {enregistrement === 'echec' &&
          'Le fichier n’a pas pu être enregistré\u202f: votre fichier précédent est conservé.'}
        {enregistrement === 'echec-premier' &&
          'Le fichier n’a pas pu être enregistré dans ce navigateur (voir le message ci-dessus)\u202f: il n’est pas importé.'}
        {enregistrement === 'refuse' &&
          'Ce navigateur ne laisse pas le site enregistrer de données (réglage du navigateur ou de l’établissement)\u202f: le fichier a été lu mais n’a pas pu être importé. Autorisez les données de ce site dans les réglages du navigateur (cookies et données de site), ou utilisez un autre navigateur, puis importez-le de nouveau.'}
        {enregistrement === 'rien' &&
          'Aucune ligne n’a pu être importée\u202f: corrigez le fichier d’après les raisons ci-dessous, puis recommencez.'}
      </p>
      {rejets.length > 0 && (
        <div class="tableau-defilant" tabIndex={0} role="region" aria-label="Lignes rejetées">
          <table class="tableau-donnees" data-tableau="rejets">
            <caption>
              Lignes rejetées
              {rejets.length > MAX_AFFICHES
                ? ` (les ${MAX_AFFICHES} premières sur ${n0(rejets.length)})`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="nombre">
                  Ligne
                </th>
                <th scope="col">Champ</th>
                <th scope="col">Raison</th>
              </tr>
            </thead>
            <tbody>
              {rejets.slice(0, MAX_AFFICHES).map((r, i) => (
                <tr key={i}>
                  <td class="nombre">{n0(r.ligne)}</td>
                  <td>{r.champ ? LIBELLES_PROSPECT[r.champ] : '—'}</td>
                  <td>{raison(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
