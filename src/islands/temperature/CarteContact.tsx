/**
 * One contact of the « Température » sample: who it is, the signals it shows, a radio group
 * for the learner's stage (native radios: arrow keys move, Tab leaves the group) and, once
 * compared, the rule's stage and reason. Thin: the verdict comes from src/lib/cible/temperature.ts.
 */
import { nomAffiche, type Prospect } from '../../lib/commun/prospect.ts';
import {
  depuis,
  LIBELLES_STADE,
  STADES,
  type ClassementContact,
  type Stade,
} from '../../lib/cible/temperature.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { repondre } from '../../stores/temperature.ts';

const COURT: Record<Stade, string> = {
  suspect: 'Suspect',
  froid: 'Froid',
  tiede: 'Tiède',
  chaud: 'Chaud',
  client: 'Client',
};
const dateFr = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const jourFr = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? dateFr.format(t) : 'date inconnue';
};

interface Props {
  rang: number;
  contact: Prospect;
  classement: ClassementContact;
  reponse?: Stade;
  compare: boolean;
}

/** One contact card. */
export function CarteContact({ rang, contact: p, classement: c, reponse, compare }: Props) {
  const nom = nomAffiche({ prospect: p }) || p.id;
  const profil = [
    p.type === 'B2B' ? [p.prenom, p.nom].filter(Boolean).join(' ') : '',
    p.fonction,
    p.ville,
  ]
    .filter(Boolean)
    .join(' · ');
  const verdict = !compare
    ? undefined
    : reponse === undefined
      ? 'sans-reponse'
      : reponse === c.stade
        ? 'accord'
        : 'desaccord';
  return (
    <li class="carte-contact" data-contact={p.id} data-verdict={verdict}>
      <fieldset>
        <legend>
          <span class="carte-rang">{rang}.</span> {nom}
        </legend>
        {profil && <p class="carte-profil">{profil}</p>}
        <dl class="carte-signaux">
          <div>
            <dt>Ouvertures</dt>
            <dd data-signal="ouvertures">{formatNombre(p.ouvertures, 0)}</dd>
          </div>
          <div>
            <dt>Clics</dt>
            <dd data-signal="clics">{formatNombre(p.clics, 0)}</dd>
          </div>
          <div>
            <dt>Visites</dt>
            <dd data-signal="visitesSite">{formatNombre(p.visitesSite, 0)}</dd>
          </div>
          <div>
            <dt>Devis</dt>
            <dd data-signal="demandeDevis">{p.demandeDevis ? 'oui' : 'non'}</dd>
          </div>
          <div class="carte-large">
            <dt>Dernier échange</dt>
            <dd data-signal="dernierContact">
              {c.joint && c.joursDepuisContact !== null
                ? `${depuis({ jours: c.joursDepuisContact })} (${jourFr(p.dateDernierContact)})`
                : `jamais joint (collecté le ${jourFr(p.dateCollecte)})`}
            </dd>
          </div>
          <div class="carte-large">
            <dt>Campagne passée</dt>
            <dd data-signal="converti">{p.converti ? 'a signé une commande' : 'n’a pas signé'}</dd>
          </div>
          {c.joursDepuisRefus !== null && (
            <div class="carte-large">
              <dt>Refus au téléphone</dt>
              <dd data-signal="dateRefus">{depuis({ jours: c.joursDepuisRefus })}</dd>
            </div>
          )}
          {p.opposition && (
            <div class="carte-large">
              <dt>Opposition</dt>
              <dd data-signal="opposition">s’oppose à la prospection</dd>
            </div>
          )}
        </dl>
        <div class="choix-stade">
          {STADES.map((s) => (
            <label key={s} data-stade={s}>
              <input
                type="radio"
                name={`temperature-${p.id}`}
                value={s}
                checked={reponse === s}
                onChange={() => repondre(p.id, s)}
              />
              {COURT[s]}
            </label>
          ))}
        </div>
        {verdict && (
          <div class="carte-verdict" data-regle={c.stade}>
            <p class="carte-verdict-titre" data-resultat="verdict">
              {verdict === 'accord'
                ? '✓ Comme la règle'
                : verdict === 'sans-reponse'
                  ? `Pas de réponse. La règle\u202f: ${LIBELLES_STADE[c.stade]}`
                  : `✗ Vous\u202f: ${LIBELLES_STADE[reponse as Stade]}. La règle\u202f: ${LIBELLES_STADE[c.stade]}`}
            </p>
            <p class="carte-raison" data-resultat="raison">
              {c.raison}
            </p>
          </div>
        )}
      </fieldset>
    </li>
  );
}
