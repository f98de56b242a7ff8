/**
 * Island « Comparateur de méthodes » (chapter 7): the six methods compared on the same contacts or
 * budget (clients, cost per client, margin, ROI), the figures of one method to edit, its Monte
 * Carlo view and its rules, and « Choisir cette méthode » for the rest of the campaign.
 * Thin: the store parses and calls src/lib.
 */
import { useStore } from '@nanostores/preact';
import {
  $saisieMethodes,
  $evaluationMethodes,
  $margeOffre,
  $coutVisite,
  $revueMethode,
  retenirMethode,
  saisieParDefaut,
  evaluerMethodes,
  figuresParDefaut,
  margeParDefaut,
  modifierMethodes,
  modifierFigure,
  reinitialiserFigures,
} from '../../stores/methodes.ts';
import { $entreprise, $selection, $travail } from '../../stores/campagne.ts';
import { majuscule } from '../../lib/commun/majuscule.ts';
import { accorder } from '../../lib/commun/accord.ts';
import {
  formatMontant,
  formatNombre,
  formatPourcentage,
  symboleDevise,
} from '../../lib/commun/nombres.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import { useVueDifferee } from '../ui/vue-differee.ts';
import { useSaisiePrecoce } from '../ui/hydratation.ts';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useSimulateur, SectionResultats, PartirDeLaSelection } from '../ui/simulateur.tsx';
import { TableauMethodes } from './TableauMethodes.tsx';
import { FiguresMethode } from './FiguresMethode.tsx';

// What the server renders (and the hydrating render repeats): the defaults of a company in euros.
const DEFAUT = saisieParDefaut('EUR');
const EVALUATION_DEFAUT = evaluerMethodes({ saisie: DEFAUT, devise: 'EUR' });

/** The rules of each method's channel, and the course's note on it (looked up by the wrapper at build time). */
export type ReglesParMethode = Record<
  string,
  { regles: { id: string; libelle: string; base: string }[]; note?: string }
>;
/** Those rules for each country, with the title of that « état du droit »: the island shows the studied company's. */
export type ReglesParPays = Record<'FR' | 'MA', { titre: string; methodes: ReglesParMethode }>;

/**
 * What a sale leaves each sample company, in its words (« marge », « commissions »), and the
 * field's hint with its arithmetic: worked out at build time from the cards (MethodesLab.astro,
 * lib/marges/remuneration.ts), so the island ships none of it; `defaut` for a learner's own file.
 */
export interface MotsMethodes {
  /** The field's label, capitalised: « Marge par client gagné ». */
  libelle: string;
  /** What is kept overall: « marge », « commissions ». */
  gain: string;
  /** « Par défaut, la marge moyenne par commande de Vénimob : … ». */
  aide?: string;
}
export type MotsParEntreprise = {
  defaut: MotsMethodes;
  parEntreprise: Record<string, MotsMethodes>;
};

