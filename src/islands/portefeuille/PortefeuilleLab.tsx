/**
 * Island « Portefeuille » (chapter 2): the current company's 24 months of sales analysed as the
 * lesson does by hand: CA by category and growth N / N−1, indicators, ABC with editable
 * thresholds and its Pareto chart, RFM segments, and a diagnosis in plain French.
 * This shell renders at once; the analysis (AnalysePortefeuille.tsx and its store) is imported
 * when the island mounts, while the sales file loads: it cannot run before the sales arrive,
 * and the page's first JavaScript stays within its budget. Thin: figures come from the stores.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { $donnees } from '../../stores/campagne.ts';
import { useMonte } from '../ui/hydratation.ts';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import ChoixEntreprise from '../donnees/ChoixEntreprise.tsx';

export default function PortefeuilleLab() {
  // The server renders the loading state: the rows are fetched in the browser (see hydratation.ts).
  const monte = useMonte();
  const donneesStockees = useStore($donnees);
  const donnees = monte ? donneesStockees : { etat: 'chargement' as const, id: '' };
  const [Analyse, setAnalyse] = useState<FunctionComponent>();
  const [echec, setEchec] = useState(false);
  useEffect(() => {
    import('./AnalysePortefeuille.tsx').then(
      (m) => setAnalyse(() => m.AnalysePortefeuille),
      () => setEchec(true),
    );
  }, []);
  const sansVentes = donnees.etat === 'pret' && !donnees.donnees.ventes?.length;
  return (
    <div class="labo-corps" data-island="portefeuille">
      <AvisStockage />
      <ChoixEntreprise />
      {(donnees.etat === 'chargement' ||
        (donnees.etat === 'pret' && !sansVentes && !Analyse && !echec)) && (
        <p role="status" class="chargement">
          Chargement des ventes de l’entreprise…
        </p>
      )}
      {donnees.etat === 'erreur' && <p class="labo-avertissement">{donnees.message}</p>}
      {echec && (
        <p class="labo-avertissement">
          Le module d’analyse n’a pas pu être chargé&#8239;: vérifiez la connexion puis rechargez la
          page.
        </p>
      )}
      {sansVentes && (
        <p class="labo-avertissement" data-analyse="sans-ventes">
          Votre fichier importé ne contient que des prospects. Cette analyse a besoin d’un fichier
          de ventes (client, catégorie, date, montant HT, coût HT)&#8239;: choisissez une entreprise
          exemple ci-dessus pour la voir fonctionner.
        </p>
      )}
      {donnees.etat === 'pret' && !sansVentes && Analyse && <Analyse />}
    </div>
  );
}
