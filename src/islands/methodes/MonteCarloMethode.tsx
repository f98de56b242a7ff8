/** « Relancer 100 campagnes »: P10 / P50 / P90 of the studied method, its histogram and the running mean settling. */
import { formatMontant, formatNombre } from '../../lib/commun/nombres.ts';
import { majuscule } from '../../lib/commun/majuscule.ts';
import { accorder } from '../../lib/commun/accord.ts';
import { lireQuantiles, type Compte } from '../../lib/entonnoir/lecture-quantiles.ts';
import { useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $simulationMethode } from '../../stores/methodes-simulation.ts';
import { RUNS_METHODES, type SimulationMethode } from '../../lib/methodes/simulation-methode.ts';
import { relancerCampagnes } from '../../stores/methodes.ts';
import { Graphique } from '../charts/Graphique.tsx';

const CLIENTS: Compte = { singulier: 'client', pluriel: 'clients', verbe: ['gagne', 'gagnent'] };

interface Props {
  s: SimulationMethode;
  esperance: number;
  devise: 'EUR' | 'MAD';
  /** What a sale leaves the company, in its words (« marge », « commissions »: lib/marges/remuneration.ts). */
  gain: string;
  onRelancer: () => void;
}

const c = (v: number | null) => (v === null ? '—' : formatNombre(v, 1));
const REPERES = [10, 25, 50, 100];

export function MonteCarloMethode({ s, esperance, devise, gain, onRelancer }: Props) {
  const m = (v: number | null) => (v === null ? '—' : formatMontant(v, devise, 0));
  const h = s.sim.histogramme,
    suivi = s.sim.moyenneCumulee;
  const barre = (b: (typeof h)[number]) =>
    `${formatNombre(b.debut, 1)} à ${formatNombre(b.fin, 1)}`;
  return (
    <section class="labo-graphique" aria-labelledby="methodes-mc-titre" data-simulation={s.id}>
      <h3 id="methodes-mc-titre">
        Si les taux varient&#8239;: {RUNS_METHODES} campagnes «&#160;{s.nom}&#160;»
      </h3>
      <div class="labo-actions">
        <button type="button" class="bouton" onClick={onRelancer}>
          Relancer {RUNS_METHODES} campagnes
        </button>
        <span>
          Graine <strong data-resultat="graine">{s.graine}</strong>&#8239;: la même graine redonne
          les mêmes chiffres.
        </span>
      </div>
      <dl class="indicateurs" aria-live="polite">
        <div>
          <dt>Clients, scénario prudent (P10)</dt>
          <dd data-resultat="p10">{c(s.sim.clients.p10)}</dd>
          <dd class="sous-indicateur" data-resultat="cpc-p10">
            {m(s.coutParClient.p10)} par client
          </dd>
        </div>
        <div class="indicateur-principal">
          <dt>Clients, médiane (P50)</dt>
          <dd data-resultat="p50">{c(s.sim.clients.p50)}</dd>
          <dd class="sous-indicateur" data-resultat="cpc-p50">
            {m(s.coutParClient.p50)} par client
          </dd>
        </div>
        <div>
          <dt>Clients, scénario favorable (P90)</dt>
          <dd data-resultat="p90">{c(s.sim.clients.p90)}</dd>
          <dd class="sous-indicateur" data-resultat="cpc-p90">
            {m(s.coutParClient.p90)} par client
          </dd>
        </div>
      </dl>
      <p class="labo-explication">
        Pour {accorder(s.contacts, 'contact', 'contacts')}, chaque taux est tiré au hasard dans sa
        fourchette et chaque personne passe chaque étape par chance, {RUNS_METHODES} fois&#8239;:
        une campagne gagne des clients entiers.{' '}
        {majuscule(
          lireQuantiles({ p10: s.sim.clients.p10 ?? 0, p90: s.sim.clients.p90 ?? 0 }, CLIENTS),
        )}
        . En moyenne sur les {RUNS_METHODES} campagnes&#8239;:{' '}
        <span data-resultat="moyenne">{c(s.sim.clients.moyenne)}</span>{' '}
        {s.sim.clients.moyenne < 2 ? 'client' : 'clients'}, pour {c(esperance)} attendus en moyenne
        par le calcul. Campagnes rentables ({gain} ≥ coût)&#8239;:{' '}
        <span data-resultat="rentables">{formatNombre(s.sim.probabiliteRentable * 100, 0)}</span>
        &#8239;%.
      </p>
      <h4>Répartition des {RUNS_METHODES} campagnes selon les clients gagnés</h4>
      <Graphique
        titre="Histogramme des clients gagnés"
        hauteur="13rem"
        donnees={{
          type: 'bar',
          libelles: h.map(barre),
          series: [{ id: 'campagnes', libelle: 'Campagnes', valeurs: h.map((b) => b.effectif) }],
          format: (v) => formatNombre(v, 0),
        }}
      />
      <details>
        <summary>Tableau de l’histogramme</summary>
        <table class="tableau-donnees" data-tableau="histogramme">
          <caption>Nombre de campagnes par tranche de clients gagnés</caption>
          <thead>
            <tr>
              <th scope="col">Clients gagnés</th>
              <th scope="col" class="nombre">
                Campagnes
              </th>
            </tr>
          </thead>
          <tbody>
            {h.map((b, i) => (
              <tr key={i}>
                <th scope="row">{barre(b)}</th>
                <td class="nombre">{b.effectif}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {/* How the simulation converges: a detail of the method, folded (the results are above). */}
      <details>
        <summary>
          Pourquoi {RUNS_METHODES}&#160;campagnes suffisent&#8239;: la moyenne se stabilise
          (graphique et tableau)
        </summary>
        <h4>La moyenne se stabilise au fil des campagnes</h4>
        <Graphique
          titre="Moyenne cumulée des clients"
          hauteur="11rem"
          donnees={{
            type: 'line',
            libelles: suivi.map((p) => String(p.run)),
            series: [
              {
                id: 'moyenne',
                libelle: 'Moyenne des campagnes déjà simulées',
                valeurs: suivi.map((p) => p.moyenne),
              },
              {
                id: 'attendu',
                libelle: 'Clients attendus (calcul)',
                valeurs: suivi.map(() => esperance),
              },
            ],
            format: (v) => formatNombre(v, 1),
          }}
        />
        <table class="tableau-donnees" data-tableau="moyenne-cumulee">
          <caption>Moyenne des clients après n campagnes (valeurs du graphique)</caption>
          <thead>
            <tr>
              {REPERES.map((n) => (
                <th key={n} scope="col" class="nombre">
                  après {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {REPERES.map((n) => (
                <td key={n} class="nombre">
                  {c(suivi.find((p) => p.run === n)?.moyenne ?? null)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </details>
    </section>
  );
}

/**
 * The Monte Carlo part of the island, loaded when it nears the screen with the simulation it
 * reads: the comparison table ships without it. The last valid simulation stays while a field is in error.
 */
export function VueMonteCarlo({ esperance, devise, gain }: Omit<Props, 's' | 'onRelancer'>) {
  const sim = useStore($simulationMethode);
  const derniere = useRef<SimulationMethode>();
  if (sim?.ok) derniere.current = sim.valeur;
  return derniere.current ? (
    <MonteCarloMethode
      s={derniere.current}
      esperance={esperance}
      devise={devise}
      gain={gain}
      onRelancer={relancerCampagnes}
    />
  ) : (
    <p role="status" class="chargement">
      Chargement de la simulation…
    </p>
  );
}
