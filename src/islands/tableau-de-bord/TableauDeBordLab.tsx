/**
 * Island « Tableau de bord » (chapter 11): objectives and results line by line give the gaps and
 * taux de réalisation, the unit costs, the margin, the result, the ROI on the margin, the CA
 * minimum of chapter 9 and a conclusion in plain French. The selected sample company's past
 * campaign can fill the fields. Thin: the store parses and calls src/lib; this only renders.
 */
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $saisieAffichee,
  $saisieTableauDeBord,
  $suitLePlan,
  $evaluationTableauDeBord,
  LIGNES,
  NOMS,
  TABLEAU_PAR_DEFAUT,
  evaluerTableauDeBord,
  modifierTableauDeBord,
  modifierTauxDeMarque,
  montant,
  tauxAffiche,
  reinitialiserTableauDeBord,
  remplacerTableauDeBord,
  saisieDepuisCampagne,
  tableauExempleDuCours,
  suivreLePlan,
  type Indicateurs,
  type LigneTableau,
} from '../../stores/tableau-de-bord.ts';
import { $entreprise } from '../../stores/entreprise.ts';
import { $contexte } from '../../stores/contexte.ts';
import {
  formatMontant,
  formatNombre,
  formatPourcentage,
  symboleDevise,
} from '../../lib/commun/nombres.ts';
import { majuscule } from '../../lib/commun/majuscule.ts';
import { motsRemuneration } from '../../lib/marges/remuneration.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { ExempleDuCours } from './ExempleDuCours.tsx';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useSimulateur, SectionResultats } from '../ui/simulateur.tsx';
import { useVueDifferee } from '../ui/vue-differee.ts';

const EVALUATION_PAR_DEFAUT = evaluerTableauDeBord(TABLEAU_PAR_DEFAUT);
const signe = (texte: string, n: number) => (n > 0 ? `+${texte}` : texte);
const pourcentage = tauxAffiche;

