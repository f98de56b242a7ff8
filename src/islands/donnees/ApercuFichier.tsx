/**
 * Island « Le fichier de l’entreprise »: the current company's prospect file as chapter 5 will
 * receive it (cleaned), its quality summary, its first rows, and a CSV export of the whole file.
 * Cells are rendered as text by Preact, whatever they contain (an imported file may hold markup).
 * The quality summary comes from chapter 5's Web Worker (fichier/rapport.ts), after the rows: on
 * the page's thread it held a phone about 200 ms (4× CPU) in the task where the rows arrive
 * (issue 14, blocking time), and it left the page's script lighter by the duplicate checks.
 */
import { useStore } from '@nanostores/preact';
import {
  $dateReference,
  $donnees,
  $entreprise,
  $fichierNettoye,
  $travail,
  reinitialiserFichier,
} from '../../stores/campagne.ts';
import { useRapportQualite } from '../fichier/rapport.ts';
import { exporterProspects } from '../../lib/fichier/import-prospects.ts';
import { nomAffiche } from '../../lib/commun/prospect.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { nomDeFichier, telecharger } from './telechargement.ts';
import { useMonte } from '../ui/hydratation.ts';

const court = (t: string | undefined, n = 60) =>
  !t ? '' : t.length > n ? `${t.slice(0, n - 1)}…` : t;
const n0 = (x: number) => formatNombre(x, 0);

export default function ApercuFichier() {
  const entreprise = useStore($entreprise);
  const donnees = useStore($donnees);
  const prospects = useStore($fichierNettoye);
  const aujourdhui = useStore($dateReference);
  const qualite = useRapportQualite({ prospects, aujourdhui });
  // Until the report of these very rows is back, none: a count from the previous company or
  // cleaning must not sit next to this file's number of rows.
  const rapport = qualite.de === prospects ? qualite.rapport : null;
  const travail = useStore($travail);
  const nom = entreprise?.nom ?? '';
  // Until mounted, the same placeholder as the server (see hydratation.ts).
  if (!useMonte())
    return (
      <div class="labo-corps" data-island="apercu-fichier" aria-busy="true">
        <p>Chargement du fichier…</p>
      </div>
    );

  return (
    <div
      class="labo-corps"
      data-island="apercu-fichier"
      data-entreprise={entreprise?.id}
      aria-busy={donnees.etat === 'chargement'}
    >
      <AvisStockage />
      <h3 class="apercu-titre">{entreprise?.importe ? `Mon fichier\u202f: ${nom}` : nom}</h3>
      {donnees.etat === 'erreur' && (
        <p class="champ-erreur" role="alert">
          {donnees.message}
        </p>
      )}
      {donnees.etat === 'chargement' && (
        <p role="status" class="chargement">
          Chargement du fichier…
        </p>
      )}
      {donnees.etat === 'pret' && (
        <>
          <p data-resultat="lignes" data-qualite={rapport ? 'ok' : 'calcul'}>
            {n0(prospects.length)} prospects
            {travail.journal.length > 0
              ? ` après ${n0(travail.journal.length)} opération${travail.journal.length > 1 ? 's' : ''} de nettoyage (sur ${n0(donnees.donnees.prospects.length)} à l’origine)`
              : ''}
            {rapport?.ok &&
              `, dont ${n0(rapport.valeur.lignesConcernees)} avec au moins un problème de qualité.`}
          </p>
          {rapport?.ok && (
            <ul class="apercu-problemes">
              {rapport.valeur.resume
                .filter((l) => l.problemes > 0)
                .map((l) => (
                  <li key={l.type}>
                    {l.libelle}&#8239;: {n0(l.lignes)} ligne{l.lignes > 1 ? 's' : ''}
                  </li>
                ))}
            </ul>
          )}
          <div
            class="tableau-defilant"
            tabIndex={0}
            role="region"
            aria-label="Premières lignes du fichier"
          >
            <table class="tableau-donnees">
              <caption>Premières lignes du fichier</caption>
              <thead>
                <tr>
                  <th scope="col">Id</th>
                  <th scope="col">Nom</th>
                  <th scope="col">Ville</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Téléphone</th>
                </tr>
              </thead>
              <tbody>
                {prospects.slice(0, 10).map((p) => (
                  <tr key={p.id}>
                    <td>{court(p.id, 20)}</td>
                    <th scope="row">{court(nomAffiche({ prospect: p }))}</th>
                    <td>{court(p.ville)}</td>
                    <td>{court(p.email)}</td>
                    <td>{court(p.telephone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="labo-actions">
            <button
              type="button"
              class="bouton"
              onClick={() =>
                telecharger({
                  nom: `${nomDeFichier(nom)}-prospects.csv`,
                  contenu: exporterProspects({ prospects }),
                })
              }
            >
              Exporter ce fichier (CSV)
            </button>
            {travail.journal.length > 0 && (
              <button type="button" class="bouton-discret" onClick={reinitialiserFichier}>
                Réinitialiser le nettoyage
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
