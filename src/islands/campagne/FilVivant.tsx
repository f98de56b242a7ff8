/**
 * « Ma campagne » once its stores are loaded (FilCampagne.tsx loads this part as it nears the
 * screen): the thread of the company studied, from the file to the dashboard, each step with the
 * figure its chapter shows, its state and a link to its simulator; the funnel drawn as a funnel
 * (with its table). `compact`: the short version of the home page.
 * Every figure comes from the chapters' stores (stores/fil.ts); this component only writes them.
 */
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { $donnees, $entreprise, $entreprises, choisirEntreprise } from '../../stores/campagne.ts';
import {
  $campagneMethodeChoisie,
  $contextePlan,
  $etatsFil,
  $evaluationBudget,
  $evaluationCapacite,
  $evaluationTableauDeBord,
  $filFichier,
  $plan,
  connaitreLesFiches,
  lignesNecessaires,
} from '../../stores/fil.ts';
import { $contexte } from '../../stores/contexte.ts';
import {
  chiffreDuFil,
  ETAPES_FIL,
  LIBELLES_ETAT,
  type ChiffreDuFil,
  type IdEtapeFil,
} from '../../lib/campagne/fil.ts';
import { accorder } from '../../lib/commun/accord.ts';
import { apresOperations } from '../../lib/fichier/operations.ts';
import { formatMontant, formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { majuscule } from '../../lib/commun/majuscule.ts';
import { motsRemuneration } from '../../lib/marges/remuneration.ts';
import { EntonnoirDessine } from './EntonnoirDessine.tsx';
import { yieldToMain } from '../ui/yield-to-main.ts';

/**
 * Resolves once the rows of the company studied have arrived (or failed to). The thread is computed
 * after that, not before: its stores listened while the rows load are all computed again, with the
 * component re-rendered, in the one task where the rows arrive (about 400 ms of a phone's main
 * thread at 4× CPU on /campagne/, Lighthouse's total blocking time).
 */
function donneesArrivees(): Promise<void> {
  return new Promise((resolve) => {
    let arrive = false;
    const arreter = $donnees.subscribe((d) => {
      if (arrive || d.etat === 'chargement' || d.id !== $entreprise.get()?.id) return;
      arrive = true;
      resolve();
      // A microtask later: at subscription time the function is not returned yet.
      queueMicrotask(() => arreter());
    });
  });
}

/**
 * Computes the thread's stores one after the other once the rows are there, giving the main thread
 * back between two (issue 14): the first render, which mounts them all at once, cost a phone one
 * task of about 400 ms (4× CPU) on /campagne/. A listened store keeps its value, so that render only
 * reads them; the listeners stay, the component's own subscriptions keeping the same stores alive
 * anyway.
 */
export async function calculerLeFil(fiches: Readonly<Record<string, number>>): Promise<void> {
  connaitreLesFiches(fiches);
  // Listening gives the file's counts: at once when nothing done needs the rows, else it starts
  // their download (stores/fil.ts), and keeps them while the rest computes.
  $filFichier.listen(() => {});
  if (lignesNecessaires()) await donneesArrivees();
  await yieldToMain();
  for (const s of [
    $entreprise,
    $entreprises,
    $campagneMethodeChoisie,
    $evaluationCapacite,
    $contextePlan,
    $evaluationBudget,
    $plan,
    $evaluationTableauDeBord,
    $etatsFil,
  ]) {
    s.listen(() => {});
    s.get();
    await yieldToMain();
  }
}

/** The value of an evaluation, or undefined while a field is in error. */
const valeur = <T,>(r: { ok: true; valeur: T } | { ok: false }) => (r.ok ? r.valeur : undefined);

type Chiffres = Record<IdEtapeFil, { long: ComponentChildren; court: string }>;

function useChiffres(): { chiffres: Chiffres; devise: 'EUR' | 'MAD' } {
  const e = useStore($entreprise),
    f = useStore($filFichier),
    methode = useStore($campagneMethodeChoisie);
  const capacite = valeur(useStore($evaluationCapacite)),
    equipe = useStore($contextePlan).commerciaux,
    budget = valeur(useStore($evaluationBudget)),
    plan = useStore($plan),
    tableau = valeur(useStore($evaluationTableauDeBord));
  const devise = e?.devise ?? 'EUR',
    m = (n: number) => formatMontant(n, devise, 0);
  const fiches = (n: number) => accorder(n, 'fiche', 'fiches', { feminin: true });
  const p = plan.ok ? plan.valeur : null;
  const chiffres: Chiffres = {
    fichier: !f
      ? { long: 'Chargement du fichier…', court: '…' }
      : f.operations > 0
        ? {
            long: (
              <>
                <strong data-chiffre>{fiches(f.nettoye)}</strong> {apresOperations(f.operations)},
                sur {formatNombre(f.origine, 0)} à l’origine
              </>
            ),
            court: fiches(f.nettoye),
          }
        : {
            long: (
              <>
                <strong data-chiffre>{fiches(f.origine)}</strong>, fichier brut pas encore nettoyé
              </>
            ),
            court: fiches(f.origine),
          },
    selection: !f
      ? { long: '…', court: '…' }
      : {
          long: (
            <>
              <strong data-chiffre>
                {accorder(f.retenus, 'prospect retenu', 'prospects retenus')}
              </strong>{' '}
              sur {fiches(f.nettoye)} notées
            </>
          ),
          court: accorder(f.retenus, 'prospect', 'prospects'),
        },
    methode: methode
      ? {
          long: (
            <>
              <strong data-chiffre>{methode.nom}</strong>&#8239;:{' '}
              {accorder(methode.contacts, 'contact', 'contacts')} pour{' '}
              <span data-montant>{m(methode.coutTotal)}</span>
            </>
          ),
          court: methode.nom,
        }
      : { long: 'Aucune méthode choisie pour l’instant', court: 'aucune' },
    capacite: capacite
      ? {
          long: (
            <>
              <strong data-chiffre>
                {accorder(capacite.visitesNecessaires, 'visite', 'visites', { feminin: true })}
              </strong>{' '}
              à faire, {formatNombre(capacite.visitesPossibles, 0)} possibles par commercial&#8239;:{' '}
              {accorder(
                capacite.commerciauxNecessaires,
                'commercial nécessaire',
                'commerciaux nécessaires',
              )}
              , l’équipe en compte {formatNombre(equipe, 0)} (fiche de l’entreprise)
            </>
          ),
          court: accorder(capacite.visitesNecessaires, 'visite', 'visites', { feminin: true }),
        }
      : { long: 'Des chiffres sont à corriger au chapitre\u00a08', court: 'à corriger' },
    budget: budget
      ? {
          long: (
            <>
              <strong data-chiffre data-montant>
                {m(budget.total)}
              </strong>{' '}
              de dépenses, soit un CA minimum de <span data-montant>{m(budget.caMinimum)}</span>
            </>
          ),
          court: m(budget.total),
        }
      : { long: 'Le budget est à corriger au chapitre\u00a09', court: 'à corriger' },
    entonnoir: p
      ? {
          long: (
            <>
              <strong data-chiffre>
                {accorder(p.contacts, 'contact', 'contacts')} →{' '}
                {accorder(p.commandes, 'commande', 'commandes', { feminin: true })}
              </strong>
              {p.chiffreAffaires !== null && (
                <>
                  , soit <span data-montant>{m(p.chiffreAffaires)}</span> de CA attendu
                </>
              )}
            </>
          ),
          court: accorder(p.commandes, 'commande', 'commandes', { feminin: true }),
        }
      : { long: plan.ok ? '' : plan.erreur.message, court: 'à corriger' },
    tableau: tableau
      ? {
          long: (
            <>
              Résultat réalisé&#8239;:{' '}
              <strong data-chiffre data-montant>
                {m(tableau.realise.resultat)}
              </strong>
              {tableau.realise.roi !== undefined && (
                <>
                  , ROI sur {motsRemuneration(e?.fiche?.offre.remuneration).leGain}{' '}
                  {formatPourcentage(tableau.realise.roi, 1)}
                </>
              )}
              , pour un objectif de <span data-montant>{m(tableau.objectif.resultat)}</span>
            </>
          ),
          court: m(tableau.realise.resultat),
        }
      : { long: 'Le tableau de bord est à corriger au chapitre\u00a011', court: 'à corriger' },
  };
  return { chiffres, devise };
}

function Pastille({ etat, chapitre }: { etat?: string; chapitre: number }) {
  return (
    <span class="fil-pastille" data-etat={etat} aria-hidden="true">
      {etat === 'fait' ? '✓' : etat === 'a-revoir' ? '!' : chapitre}
    </span>
  );
}

export function FilVivant({ compact = false }: { compact?: boolean }) {
  const etats = useStore($etatsFil),
    entreprise = useStore($entreprise),
    entreprises = useStore($entreprises),
    plan = useStore($plan);
  const { chiffres, devise } = useChiffres();
  const campagnePassee = useStore($contexte)?.campagnePassee?.nom;
  // A step « à faire » never shows the lesson's example as the company's figure (issue 14).
  const montre = (id: IdEtapeFil): ChiffreDuFil =>
    chiffreDuFil({ id, etat: etats[id].etat, campagnePassee });
  const faits = ETAPES_FIL.filter((s) => etats[s.id].etat === 'fait').length;

  if (compact) {
    return (
      <div
        class="fil fil-compact"
        data-island="ma-campagne"
        data-entreprise={entreprise?.id}
        data-devise={devise}
      >
        <p>
          Pour <strong>{entreprise?.nom}</strong>&#8239;:{' '}
          {accorder(faits, 'étape faite', 'étapes faites', { feminin: true })} sur{' '}
          {ETAPES_FIL.length}.
        </p>
        <ol class="fil-chemin">
          {ETAPES_FIL.map((s) => (
            <li key={s.id} data-etape={s.id} data-etat={etats[s.id].etat}>
              <Pastille etat={etats[s.id].etat} chapitre={s.chapitre} />
              <a href={s.lien}>
                <span class="fil-chapitre">Ch.&#160;{s.chapitre}</span> {s.titre}
              </a>
              <span class="fil-court">
                {montre(s.id).montrer ? chiffres[s.id].court : '—'}
                <span class="visuellement-cache">, </span>
                <span class="fil-etat">{LIBELLES_ETAT[etats[s.id].etat]}</span>
              </span>
            </li>
          ))}
        </ol>
        <p>
          <a href="/campagne/">Voir toute ma campagne</a>
        </p>
      </div>
    );
  }

  return (
    <div
      class="fil"
      data-island="ma-campagne"
      data-entreprise={entreprise?.id}
      data-devise={devise}
    >
      <div class="fil-entreprise">
        <label for="fil-choix-entreprise">Entreprise étudiée</label>
        <select
          id="fil-choix-entreprise"
          value={entreprise?.id}
          onChange={(ev) => choisirEntreprise(ev.currentTarget.value)}
        >
          {entreprises.map((x) => (
            <option key={x.id} value={x.id}>
              {x.importe ? `Mon fichier\u202f: ${x.nom}` : x.nom}
            </option>
          ))}
        </select>
        <p class="fil-bilan" role="status">
          {majuscule(accorder(faits, 'étape faite', 'étapes faites', { feminin: true }))} sur{' '}
          {ETAPES_FIL.length}&#8239;; montants en {devise === 'MAD' ? 'dirhams (DH)' : 'euros (€)'}.
        </p>
      </div>
      <ol class="fil-chemin">
        {ETAPES_FIL.map((s) => {
          const e = etats[s.id],
            c = montre(s.id);
          return (
            <li key={s.id} data-etape={s.id} data-etat={e?.etat}>
              <Pastille etat={e?.etat} chapitre={s.chapitre} />
              <div class="fil-contenu">
                <h2>
                  <span class="fil-chapitre">Chapitre&#160;{s.chapitre}</span> {s.titre}
                </h2>
                <p class="fil-etat-ligne">
                  État&#8239;:{' '}
                  <strong class="fil-etat" data-resultat="etat">
                    {LIBELLES_ETAT[e.etat]}
                  </strong>
                </p>
                {c.montrer && c.mention && (
                  <p class="fil-raison" data-resultat="origine">
                    {c.mention}
                  </p>
                )}
                <p class="fil-chiffre" data-resultat="chiffre">
                  {c.montrer ? chiffres[s.id].long : c.texte}
                </p>
                {e.raison && (
                  <p class="fil-raison" data-resultat="raison">
                    {e.raison}
                  </p>
                )}
                {s.id === 'entonnoir' && plan.ok && c.montrer && (
                  <EntonnoirDessine effectifs={plan.valeur.effectifs} />
                )}
                <p class="fil-lien">
                  <a href={s.lien}>
                    {e.etat === 'fait'
                      ? 'Revoir'
                      : e.etat === 'a-revoir'
                        ? 'Mettre à jour'
                        : 'Faire'}{' '}
                    au chapitre&#160;{s.chapitre}
                    <span class="visuellement-cache">, {s.titre.toLowerCase()}</span>
                  </a>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