export default function MethodesLab({
  regles: droit,
  mots: motsEntreprises,
}: {
  regles: ReglesParPays;
  mots: MotsParEntreprise;
}) {
  const {
    monte,
    saisie,
    erreurs,
    resultat: r,
    enErreur,
  } = useSimulateur($saisieMethodes, $evaluationMethodes, DEFAUT, EVALUATION_DEFAUT);
  const travail = useStore($travail),
    entrepriseStockee = useStore($entreprise),
    offreStockee = useStore($margeOffre),
    selection = useStore($selection).length,
    visiteStockee = useStore($coutVisite),
    revue = useStore($revueMethode);
  const entreprise = monte ? entrepriseStockee : undefined,
    offre = monte ? offreStockee : undefined,
    coutVisite = monte ? visiteStockee : null;
  const choisie = monte ? travail.methode : null;
  const droitPays = entreprise?.pays ?? 'FR',
    regles = droit[droitPays].methodes; // the law of the studied company's country
  // The Monte Carlo view (simulation and charts) loads when it nears the screen, like Chart.js.
  const { ref: refVue, Vue } = useVueDifferee(() =>
    import('./MonteCarloMethode.tsx').then((x) => x.VueMonteCarlo),
  );
  // A base or a method chosen before hydration reaches the store (see useSaisiePrecoce).
  const baseContacts = useSaisiePrecoce(saisie.base === 'contacts'),
    baseBudget = useSaisiePrecoce(saisie.base === 'budget'),
    etudiee = useSaisiePrecoce<HTMLSelectElement>(saisie.etudiee);
  if (!r) return null;
  const devise = r.devise,
    symbole = symboleDevise(devise);
  const montant = (v: number) => formatMontant(v, devise, 0);
  const mots =
    (offre && entreprise && motsEntreprises.parEntreprise[entreprise.id]) || motsEntreprises.defaut;
  const montant2 = (v: number) => formatMontant(v, devise, 2);
  const methode = r.methodes.find((m) => m.id === saisie.etudiee) ?? r.methodes[0];
  const ligne = r.comparaison.find((l) => l.id === methode.id)!;
  const nbRegles = regles[methode.id]?.regles.length ?? 0;
  const enErreurAilleurs = r.methodes.filter(
    (m) => m.id !== methode.id && Object.keys(erreurs).some((k) => k.startsWith(`${m.id}-`)),
  );

  return (
    <div
      class="labo-corps"
      data-island="methodes"
      data-devise={devise}
      data-entreprise={entreprise?.id ?? ''}
    >
      <AvisStockage />
      <fieldset class="labo-groupe">
        <legend>Base de comparaison{entreprise ? ` pour ${entreprise.nom}` : ''}</legend>
        <div class="choix-taux">
          <label>
            <input
              type="radio"
              name="methodes-base"
              ref={baseContacts}
              checked={saisie.base === 'contacts'}
              onChange={() => modifierMethodes({ base: 'contacts' })}
            />{' '}
            le même nombre de contacts pour chaque méthode
          </label>
          <label>
            <input
              type="radio"
              name="methodes-base"
              ref={baseBudget}
              checked={saisie.base === 'budget'}
              onChange={() => modifierMethodes({ base: 'budget' })}
            />{' '}
            le même budget pour chaque méthode
          </label>
        </div>
        <div class="methodes-base">
          {saisie.base === 'contacts' ? (
            <ChampNombre
              id="methodes-contacts"
              libelle="Nombre de contacts"
              valeur={saisie.contacts}
              erreur={erreurs.contacts}
              onSaisie={(t) => modifierMethodes({ contacts: t })}
              aide={`Par exemple ${formatNombre(1000, 0)}`}
            />
          ) : (
            <ChampNombre
              id="methodes-budget"
              libelle="Budget de la campagne"
              unite={symbole}
              valeur={saisie.budget}
              erreur={erreurs.budget}
              onSaisie={(t) => modifierMethodes({ budget: t })}
            />
          )}
          {monte && (
            <PartirDeLaSelection
              nombre={selection}
              entreprise={entreprise?.nom}
              utilisee={
                saisie.base === 'contacts' &&
                saisie.contacts.replace(/\s/g, '') === String(selection)
              }
              onUtiliser={() => {
                modifierMethodes({ base: 'contacts', contacts: String(selection) });
                // The method chosen now rests on this selection (issue 14, D11).
                if (choisie) retenirMethode(choisie, selection);
              }}
            />
          )}
          {monte && revue && (
            <p class="labo-avertissement" data-revoir="methode">
              Méthode retenue à revoir. {revue} «&#160;Partir de ma sélection&#160;» la met à jour.
            </p>
          )}
          <ChampNombre
            id="methodes-marge"
            libelle={mots.libelle}
            unite={symbole}
            valeur={
              saisie.margeParClient ??
              (offre ? formatNombre(offre.marge, 2) : margeParDefaut(devise))
            }
            erreur={erreurs.margeParClient}
            onSaisie={(t) => modifierMethodes({ margeParClient: t })}
            aide={mots.aide}
          />
        </div>
        {devise === 'MAD' && (
          <p class="champ-aide">
            Chiffres par défaut du cours convertis à 10&#160;DH pour 1&#160;€ (ordre de grandeur,
            arrondi)&#8239;: remplacez-les par les coûts de l’entreprise.
          </p>
        )}
        {coutVisite !== null && (
          <p class="champ-aide" data-resultat="cout-visite">
            Une visite sur le terrain coûte {montant2(coutVisite)}&#8239;: le coût d’une visite de{' '}
            {entreprise?.nom ?? 'l’entreprise'}, calculé plus haut dans la leçon (
            <a href="#ce-que-coûte-vraiment-une-visite">le calcul</a>).
          </p>
        )}
      </fieldset>

      <SectionResultats id="methodes" titre="Comparaison des six méthodes" enErreur={enErreur}>
        {enErreurAilleurs.map((m) => (
          <p key={m.id} class="labo-avertissement">
            Un chiffre de la méthode «&#160;{m.nom}&#160;» est invalide&#8239;:{' '}
            <button
              type="button"
              class="bouton-discret"
              onClick={() => modifierMethodes({ etudiee: m.id })}
            >
              corriger
            </button>
          </p>
        ))}
        <TableauMethodes
          avecContacts={saisie.base === 'budget'}
          noms={Object.fromEntries(r.methodes.map((m) => [m.id, m.nomCourt ?? m.nom]))}
          lignes={r.comparaison}
          devise={devise}
          choisie={choisie}
          etudiee={methode.id}
          onEtudier={(id) => modifierMethodes({ etudiee: id })}
        />
        <p class="labo-explication">
          {saisie.base === 'contacts'
            ? `${majuscule(accorder(r.comparaison[0].contacts, 'contact', 'contacts'))} pour chaque méthode. `
            : ''}
          {mots.libelle}&#8239;: {montant(r.margeParClient)}. ROI = ({mots.gain} − coût) ÷ coût.
          Cliquez sur une méthode pour modifier ses chiffres et simuler ses campagnes.
        </p>
      </SectionResultats>

      <fieldset class="labo-groupe" data-methode-etudiee={methode.id}>
        <legend>Les chiffres de la méthode «&#160;{methode.nom}&#160;»</legend>
        <label class="choix-methode">
          Méthode étudiée{' '}
          <select
            ref={etudiee}
            value={methode.id}
            onChange={(e) => modifierMethodes({ etudiee: e.currentTarget.value })}
          >
            {r.methodes.map((m) => (
              <option key={m.id} value={m.id}>
                {m.nom}
              </option>
            ))}
          </select>
        </label>
        <FiguresMethode
          methode={methode}
          figures={saisie.figures[methode.id] ?? figuresParDefaut(methode)}
          erreurs={erreurs}
          symbole={symbole}
          onSaisie={(champ, t) => modifierFigure(methode.id, champ, t)}
        />
        <dl class="indicateurs">
          <div class="indicateur-principal">
            <dt>Clients attendus (en moyenne)</dt>
            <dd data-resultat="clients">{formatNombre(ligne.clients.esperance, 1)}</dd>
          </div>
          <div>
            <dt>Coût par client</dt>
            <dd data-resultat="cout-par-client">
              {ligne.coutParClient === null ? '—' : montant(ligne.coutParClient)}
            </dd>
          </div>
          <div>
            <dt>Taux global (moyen)</dt>
            <dd data-resultat="taux-global">{formatPourcentage(ligne.tauxGlobal.moyen, 2)}</dd>
          </div>
          <div>
            <dt>Jours de travail</dt>
            <dd data-resultat="jours">{formatNombre(ligne.jours, 1)}</dd>
          </div>
        </dl>
        <div class="labo-actions">
          <button
            type="button"
            class="bouton principal"
            onClick={() => retenirMethode(methode.id, ligne.contacts)}
            disabled={!monte}
          >
            {choisie === methode.id ? 'Méthode retenue pour la campagne' : 'Choisir cette méthode'}
          </button>
          <button
            type="button"
            class="bouton-discret"
            onClick={() => reinitialiserFigures(methode.id)}
          >
            Revenir aux chiffres du cours
          </button>
        </div>
        <p data-resultat="methode-choisie" role="status">
          {choisie
            ? `Méthode retenue pour ${entreprise?.nom ?? 'la campagne'}\u202f: ${r.methodes.find((m) => m.id === choisie)?.nom ?? choisie}. Le budget (chapitre 9) partira de ses coûts.`
            : 'Aucune méthode retenue pour l’instant.'}
        </p>
      </fieldset>

      <div ref={refVue} class="vue-differee" data-vue="monte-carlo">
        {Vue ? (
          <Vue esperance={ligne.clients.esperance} devise={devise} gain={mots.gain} />
        ) : (
          <p role="status" class="chargement">
            Chargement de la simulation…
          </p>
        )}
      </div>

      <section
        class="labo-graphique"
        aria-labelledby="methodes-regles-titre"
        data-regles={methode.id}
      >
        <h3 id="methodes-regles-titre">Les règles à respecter pour «&#160;{methode.nom}&#160;»</h3>
        <p data-droit={droitPays}>{droit[droitPays].titre}&#8239;:</p>
        {/* Folded: on a phone the rules of one method run to a screen and a half. */}
        <details>
          <summary>
            Voir {nbRegles}&#160;règle{nbRegles > 1 ? 's' : ''} et leurs sources
          </summary>
          <ul class="regles-methode">
            {(regles[methode.id]?.regles ?? []).map((g) => (
              <li key={g.id} data-regle={g.id}>
                {g.libelle} <span class="champ-aide">({g.base})</span>
              </li>
            ))}
          </ul>
        </details>
        {regles[methode.id]?.note && <p class="labo-explication">{regles[methode.id].note}</p>}
      </section>
    </div>
  );
}
