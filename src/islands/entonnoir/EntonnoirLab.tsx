/**
 * Island « Entonnoir » (chapter 10): forward from a number of contacts, or backward from an
 * objective in orders, with four editable stage rates; the selected company's past campaign is
 * set beside the plan. Thin: the store parses and calls src/lib.
 */
import { useStore } from '@nanostores/preact';
import {
  $saisieEntonnoir,
  $evaluationEntonnoir,
  TAUX,
  choisirMode,
  modifierEntonnoir,
  modifierTaux,
  reinitialiserEntonnoir,
  evaluerEntonnoir,
  ENTONNOIR_PAR_DEFAUT,
} from '../../stores/entonnoir.ts';
import { $entreprise, $selection } from '../../stores/campagne.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { accorder } from '../../lib/commun/accord.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { useSaisiePrecoce } from '../ui/hydratation.ts';
import { useSimulateur, SectionResultats, PartirDeLaSelection } from '../ui/simulateur.tsx';
import { Graphique } from '../charts/Graphique.tsx';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { TableauEntonnoir } from './TableauEntonnoir.tsx';
import { useVueDifferee } from '../ui/vue-differee.ts';

const nombre = (v: number) => formatNombre(v, 2);
const EVALUATION_PAR_DEFAUT = evaluerEntonnoir(ENTONNOIR_PAR_DEFAUT);

