/** The figures that do not depend on the ABC thresholds: CA by category, growth and the indicators of N. */
import { formatMontant, formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { DUREE_DE_VIE_MAX, type AnalyseVentes } from '../../stores/portefeuille-analyse.ts';
import { TableauCategories } from './TableauCategories.tsx';

const mois = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const periode = (p: { debut: string; fin: string }) =>
  `${mois.format(new Date(`${p.debut}T00:00:00Z`))} – ${mois.format(new Date(`${p.fin}T00:00:00Z`))}`;
const signe = (t: number) => `${t > 0 ? '+' : ''}${formatPourcentage(t, 1)}`;
const points = (x: number) => `${x > 0 ? '+' : ''}${formatNombre(x * 100, 1)}`;
const facteur = (t: number) => (t < 0 ? `(${signe(t)})` : signe(t));

export function SyntheseVentes({
  analyse: a,
  devise,
}: {
  analyse: AnalyseVentes;
  devise: 'EUR' | 'MAD';
}) {
  const i = a.indicateurs,
    g = a.evolution.global;
  const m = (x: number) => formatMontant(x, devise, 0);
  return (
    <>
      <section class="labo-resultats" aria-labelledby="portefeuille-ca-titre">
        <h3 id="portefeuille-ca-titre">Chiffre d’affaires par catégorie</h3>
        <p class="labo-explication">
          N&#8239;: <span data-resultat="periode-n">{periode(a.periodeN)}</span>&#8239;; N−1&#8239;:{' '}
          {periode(a.periodeN1)}.
        </p>
        <TableauCategories evolution={a.evolution} devise={devise} />
        <p class="labo-explication" data-resultat="moyenne-ponderee">
          Le taux global est la moyenne des taux des catégories pondérée par leur poids en
          N−1&#8239;:{' '}
          {a.evolution.categories
            .filter((c) => c.evolution !== null)
            .map((c) => `${formatPourcentage(c.poidsN1, 1)} × ${facteur(c.evolution as number)}`)
            .join(' + ')}
          {a.evolution.categories.some((c) => c.evolution === null)
            ? ' + les catégories nouvelles'
            : ''}{' '}
          = {signe(g.evolution)}. Apport de chaque catégorie, en points&#8239;:{' '}
          {a.evolution.categories.map((c) => `${c.categorie} ${points(c.contribution)}`).join(', ')}
          .
        </p>
      </section>

      <section class="labo-resultats" aria-labelledby="portefeuille-indicateurs-titre">
        <h3 id="portefeuille-indicateurs-titre">Indicateurs de la période N</h3>
        <dl class="indicateurs">
          <div class="indicateur-principal">
            <dt>CA HT de N</dt>
            <dd data-resultat="ca-n">{m(g.caN)}</dd>
          </div>
          <div>
            <dt>Évolution N / N−1</dt>
            <dd data-resultat="evolution">{signe(g.evolution)}</dd>
          </div>
          <div>
            <dt>Clients actifs sur la période N</dt>
            <dd data-resultat="clients">{i.nombreClients}</dd>
          </div>
          <div>
            <dt>Panier moyen</dt>
            <dd data-resultat="panier-moyen">{m(i.panierMoyen)}</dd>
          </div>
          <div>
            <dt>Achats par client et par an</dt>
            <dd data-resultat="achats-par-client">{formatNombre(i.achatsParClient, 2)}</dd>
          </div>
          <div>
            <dt>Taux de marque (marge ÷ CA)</dt>
            <dd data-resultat="taux-de-marque">{formatPourcentage(i.tauxDeMarque, 1)}</dd>
          </div>
          <div>
            <dt>Taux de marge (marge ÷ coût)</dt>
            <dd data-resultat="taux-de-marge">
              {i.tauxDeMarge === null ? '—' : formatPourcentage(i.tauxDeMarge, 1)}
            </dd>
          </div>
          {a.renouvellement && (
            <div>
              <dt>Attrition (clients de N−1 perdus)</dt>
              <dd data-resultat="attrition">
                {formatPourcentage(a.renouvellement.tauxAttrition, 1)}
              </dd>
            </div>
          )}
          {a.valeurClient && (
            <div>
              <dt>Valeur client en marge</dt>
              <dd data-resultat="valeur-client">{m(a.valeurClient.enMarge)}</dd>
            </div>
          )}
          {a.coutAcquisition !== undefined && (
            <div>
              <dt>Coût d’acquisition (dernière campagne)</dt>
              <dd data-resultat="cout-acquisition">{m(a.coutAcquisition)}</dd>
            </div>
          )}
        </dl>
        {a.valeurClient && (
          <p class="labo-explication">
            Valeur client = panier moyen × achats par an × durée de vie × taux de marque ={' '}
            {m(i.panierMoyen)} × {formatNombre(i.achatsParClient, 2)} ×{' '}
            {formatNombre(a.valeurClient.duree, 1)}&#8239;ans ×{' '}
            {formatPourcentage(i.tauxDeMarque, 1)} ≈ {m(a.valeurClient.enMarge)}, calculé sur les
            valeurs non arrondies.{' '}
            {a.valeurClient.plafonnee
              ? `${a.valeurClient.dureeCalculee === undefined ? 'Aucun client de N−1 n’a été perdu en N\u202f: 1 ÷ attrition ne donne pas de durée' : `1 ÷ attrition donnerait ${formatNombre(a.valeurClient.dureeCalculee, 1)}\u00a0ans`}\u202f; une prévision aussi lointaine n’a plus de sens, la durée est plafonnée à ${DUREE_DE_VIE_MAX}\u00a0ans.`
              : 'La durée de vie est 1 ÷ attrition.'}
          </p>
        )}
      </section>
    </>
  );
}
