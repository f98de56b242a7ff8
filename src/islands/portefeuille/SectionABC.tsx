/** ABC: the two editable thresholds, the classes' weight, the Pareto chart and its table of values. */
import { useMemo } from 'preact/hooks';
import { formatMontant, formatPourcentage } from '../../lib/commun/nombres.ts';
import { syntheseABC, type LigneABC } from '../../lib/portefeuille/portefeuille.ts';
import {
  modifierSeuil,
  reinitialiserSeuils,
  type SaisieSeuils,
} from '../../stores/portefeuille.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { AvertissementErreur } from '../ui/simulateur.tsx';
import { Graphique } from '../charts/Graphique.tsx';
import { TableauClients } from './TableauClients.tsx';

interface Props {
  saisie: SaisieSeuils;
  erreurs: Partial<Record<keyof SaisieSeuils, string>>;
  lignes?: LigneABC[];
  noms: Record<string, { nom: string; categorie: string }>;
  devise: 'EUR' | 'MAD';
}

export function SectionABC({ saisie, erreurs, lignes, noms, devise }: Props) {
  const m = (x: number) => formatMontant(x, devise, 0);
  const synthese = useMemo(() => (lignes ? syntheseABC({ lignes }) : undefined), [lignes]);
  // The chart is redrawn only when a client changes class (its values and the cumulative line do
  // not depend on the thresholds): most keystrokes then cost no Chart.js update at all.
  const partition = lignes
    ? `${lignes[0]?.id}:${lignes[0]?.valeur}:${lignes.map((l) => l.classe).join('')}`
    : '';
  // One bar series per class (zero elsewhere, stacked): each class keeps its colour when a threshold moves.
  const donnees = useMemo(
    () =>
      lignes && {
        type: 'bar' as const,
        empile: true,
        format: m,
        formatSecondaire: (v: number) => formatPourcentage(v, 0),
        libelles: lignes.map((l) => String(l.rang)),
        series: [
          ...(['A', 'B', 'C'] as const).map((c) => ({
            id: c,
            libelle: `Classe ${c}`,
            valeurs: lignes.map((l) => (l.classe === c ? l.valeur : 0)),
          })),
          {
            id: 'cumul',
            libelle: 'Part cumulée du CA',
            type: 'line' as const,
            axe: 'secondaire' as const,
            valeurs: lignes.map((l) => l.partCumulee),
          },
        ],
      },
    [partition, devise],
  );
  return (
    <section class="labo-graphique" aria-labelledby="portefeuille-abc-titre">
      <h3 id="portefeuille-abc-titre">Méthode ABC (période N)</h3>
      <fieldset class="labo-groupe portefeuille-seuils">
        <legend>Seuils des classes, en part cumulée du CA</legend>
        <ChampNombre
          id="portefeuille-seuil-a"
          libelle="Classe A jusqu’à"
          unite="%"
          valeur={saisie.seuilA}
          erreur={erreurs.seuilA}
          onSaisie={(t) => modifierSeuil('seuilA', t)}
          aide="80 dans la leçon"
        />
        <ChampNombre
          id="portefeuille-seuil-b"
          libelle="Classe B jusqu’à"
          unite="%"
          valeur={saisie.seuilB}
          erreur={erreurs.seuilB}
          onSaisie={(t) => modifierSeuil('seuilB', t)}
          aide="95 dans la leçon"
        />
        <div class="labo-actions">
          <button type="button" class="bouton-discret" onClick={reinitialiserSeuils}>
            Revenir à 80 / 95
          </button>
        </div>
      </fieldset>
      <AvertissementErreur visible={Object.keys(erreurs).length > 0} />
      {synthese && lignes && donnees && (
        <>
          <table class="tableau-donnees" data-tableau="abc">
            <caption>Poids de chaque classe</caption>
            <thead>
              <tr>
                <th scope="col">Classe</th>
                <th scope="col" class="nombre">
                  Clients
                </th>
                <th scope="col" class="nombre">
                  Part des clients
                </th>
                <th scope="col" class="nombre">
                  Part du CA
                </th>
              </tr>
            </thead>
            <tbody>
              {(['A', 'B', 'C'] as const).map((c) => (
                <tr key={c} data-classe={c}>
                  <th scope="row">{c}</th>
                  <td class="nombre" data-colonne="nombre">
                    {synthese[c].nombre}
                  </td>
                  <td class="nombre" data-colonne="part-clients">
                    {formatPourcentage(synthese[c].partElements, 1)}
                  </td>
                  <td class="nombre" data-colonne="part-ca">
                    {formatPourcentage(synthese[c].partValeur, 1)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Graphique titre="Courbe de Pareto des clients" hauteur="16rem" donnees={donnees} />
          <TableauClients lignes={lignes} noms={noms} devise={devise} />
        </>
      )}
    </section>
  );
}
