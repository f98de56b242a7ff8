/**
 * Is the grid any good? The backtest on the past campaign (converters found in the top 20 %,
 * lift against a random order), the success rate of each temperature, and the distribution of
 * the scores (chart and its data table).
 */
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import type { Backtest } from '../../lib/scoring/scoring.ts';
import {
  verdictBacktest,
  type ClasseHistogramme,
  type ReussiteClasse,
} from '../../lib/scoring/analyse.ts';
import type { Resultat } from '../../lib/commun/resultat.ts';
import { Graphique } from '../charts/Graphique.tsx';
import { LIBELLES_TEMPERATURE } from './ClassementProspects.tsx';

interface Props {
  backtest: Resultat<Backtest>;
  reussite: ReussiteClasse[];
  histogramme: ClasseHistogramme[];
}

const n0 = (x: number) => formatNombre(x, 0);
const classe = (c: ClasseHistogramme) => `${formatNombre(c.min, 2)} à ${formatNombre(c.max, 2)}`;

export function BacktestScoring({ backtest, reussite, histogramme }: Props) {
  const b = backtest.ok ? backtest.valeur : undefined;
  const verdict = b && verdictBacktest({ lift: b.lift });
  return (
    <>
      <section class="labo-resultats" aria-labelledby="scoring-backtest-titre">
        <h3 id="scoring-backtest-titre">Test sur la campagne passée</h3>
        {b && verdict ? (
          <>
            <dl class="indicateurs">
              <div>
                <dt>Signataires parmi les {n0(b.retenus)} mieux notés (20&#8239;%)</dt>
                <dd data-resultat="captes">
                  {n0(b.convertisCaptes)} sur {n0(b.convertisTotal)}
                </dd>
              </div>
              <div class="indicateur-principal">
                <dt>Part des signataires repérés</dt>
                <dd data-resultat="part-captee">{formatPourcentage(b.partCaptee, 1)}</dd>
              </div>
              <div>
                <dt>Efficacité par rapport au hasard (20&#8239;%)</dt>
                <dd data-resultat="lift">× {formatNombre(b.lift, 2)}</dd>
              </div>
            </dl>
            <p
              class="labo-explication"
              data-resultat="verdict"
              data-niveau={verdict.niveau}
              aria-live="polite"
            >
              Un ordre tiré au hasard placerait environ 20&#8239;% des signataires dans ce haut de
              classement&#8239;; votre grille en place {formatPourcentage(b.partCaptee, 1)}.{' '}
              {verdict.texte}
            </p>
          </>
        ) : (
          <p class="labo-explication" role="status">
            {backtest.ok ? '' : backtest.erreur.message}
          </p>
        )}
        <div
          class="tableau-defilant"
          tabIndex={0}
          role="region"
          aria-label="Probabilité de réussite par température"
        >
          <table class="tableau-donnees" data-tableau="reussite">
            <caption>
              Probabilité de réussite de chaque température, d’après la campagne passée
            </caption>
            <thead>
              <tr>
                <th scope="col">Température</th>
                <th scope="col" class="nombre">
                  Prospects
                </th>
                <th scope="col" class="nombre">
                  Signataires
                </th>
                <th scope="col" class="nombre">
                  Taux de signature
                </th>
              </tr>
            </thead>
            <tbody>
              {reussite.map((r) => (
                <tr key={r.temperature} data-temperature={r.temperature}>
                  <th scope="row">{LIBELLES_TEMPERATURE[r.temperature]}</th>
                  <td class="nombre" data-colonne="effectif">
                    {n0(r.effectif)}
                  </td>
                  <td class="nombre" data-colonne="convertis">
                    {n0(r.convertis)}
                  </td>
                  <td class="nombre" data-colonne="taux">
                    {r.taux === null ? '—' : formatPourcentage(r.taux, 1)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {histogramme.length > 0 && (
        <section class="labo-graphique" aria-labelledby="scoring-distribution-titre">
          <h3 id="scoring-distribution-titre">Répartition des scores</h3>
          <Graphique
            titre="Répartition des scores"
            donnees={{
              type: 'bar',
              empile: true,
              libelles: histogramme.map(classe),
              format: n0,
              series: [
                {
                  id: 'signes',
                  libelle: 'Signataires de la campagne passée',
                  valeurs: histogramme.map((c) => c.convertis),
                },
                {
                  id: 'autres',
                  libelle: 'Autres prospects',
                  valeurs: histogramme.map((c) => c.effectif - c.convertis),
                },
              ],
            }}
          />
          <div
            class="tableau-defilant"
            tabIndex={0}
            role="region"
            aria-label="Répartition des scores (tableau)"
          >
            <table class="tableau-donnees" data-tableau="distribution">
              <caption>
                Nombre de prospects par tranche de score (de la borne basse incluse à la borne haute
                exclue)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Score</th>
                  <th scope="col" class="nombre">
                    Prospects
                  </th>
                  <th scope="col" class="nombre">
                    dont signataires
                  </th>
                </tr>
              </thead>
              <tbody>
                {histogramme.map((c) => (
                  <tr key={c.min}>
                    <th scope="row">{classe(c)}</th>
                    <td class="nombre">{n0(c.effectif)}</td>
                    <td class="nombre">{n0(c.convertis)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