export default function TableauDeBordLab() {
  const {
    monte,
    saisie,
    erreurs,
    resultat: r,
    enErreur,
  } = useSimulateur(
    // Following the plan, the objectives shown are the plan's, derived (stores/tableau-de-bord.ts).
    $saisieAffichee,
    $evaluationTableauDeBord,
    TABLEAU_PAR_DEFAUT,
    EVALUATION_PAR_DEFAUT,
  );
  // The conclusion (and the diagnosis it quotes) loads as it nears the screen, like a chart.
  const { ref: refConclusion, Vue: Conclusion } = useVueDifferee(() =>
    import('./Conclusion.tsx').then((m) => m.Conclusion),
  );
  // « À revoir » on this page, the state /campagne/ gives this step (same store), loaded after the island.
  const { ref: refRevoir, Vue: ARevoir } = useVueDifferee(() =>
    import('../campagne/EtapeARevoir.tsx').then((m) => m.EtapeARevoir),
  );
  const suitLePlan = useStore($suitLePlan);
  const entrepriseStockee = useStore($entreprise),
    contexteStocke = useStore($contexte);
  const entreprise = monte ? entrepriseStockee : undefined,
    contexte = monte ? contexteStocke : undefined;
  const unite = symboleDevise(saisie.devise);
  // An agent's « marge » is its commissions (lib/marges/remuneration.ts): same arithmetic, its words.
  const mots = motsRemuneration(contexte?.offre.remuneration);

  // The plan is derived (stores/plan.ts), loaded on demand: this page ships it only when asked.
  const [demande, setDemande] = useState(false);
  const [message, setMessage] = useState('');
  const reprendrePlan = async () => {
    setMessage('');
    setDemande(true);
    const [{ $plan }, { saisieDepuisPlan }] = await Promise.all([
      import('../../stores/plan.ts'),
      import('../../lib/campagne/tableau-plan.ts'),
    ]);
    const plan = $plan.get();
    setDemande(false);
    if (!plan.ok) return setMessage(plan.erreur.message);
    const { saisie: reprise, message: dit } = saisieDepuisPlan({
      plan: plan.valeur,
      contexte: $contexte.get(),
      actuelle: $saisieTableauDeBord.get(),
    });
    await suivreLePlan(reprise);
    setMessage(dit);
  };
  const chargerCampagne = () => {
    const campagne = contexte?.campagnePassee;
    if (!campagne || !entreprise)
      return setMessage(
        'Votre fichier importé ne décrit pas de campagne passée\u202f: saisissez vos chiffres à la main.',
      );
    remplacerTableauDeBord(
      saisieDepuisCampagne({
        campagne,
        devise: entreprise.devise,
        tauxDeMarque: contexte.offre.tauxDeMarque,
      }),
    );
    setMessage(
      `${campagne.nom} est chargée. Le fichier ne donne pas de coût prévu\u202f: l’objectif de coût reprend la dépense réelle, corrigez-le si vous le connaissez.`,
    );
  };

  const m = (n: number) => (r ? montant(n, r.devise) : '');
  // Amounts in the table carry their unit in the row label, so that five columns fit a phone.
  const enTexte = (l: LigneTableau) =>
    l === 'marge'
      ? `${majuscule(mots.gain)} (${formatPourcentage(r!.tauxDeMarque, 2)} ${mots.base}, ${unite})`
      : NOMS[l].montant
        ? `${NOMS[l].nom} (${unite})`
        : NOMS[l].nom;
  const ou = (n: number | undefined, f: (n: number) => string) => (n === undefined ? '—' : f(n));
  const indicateur = (
    id: string,
    nom: string,
    f: (i: Indicateurs) => number | undefined,
    format: (n: number) => string,
    principal = false,
  ) =>
    r && (
      <div class={principal ? 'indicateur-principal' : undefined}>
        <dt>{nom}</dt>
        <dd data-resultat={id}>{ou(f(r.realise), format)}</dd>
        <dd class="indicateur-detail">
          objectif&#8239;: <span data-resultat={`${id}-objectif`}>{ou(f(r.objectif), format)}</span>
        </dd>
      </div>
    );

  return (
    <div class="labo-corps" data-island="tableau-de-bord" aria-busy={demande}>
      <AvisStockage />
      <div ref={refRevoir} data-vue="a-revoir">
        {ARevoir && monte && <ARevoir etape="tableau" />}
      </div>
      <fieldset class="labo-groupe">
        <legend>Objectifs et réalisations</legend>
        <div
          class="tableau-defilant"
          tabIndex={0}
          role="region"
          aria-label="Saisie des objectifs et des réalisations"
        >
          <table class="tdb-saisie">
            <thead>
              <tr>
                <th scope="col">Indicateur</th>
                <th scope="col">Objectif</th>
                <th scope="col">Réalisé</th>
              </tr>
            </thead>
            <tbody>
              {LIGNES.map((l) => (
                <tr key={l}>
                  <th scope="row">{NOMS[l].montant ? `${NOMS[l].nom} (${unite})` : NOMS[l].nom}</th>
                  {(['objectif', 'realise'] as const).map((cote) => (
                    <td key={cote}>
                      <ChampNombre
                        id={`tdb-${cote}-${l}`}
                        libelle={`${NOMS[l].nom}, ${cote === 'objectif' ? 'objectif' : 'réalisé'}`}
                        libelleCache
                        valeur={saisie[cote][l]}
                        erreur={erreurs[`${cote}.${l}`]}
                        onSaisie={(t) => modifierTableauDeBord(cote, l, t)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ChampNombre
          id="tdb-taux-de-marque"
          libelle={majuscule(mots.taux)}
          valeur={saisie.tauxDeMarque}
          unite="%"
          erreur={erreurs.tauxDeMarque}
          onSaisie={modifierTauxDeMarque}
          aide={`${majuscule(mots.gain)} ÷ ${mots.assiette}, par exemple 25`}
        />
        <div class="labo-actions">
          <button
            type="button"
            class="bouton-discret"
            onClick={() => void reprendrePlan()}
            disabled={demande}
          >
            Reprendre mon plan (chapitres&#160;9 et&#160;10)
          </button>
          <button type="button" class="bouton-discret" onClick={chargerCampagne} disabled={demande}>
            Charger la campagne de l’entreprise
          </button>
          <button
            type="button"
            class="bouton-discret"
            onClick={() => {
              setMessage('');
              reinitialiserTableauDeBord();
            }}
          >
            {contexte ? 'Revenir aux chiffres de l’entreprise' : 'Revenir à l’exemple'}
          </button>
          {contexte && (
            <button
              type="button"
              class="bouton-discret"
              onClick={() => {
                setMessage('');
                remplacerTableauDeBord(tableauExempleDuCours({ devise: saisie.devise }));
              }}
            >
              Exemple du cours
            </button>
          )}
        </div>
        <p role="status" class="tdb-message" data-resultat="chargement">
          {demande ? 'Calcul du plan…' : message}
        </p>
        {monte && contexte && <ExempleDuCours saisie={saisie} />}
        {monte && suitLePlan && (
          // Where the objectives come from, with a link back (issue 14).
          <p class="labo-explication" data-origine="plan">
            Objectifs tirés de votre plan&#8239;: le{' '}
            <a href="/chapitres/budgetiser/#simulateur-budget">budget du chapitre&#160;9</a> et l’
            <a href="/chapitres/mesurer-l-efficacite/#simulateur-entonnoir">
              entonnoir du chapitre&#160;10
            </a>
            . Tout le fil&#8239;: <a href="/campagne/">Ma campagne</a>.
          </p>
        )}
      </fieldset>

      <SectionResultats id="tdb" titre="Tableau de bord" enErreur={enErreur}>
        {r ? (
          <>
            <div
              class="tableau-defilant"
              tabIndex={0}
              role="region"
              aria-label="Tableau de bord, objectifs et réalisations"
            >
              <table class="tableau-donnees" data-tableau="tableau-de-bord">
                <caption>
                  Écart = réalisé − objectif&#8239;; taux de réalisation = réalisé ÷ objectif
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Indicateur</th>
                    <th scope="col" class="nombre">
                      Objectif
                    </th>
                    <th scope="col" class="nombre">
                      Réalisé
                    </th>
                    <th scope="col" class="nombre">
                      Écart
                    </th>
                    <th scope="col" class="nombre">
                      Taux de réalisation
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.lignes.map((l) => (
                    <tr key={l.ligne} data-ligne={l.ligne}>
                      <th scope="row">{enTexte(l.ligne)}</th>
                      <td class="nombre">{formatNombre(l.objectif, 0)}</td>
                      <td class="nombre">{formatNombre(l.realise, 0)}</td>
                      <td class="nombre">{signe(formatNombre(l.ecart, 0), l.ecart)}</td>
                      <td class="nombre">{ou(l.taux, pourcentage)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <dl class="indicateurs">
              {indicateur(
                'cout-par-contact',
                'Coût par contact appelé',
                (i) => i.coutParContact,
                (n) => formatMontantPrecis(n, r.devise),
              )}
              {indicateur(
                'cout-par-rdv',
                'Coût par rendez-vous',
                (i) => i.coutParRdv,
                (n) => formatMontantPrecis(n, r.devise),
              )}
              {indicateur(
                'cout-par-client',
                'Coût d’acquisition d’un client',
                (i) => i.coutParClient,
                (n) => formatMontantPrecis(n, r.devise),
              )}
              {indicateur(
                'marge-par-client',
                'Marge par client',
                (i) => i.margeParClient,
                (n) => formatMontantPrecis(n, r.devise),
              )}
              {indicateur(
                'resultat',
                'Résultat de l’opération',
                (i) => i.resultat,
                (n) => signe(m(n), n),
                true,
              )}
              {indicateur(
                'roi',
                'ROI sur la marge',
                (i) => i.roi,
                (n) => signe(pourcentage(n), n),
                true,
              )}
              <div>
                <dt>CA minimum (dépenses ÷ {mots.taux})</dt>
                <dd data-resultat="ca-minimum">{m(r.caMinimum)}</dd>
                <dd class="indicateur-detail" data-resultat="ca-minimum-verdict">
                  {r.manqueCa > 0 ? (
                    <>
                      non atteint, il manque <span data-resultat="manque-ca">{m(r.manqueCa)}</span>
                    </>
                  ) : (
                    'atteint'
                  )}
                </dd>
              </div>
              <div>
                <dt>Clients pour rentabiliser</dt>
                <dd data-resultat="clients-pour-rentabiliser">
                  {ou(r.clientsPourRentabiliser, (n) => formatNombre(n, 0))}
                </dd>
              </div>
            </dl>
            <div ref={refConclusion} class="vue-differee" data-vue="conclusion">
              {Conclusion ? (
                <Conclusion resultat={r} />
              ) : (
                <p role="status" class="chargement">
                  Chargement de la conclusion…
                </p>
              )}
            </div>
          </>
        ) : (
          <p>Saisissez vos objectifs et vos réalisations pour obtenir le tableau de bord.</p>
        )}
      </SectionResultats>
    </div>
  );
}

/** Unit costs keep their cents (20,50 €): rounded to the unit they would hide the differences. */
const formatMontantPrecis = (n: number, devise: 'EUR' | 'MAD') => formatMontant(n, devise, 2);