export default function EntonnoirLab() {
  // The server rendered the lesson's example: hydrate on it, then show what this browser stored
  // (Preact's hydration does not patch attributes such as data-resultat or aria-invalid).
  const {
    monte,
    saisie,
    erreurs,
    resultat: r,
    enErreur,
  } = useSimulateur(
    $saisieEntonnoir,
    $evaluationEntonnoir,
    ENTONNOIR_PAR_DEFAUT,
    EVALUATION_PAR_DEFAUT,
  );
  const entrepriseStockee = useStore($entreprise);
  const entreprise = monte ? entrepriseStockee : undefined;
  const selection = useStore($selection).length;
  // The Monte Carlo band (1 000 campaigns per keystroke) loads when it nears the screen, like a chart.
  const { ref: refBande, Vue: Bande } = useVueDifferee(() =>
    import('./BandeMonteCarlo.tsx').then((m) => m.BandeMonteCarlo),
  );
  const avant = saisie.mode === 'avant';
  // A direction picked before hydration reaches the store (see useSaisiePrecoce).
  const modeAvant = useSaisiePrecoce(avant),
    modeRebours = useSaisiePrecoce(!avant);
  // The past campaign and the one diagnosis (the same as chapter 11's) load as they near the screen.
  const { ref: refRealise, Vue: Realise } = useVueDifferee(() =>
    import('./Realise.tsx').then((m) => m.Realise),
  );
  // Where the rates come from (the method of chapter 7, the past campaign…) ships with the plan.
  const { ref: refOrigine, Vue: Origine } = useVueDifferee(() =>
    import('./OrigineTaux.tsx').then((m) => m.OrigineTaux),
  );
  // « À revoir » on this page, the state /campagne/ gives this step (same store), loaded after the island.
  const { ref: refRevoir, Vue: ARevoir } = useVueDifferee(() =>
    import('../campagne/EtapeARevoir.tsx').then((m) => m.EtapeARevoir),
  );
  const derniere = r?.etapes[r.etapes.length - 1],
    premiere = r?.etapes[0];

  return (
    <div class="labo-corps" data-island="entonnoir">
      <AvisStockage />
      <div ref={refRevoir} data-vue="a-revoir">
        {ARevoir && monte && <ARevoir etape="entonnoir" />}
      </div>
      {/* The rates first, in the DOM as on a projected screen (beside the result): the keyboard
          meets them where the eye does (WCAG 2.4.3). */}
      <fieldset class="labo-groupe">
        <legend>Taux de chaque étape (sur l’étape précédente)</legend>
        <div class="entonnoir-taux">
          {TAUX.map((t, i) => (
            <ChampNombre
              key={i}
              id={`entonnoir-taux-${i}`}
              libelle={t.libelle}
              unite="%"
              valeur={saisie.taux[i]}
              erreur={erreurs[`taux-${i}`]}
              onSaisie={(v) => modifierTaux(i, v)}
            />
          ))}
        </div>
        <div ref={refOrigine} data-vue="origine-taux">
          {Origine && monte && <Origine />}
        </div>
        {erreurs.taux && (
          <p class="champ-erreur" role="alert">
            {erreurs.taux}
          </p>
        )}
        <div class="labo-actions">
          <button type="button" class="bouton-discret" onClick={reinitialiserEntonnoir}>
            Revenir à l’exemple
          </button>
        </div>
      </fieldset>

      <fieldset class="labo-groupe">
        <legend>Sens du calcul</legend>
        <div class="choix-taux">
          <label>
            <input
              type="radio"
              name="entonnoir-mode"
              ref={modeAvant}
              checked={avant}
              onChange={() => choisirMode('avant')}
            />{' '}
            À partir des contacts (vers l’avant)
          </label>
          <label>
            <input
              type="radio"
              name="entonnoir-mode"
              ref={modeRebours}
              checked={!avant}
              onChange={() => choisirMode('rebours')}
            />{' '}
            À partir d’un objectif (à rebours)
          </label>
        </div>
        {avant ? (
          <ChampNombre
            id="entonnoir-contacts"
            libelle="Nombre de contacts appelés"
            valeur={saisie.contacts}
            erreur={erreurs.contacts}
            onSaisie={(t) => modifierEntonnoir({ contacts: t })}
            aide="Par exemple 800"
          />
        ) : (
          <ChampNombre
            id="entonnoir-objectif"
            libelle="Objectif de commandes"
            valeur={saisie.objectif}
            erreur={erreurs.objectif}
            onSaisie={(t) => modifierEntonnoir({ objectif: t })}
            aide="Par exemple 24"
          />
        )}
        {avant && monte && (
          <PartirDeLaSelection
            nombre={selection}
            entreprise={entreprise?.nom}
            utilisee={saisie.contacts.trim() === String(selection)}
            // The selection's contacts, with the rates of the method chosen in chapter 7 (D3).
            onUtiliser={() =>
              void import('../../stores/plan.ts').then((m) =>
                m.partirDeLaSelectionAvecSesTaux(selection),
              )
            }
            vide={
              <>
                Pas encore de sélection pour cette entreprise&#8239;: au{' '}
                <a href="/chapitres/selectionner-les-prospects/">chapitre&#160;6</a>, choisissez vos
                prospects pour partir de votre propre fichier.
              </>
            }
          />
        )}
      </fieldset>

      <SectionResultats id="entonnoir" enErreur={enErreur}>
        {r && premiere && derniere ? (
          <dl class="indicateurs">
            {r.mode === 'avant' ? (
              <div class="indicateur-principal">
                <dt>Commandes attendues</dt>
                <dd data-resultat="commandes">{formatNombre(derniere.effectif, 0)}</dd>
              </div>
            ) : (
              <div class="indicateur-principal">
                <dt>Contacts à appeler</dt>
                <dd data-resultat="contacts-necessaires">{nombre(premiere.effectif)}</dd>
              </div>
            )}
            <div>
              <dt>Taux global (produit des taux des étapes)</dt>
              <dd data-resultat="taux-global">{formatPourcentage(r.tauxGlobal, 3)}</dd>
            </div>
            {r.mode === 'avant' ? (
              <div>
                <dt>Rendez-vous attendus</dt>
                <dd data-resultat="rdv">{formatNombre(r.etapes[2].effectif, 0)}</dd>
              </div>
            ) : (
              <div>
                <dt>Objectif visé</dt>
                <dd data-resultat="objectif">
                  {accorder(derniere.effectif, 'commande', 'commandes', { feminin: true })}
                </dd>
              </div>
            )}
          </dl>
        ) : (
          <p>
            Saisissez les taux et {avant ? 'le nombre de contacts' : 'l’objectif'} pour obtenir
            l’entonnoir.
          </p>
        )}
        {r?.mode === 'avant' && derniere && (
          <p class="labo-explication" data-resultat="note-entiers">
            On compte des personnes entières&#8239;: chaque étape est arrondie à l’unité la plus
            proche, étape après étape. En moyenne, la campagne donnerait{' '}
            {accorder(derniere.moyenne, 'commande', 'commandes', { feminin: true, decimales: 2 })}
            &#8239;: une moyenne, pas une promesse.
          </p>
        )}
        {r?.mode === 'rebours' && premiere && r.calculDirect !== undefined && (
          <p class="labo-explication" data-resultat="note-arrondi">
            Chaque étape est arrondie à l’unité supérieure&#8239;: on joint des personnes entières,
            et arrondir vers le bas ferait manquer l’objectif. Le calcul direct{' '}
            {nombre(derniere?.effectif ?? 0)} ÷ {formatPourcentage(r.tauxGlobal, 3)} donnerait{' '}
            {nombre(r.calculDirect)} {r.calculDirect < 2 ? 'contact' : 'contacts'}
            {premiere.effectif > r.calculDirect
              ? `, soit ${nombre(premiere.effectif - r.calculDirect)} de moins que nécessaire`
              : ''}
            .
          </p>
        )}
      </SectionResultats>

      {r && (
        <section class="labo-graphique" aria-labelledby="entonnoir-graphique-titre">
          <h3 id="entonnoir-graphique-titre">
            {r.mode === 'avant' ? 'L’entonnoir attendu' : 'L’entonnoir nécessaire'}
          </h3>
          <Graphique
            titre="Effectifs par étape"
            hauteur="14rem"
            donnees={{
              type: 'bar',
              horizontal: true,
              libelles: r.etapes.map((e) => e.nom),
              series: [
                {
                  id: 'plan',
                  libelle: r.mode === 'avant' ? 'Effectif attendu' : 'Effectif nécessaire',
                  valeurs: r.etapes.map((e) => e.effectif),
                },
              ],
              format: (v) => formatNombre(v, 1),
            }}
          />
          <TableauEntonnoir etapes={r.etapes} mode={r.mode} />
        </section>
      )}

      <div ref={refBande} class="vue-differee" data-vue="bande">
        {Bande ? (
          <Bande monte />
        ) : (
          <p role="status" class="chargement">
            Chargement de la simulation…
          </p>
        )}
      </div>

      <div ref={refRealise} class="vue-differee" data-vue="realise">
        {Realise && monte ? (
          <Realise entreprise={entreprise?.nom} />
        ) : (
          <p role="status" class="chargement">
            Chargement de la campagne passée…
          </p>
        )}
      </div>
    </div>
  );
}
