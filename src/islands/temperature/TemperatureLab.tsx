/**
 * Island « Température » (chapter 3): a dozen contacts of the current company's cleaned file,
 * each with its signals; the learner gives each a stage, then « Comparer » sets the rule's stage
 * and reason beside every answer, with the share of agreements. Thin: the draw and the rule are
 * in src/lib (temperature.ts, temperature-echantillon.ts), the state in src/stores/temperature.ts.
 */
import { useStore } from '@nanostores/preact';
import {
  $comparaisonTemperature,
  $echantillonTemperature,
  $exerciceTemperature,
  autresContacts,
  comparer,
  effacerReponses,
} from '../../stores/temperature.ts';
import { $entreprise, $dateReference } from '../../stores/campagne.ts';
import { TAILLE_ECHANTILLON } from '../../lib/cible/temperature-echantillon.ts';
import { LIBELLES_STADE, STADES, type Stade } from '../../lib/cible/temperature.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { useMonte } from '../ui/hydratation.ts';
import { CarteContact } from './CarteContact.tsx';

const PLURIELS: Record<Stade, string> = {
  suspect: 'suspects',
  froid: 'prospects froids',
  tiede: 'prospects tièdes',
  chaud: 'prospects chauds',
  client: 'clients',
};
const dateFr = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const jourFr = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? dateFr.format(t).replace(/^1 /, '1er ') : iso;
};
const pluriel = (n: number, mot: string) => `${formatNombre(n, 0)}\u00a0${mot}${n >= 2 ? 's' : ''}`;

export default function TemperatureLab() {
  // The sample depends on what this browser stored (company, cleaning log): the server renders
  // the loading state, and the contacts come right after mounting (see hydratation.ts).
  const monte = useMonte();
  const etatStocke = useStore($echantillonTemperature),
    exercice = useStore($exerciceTemperature);
  const comparaison = useStore($comparaisonTemperature),
    entreprise = useStore($entreprise),
    dateReference = useStore($dateReference);
  const etat = monte ? etatStocke : { etat: 'chargement' as const };
  const contacts = etat.etat === 'pret' ? etat.echantillon.contacts : [];
  const repondus = contacts.filter((c) => exercice.reponses[c.contact.id]).length;
  const repartition = etat.etat === 'pret' ? etat.echantillon.repartition : undefined;

  return (
    <div
      class="labo-corps"
      data-island="temperature"
      data-etat={etat.etat}
      data-entreprise={monte ? entreprise?.id : undefined}
    >
      <AvisStockage />
      {etat.etat === 'chargement' && (
        <p role="status" class="chargement">
          Chargement des contacts du fichier…
        </p>
      )}
      {etat.etat === 'erreur' && <p class="labo-avertissement">{etat.message}</p>}
      {etat.etat === 'pret' && (
        <>
          <p class="temperature-entete">
            {contacts.length} contacts du fichier nettoyé de <strong>{entreprise?.nom}</strong>,
            tirage n°&#8239;<span data-resultat="tirage">{exercice.tirage + 1}</span>. Lisez les
            signaux de chacun, puis choisissez son stade.
          </p>
          <p class="temperature-legende">
            Ouvertures&#8239;: e-mails de la campagne ouverts. Clics&#8239;: sur le lien de l’offre.
            Visites&#8239;: du site de l’entreprise. Les durées sont comptées jusqu’au{' '}
            {jourFr(dateReference)}, jour où le fichier est examiné.
          </p>
          <ol class="temperature-contacts">
            {contacts.map((c, i) => (
              <CarteContact
                key={c.contact.id}
                rang={i + 1}
                contact={c.contact}
                classement={c.classement}
                reponse={exercice.reponses[c.contact.id]}
                compare={exercice.compare}
              />
            ))}
          </ol>
          <div class="labo-actions">
            <button type="button" class="bouton" onClick={comparer}>
              Comparer avec la règle
            </button>
            <button type="button" class="bouton-discret" onClick={autresContacts}>
              Autres contacts
            </button>
            <button type="button" class="bouton-discret" onClick={effacerReponses}>
              Effacer mes réponses
            </button>
          </div>
        </>
      )}

      <section
        class="labo-resultats"
        aria-live="polite"
        aria-labelledby="temperature-resultats-titre"
      >
        <h3 id="temperature-resultats-titre">Résultat</h3>
        {!comparaison && (
          <p>
            {repondus} contact{repondus >= 2 ? 's' : ''} classé{repondus >= 2 ? 's' : ''} sur{' '}
            {contacts.length || TAILLE_ECHANTILLON}. Quand vous êtes prêt, comparez avec la
            règle&#8239;: les réponses manquantes comptent comme des désaccords.
          </p>
        )}
        {comparaison && (
          <>
            <dl class="indicateurs">
              <div class="indicateur-principal">
                <dt>Comme la règle</dt>
                <dd>
                  <span data-resultat="accords">{comparaison.accords}</span> sur{' '}
                  <span data-resultat="total">{comparaison.total}</span>
                </dd>
              </div>
              <div>
                <dt>Score</dt>
                <dd data-resultat="score">{formatPourcentage(comparaison.taux, 0)}</dd>
              </div>
              <div>
                <dt>Réponses données</dt>
                <dd data-resultat="repondus">{comparaison.repondus}</dd>
              </div>
            </dl>
            <p class="labo-explication">
              {comparaison.accords === comparaison.total
                ? 'Tous vos classements suivent la règle. Tirez d’autres contacts pour vous entraîner sur des cas plus rares.'
                : `${pluriel(comparaison.total - comparaison.accords, 'désaccord')} (réponses manquantes comprises), dont ${formatNombre(comparaison.ecarts.filter((e) => e === 1).length, 0)} à un seul cran de la règle. Lisez la raison donnée sous chacun.`}
            </p>
            {repartition && (
              <p class="temperature-repartition" data-resultat="repartition">
                Dans tout le fichier, la règle compte{' '}
                {STADES.map(
                  (s) =>
                    `${formatNombre(repartition[s], 0)}\u00a0${repartition[s] >= 2 ? PLURIELS[s] : LIBELLES_STADE[s]}`,
                ).join(', ')}
                . L’échantillon prend les stades à tour de rôle&#8239;: il n’est pas représentatif
                du fichier.
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
