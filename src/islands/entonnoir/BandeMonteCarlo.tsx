/** « Relancer 1 000 campagnes »: the orders P10 / P50 / P90 when each stage rate is only known within ± a few points. */
import { useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $saisieEntonnoir,
  ENTONNOIR_PAR_DEFAUT,
  evaluerEntonnoir,
  modifierEcart,
  relancerSimulation,
} from '../../stores/entonnoir.ts';
import type { EntonnoirCalcule } from '../../lib/campagne/entonnoir-saisi.ts';
import { $bandeEntonnoir } from '../../stores/entonnoir-bande.ts';
import {
  RUNS_ENTONNOIR,
  simulerEntonnoir,
  type BandeEntonnoir,
} from '../../lib/entonnoir/bande.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { accorder, de } from '../../lib/commun/accord.ts';
import { lireQuantiles, type Compte } from '../../lib/entonnoir/lecture-quantiles.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';

const COMMANDES: Compte = {
  singulier: 'commande',
  pluriel: 'commandes',
  feminin: true,
  verbe: ['signe', 'signent'],
  decimales: 1,
};

const n = (v: number | null) => (v === null ? '—' : formatNombre(v, 1));
const d = ENTONNOIR_PAR_DEFAUT,
  // The lesson's example is valid: its funnel is always computed.
  premier = (evaluerEntonnoir(d) as { ok: true; valeur: EntonnoirCalcule }).valeur;
// What the server rendered; the hydrating render repeats it (see EntonnoirLab).
const BANDE_PAR_DEFAUT = simulerEntonnoir({
  contacts: premier.etapes[0].effectif,
  taux: premier.taux,
  ecartTexte: d.ecart,
  graine: d.graine,
});

/** `monte`: false during the server and hydrating renders, which then show the lesson's example. */
export function BandeMonteCarlo({ monte }: { monte: boolean }) {
  const saisieStockee = useStore($saisieEntonnoir),
    bandeStockee = useStore($bandeEntonnoir);
  const saisie = monte ? saisieStockee : d;
  const bande = monte ? bandeStockee : BANDE_PAR_DEFAUT;
  const dernier = useRef<BandeEntonnoir>();
  if (bande?.ok) dernier.current = bande.valeur;
  const b = dernier.current;
  const erreur = bande && !bande.ok ? bande.erreur.message : undefined;
  return (
    <section class="labo-graphique" aria-labelledby="entonnoir-bande-titre">
      <h3 id="entonnoir-bande-titre">
        Si les taux varient&#8239;: {formatNombre(RUNS_ENTONNOIR, 0)} campagnes simulées
      </h3>
      <div class="labo-actions entonnoir-bande">
        <ChampNombre
          id="entonnoir-ecart"
          libelle="Écart possible sur chaque taux (en points, de part et d’autre)"
          unite="pts"
          valeur={saisie.ecart}
          erreur={erreur}
          onSaisie={modifierEcart}
          aide={'Par exemple 5\u202f: un taux de 20\u202f% varie alors entre 15 et 25\u202f%.'}
        />
        <button type="button" class="bouton" onClick={relancerSimulation}>
          Relancer {formatNombre(RUNS_ENTONNOIR, 0)} campagnes
        </button>
      </div>
      {b && (
        <>
          <dl class="indicateurs" aria-live="polite">
            <div>
              <dt>Commandes, scénario prudent (P10)</dt>
              <dd data-resultat="p10">{n(b.commandes.p10)}</dd>
            </div>
            <div class="indicateur-principal">
              <dt>Commandes, médiane (P50)</dt>
              <dd data-resultat="p50">{n(b.commandes.p50)}</dd>
            </div>
            <div>
              <dt>Commandes, scénario favorable (P90)</dt>
              <dd data-resultat="p90">{n(b.commandes.p90)}</dd>
            </div>
          </dl>
          <p class="labo-explication">
            À partir {de(accorder(b.contacts, 'contact', 'contacts'))}, chaque taux tiré au hasard à
            ± {formatNombre(b.ecart, 1)} points de sa valeur, et chaque personne passant chaque
            étape par chance&#8239;:{' '}
            {lireQuantiles({ p10: b.commandes.p10 ?? 0, p90: b.commandes.p90 ?? 0 }, COMMANDES)}.
            Graine <span data-resultat="graine">{b.graine}</span>&#8239;: la même graine redonne les
            mêmes chiffres.
          </p>
        </>
      )}
    </section>
  );
}
