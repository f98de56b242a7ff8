/**
 * The analysis part of the « Portefeuille » island, loaded with the sales file (see
 * stores/portefeuille.ts): tables, indicators, ABC with its Pareto chart, RFM and diagnosis.
 */
import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $analyseVentes,
  $evaluationPortefeuille,
  type ResultatPortefeuille,
} from '../../stores/portefeuille-analyse.ts';
import { $saisieSeuils } from '../../stores/portefeuille.ts';
import { $entreprise } from '../../stores/campagne.ts';
import { erreursDe } from '../../lib/commun/resultat.ts';
import { SyntheseVentes } from './SyntheseVentes.tsx';
import { SectionABC } from './SectionABC.tsx';
import { SegmentsRFM } from './SegmentsRFM.tsx';
import { useResultatAffiche } from '../ui/simulateur.tsx';

/** Mounted in the browser only, once the sales and this module have loaded. */
export function AnalysePortefeuille() {
  const etat = useStore($analyseVentes),
    saisie = useStore($saisieSeuils),
    evaluation = useStore($evaluationPortefeuille);
  const devise = useStore($entreprise)?.devise ?? 'EUR';
  // While a threshold is invalid the classes from before it was typed stay, for this company only.
  const dernier = useResultatAffiche<ResultatPortefeuille>(
    evaluation.ok && evaluation.valeur ? { ok: true, valeur: evaluation.valeur } : { ok: false },
  );
  const r = etat.etat === 'pret' && dernier?.id === etat.id ? dernier : undefined;
  const a = etat.etat === 'pret' ? etat.analyse : undefined;
  // The same vnodes while only a threshold changes: Preact then skips these subtrees (one-frame budget).
  const synthese = useMemo(() => a && <SyntheseVentes analyse={a} devise={devise} />, [a, devise]);
  const rfm = useMemo(() => a && <SegmentsRFM rfm={a.rfm} devise={devise} />, [a, devise]);
  if (etat.etat === 'chargement')
    return (
      <p role="status" class="chargement">
        Chargement des ventes de l’entreprise…
      </p>
    );
  if (etat.etat === 'erreur')
    return (
      <p class="labo-avertissement" data-analyse="erreur">
        {etat.message}
      </p>
    );
  if (etat.etat === 'sans-ventes') return null;
  if (!a) return null;
  return (
    <div data-analyse="pret" data-entreprise={etat.id}>
      {synthese}
      <SectionABC
        saisie={saisie}
        erreurs={erreursDe(evaluation)}
        lignes={r?.lignes}
        noms={a.noms}
        devise={devise}
      />

      <section class="labo-resultats" aria-labelledby="portefeuille-rfm-titre">
        <h3 id="portefeuille-rfm-titre">Méthode RFM</h3>
        {rfm}
      </section>

      {r && (
        <section
          class="labo-resultats portefeuille-diagnostic"
          aria-labelledby="portefeuille-diagnostic-titre"
          aria-live="polite"
        >
          <h3 id="portefeuille-diagnostic-titre">Diagnostic</h3>
          <ul>
            {r.diagnostic.map((p) => (
              <li key={p.id} data-phrase={p.id} data-niveau={p.niveau}>
                {p.texte}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
