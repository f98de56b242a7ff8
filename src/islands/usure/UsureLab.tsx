/**
 * Island « Usure du portefeuille » (chapter 1): clients today, yearly attrition and growth
 * objective give the clients lost, the new clients to sign per year and per month, the average
 * client lifetime, and the portfolio over 5 years with and without prospecting.
 * Thin: the store wires the typed figures to src/lib/portefeuille/evaluation-usure.ts; this only
 * renders.
 */
import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $departsUsure,
  $saisieUsure,
  $evaluationUsure,
  modifierUsure,
  prendreExempleUsure,
  reinitialiserUsure,
} from '../../stores/usure.ts';
import { $entreprise } from '../../stores/entreprise.ts';
import {
  USURE_PAR_DEFAUT,
  evaluerUsure,
  type SaisieUsure,
} from '../../lib/portefeuille/evaluation-usure.ts';
import { interpreterUsure } from '../../lib/portefeuille/interpretation-usure.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { accorder } from '../../lib/commun/accord.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { Graphique } from '../charts/Graphique.tsx';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useSimulateur, SectionResultats } from '../ui/simulateur.tsx';
import { TableauUsure } from './TableauUsure.tsx';

const libelleAnnee = (annee: number) => (annee === 0 ? 'Départ' : `Année ${annee}`);
const clients = (n: number) => formatNombre(n, 0);
const EVALUATION_PAR_DEFAUT = evaluerUsure(USURE_PAR_DEFAUT);

/** `departs`: each sample company's own starting figures, computed at build time by the wrapper. */
export default function UsureLab({ departs = {} }: { departs?: Record<string, SaisieUsure> }) {
  // Set before the first subscription, so a company never edited opens on its own figures.
  if ($departsUsure.get() !== departs) $departsUsure.set(departs);
  const entreprise = useStore($entreprise);
  const {
    monte,
    saisie,
    erreurs,
    resultat: r,
    enErreur,
  } = useSimulateur($saisieUsure, $evaluationUsure, USURE_PAR_DEFAUT, EVALUATION_PAR_DEFAUT);

  // A new object only when the result changes, so the chart is not updated on every render.
  const donnees = useMemo(
    () =>
      r && {
        type: 'line' as const,
        libelles: r.projection.map((a) => libelleAnnee(a.annee)),
        series: [
          {
            id: 'sans',
            libelle: 'Sans prospection',
            valeurs: r.projection.map((a) => a.sansProspection),
          },
          {
            id: 'avec',
            libelle: 'Avec la prospection conseillée',
            valeurs: r.projection.map((a) => a.avecProspection),
          },
        ],
        format: clients,
      },
    [r],
  );

  const depart = monte && entreprise ? departs[entreprise.id] : undefined;

  return (
    <div class="labo-corps" data-island="usure">
      <AvisStockage />
      <fieldset class="labo-groupe">
        <legend>Votre portefeuille</legend>
        <div class="usure-champs">
          <ChampNombre
            id="usure-clients"
            libelle="Clients en portefeuille"
            valeur={saisie.clients}
            unite="clients"
            erreur={erreurs.clients}
            onSaisie={(t) => modifierUsure({ clients: t })}
            aide="Au début de l’année, par exemple 200"
          />
          <ChampNombre
            id="usure-attrition"
            libelle="Taux d’attrition annuel"
            valeur={saisie.tauxAttrition}
            unite="%"
            erreur={erreurs.tauxAttrition}
            onSaisie={(t) => modifierUsure({ tauxAttrition: t })}
            aide="Part des clients perdus en un an"
          />
          <ChampNombre
            id="usure-croissance"
            libelle="Objectif de croissance annuel"
            valeur={saisie.tauxCroissance}
            unite="%"
            erreur={erreurs.tauxCroissance}
            onSaisie={(t) => modifierUsure({ tauxCroissance: t })}
            aide="0 pour garder le même nombre de clients"
          />
        </div>
        <div class="labo-actions">
          <button type="button" class="bouton-discret" onClick={reinitialiserUsure}>
            {depart ? 'Revenir aux chiffres de l’entreprise' : 'Revenir à l’exemple'}
          </button>
          {depart && (
            <button type="button" class="bouton-discret" onClick={prendreExempleUsure}>
              Exemple du cours
            </button>
          )}
        </div>
        {depart && (
          <p class="champ-aide" data-origine="usure">
            Chiffres de départ&#8239;: les {depart.clients}&#160;clients de {entreprise?.nom} sur la
            période N−1 (les douze mois d’avant), dont {depart.tauxAttrition}&#8239;% n’ont rien
            acheté depuis (ses ventes). Voir ses <a href="/donnees/">données</a>.
          </p>
        )}
      </fieldset>

      <SectionResultats id="usure" enErreur={enErreur}>
        {r ? (
          <>
            <dl class="indicateurs">
              <div>
                <dt>Clients perdus par an (en moyenne)</dt>
                <dd data-resultat="clients-perdus">{formatNombre(r.clientsPerdus, 1)}</dd>
              </div>
              <div class="indicateur-principal">
                <dt>Nouveaux clients à signer par an</dt>
                <dd data-resultat="nouveaux-par-an">{formatNombre(r.nouveauxParAn, 0)}</dd>
              </div>
              <div>
                <dt>Signatures à prévoir par mois</dt>
                <dd data-resultat="nouveaux-par-mois">{formatNombre(r.nouveauxParMoisPlan, 0)}</dd>
                <dd class="indicateur-detail">
                  {formatNombre(r.nouveauxParAn, 0)} ÷ 12{' '}
                  {r.nouveauxParMois === r.nouveauxParMoisPlan ? '=' : '≈'}{' '}
                  <span data-resultat="nouveaux-par-mois-exact">
                    {formatNombre(r.nouveauxParMois, 1)}
                  </span>
                </dd>
              </div>
              <div>
                <dt>Durée de vie moyenne d’un client</dt>
                <dd data-resultat="duree-de-vie">
                  {r.dureeDeVie === undefined
                    ? 'sans limite'
                    : accorder(r.dureeDeVie, 'an', 'ans', { decimales: 1 })}
                </dd>
              </div>
            </dl>
            <p class="labo-explication" data-resultat="interpretation">
              {interpreterUsure(r)}
            </p>
          </>
        ) : (
          <p>Saisissez vos trois chiffres pour obtenir le nombre de clients à signer.</p>
        )}
      </SectionResultats>

      {r && donnees && (
        <section class="labo-graphique" aria-labelledby="usure-graphique-titre">
          <h3 id="usure-graphique-titre">Le portefeuille sur {r.projection.length - 1}&nbsp;ans</h3>
          <Graphique titre="Portefeuille sur 5 ans" donnees={donnees} />
          <TableauUsure annees={r.projection} libelle={libelleAnnee} />
        </section>
      )}
    </div>
  );
}
