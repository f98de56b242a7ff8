/**
 * Legal check of a planned campaign on the selection (chapter 5, « Les règles de la prospection »):
 * pick a channel and a date, see the rows a rule of the COMPANY's country excludes, with the rule,
 * its source and the reason, the duties to meet beforehand, and where that law is silent. This
 * module and the rules (src/lib/droit, with the holiday calendar) load when the learner opens this
 * part (RequeteFichier).
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import {
  citer,
  etatDuDroit,
  LIBELLES_CANAL,
  verifierCampagne,
  type Canal,
  type Infraction,
} from '../../lib/droit/index.ts';
import { nomAffiche, type Prospect } from '../../lib/commun/prospect.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { $dateReference, $entreprise } from '../../stores/campagne.ts';
import { exporterSelection } from './exporter.ts';

const CANAUX: readonly Canal[] = [
  'email',
  'sms',
  'telephone',
  'automate',
  'courrier',
  'visite',
  'porte-a-porte',
];

export function ControleRgpd({
  lignes,
  entreprise,
}: {
  lignes: readonly Prospect[];
  entreprise: string;
}) {
  const aujourdhui = useStore($dateReference);
  const pays = useStore($entreprise)?.pays ?? 'FR';
  const [canal, setCanal] = useState<Canal | ''>('');
  const [liee, setLiee] = useState(true);
  const [date, setDate] = useState<string | null>(null);
  const jour = date ?? aujourdhui;
  const r = canal
    ? verifierCampagne({
        pays,
        campagne: { canal, offreLieeAuPoste: liee, date: jour },
        prospects: lignes,
        aujourdhui,
      })
    : null;
  const etat = etatDuDroit({ pays, date: jour });
  const parId = new Map(lignes.map((p) => [p.id, p]));
  const exclues = r?.ok ? new Set(r.valeur.aExclure) : new Set<string>();
  const exporter = () =>
    void exporterSelection({
      nom: `${entreprise}-campagne-${canal}`,
      prospects: lignes.filter((p) => !exclues.has(p.id)),
    });
  const fiches = (i: Infraction) =>
    i.ids
      .slice(0, 6)
      .map((id) => `${id} ${nomAffiche({ prospect: parId.get(id)! })}`)
      .join(', ') + (i.ids.length > 6 ? '…' : '');
  return (
    <fieldset class="labo-groupe fichier-rgpd" data-rgpd data-pays={pays}>
      <legend>Contrôle juridique d’une campagne sur cette sélection</legend>
      <p class="labo-explication" data-resultat="droit-applique">
        {etat.ok
          ? `${etat.valeur.titre}\u202f: la loi du pays de l’entreprise, à la date de la campagne.`
          : etat.erreur.message}
      </p>
      <label>
        Canal de la campagne{' '}
        <select value={canal} onChange={(e) => setCanal(e.currentTarget.value as Canal)}>
          <option value="">— choisir —</option>
          {CANAUX.map((c) => (
            <option key={c} value={c}>
              {LIBELLES_CANAL[c]}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Date de la campagne{' '}
        <input type="date" value={jour} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      {canal === 'email' && pays === 'FR' && (
        <label class="fichier-choix">
          <input
            type="checkbox"
            checked={liee}
            onChange={(e) => setLiee(e.currentTarget.checked)}
          />{' '}
          L’offre a un rapport avec le métier des professionnels visés
        </label>
      )}
      <div aria-live="polite">
        {r && !r.ok && (
          <p class="champ-erreur" role="alert">
            {r.erreur.message}
          </p>
        )}
        {r?.ok && (
          <>
            <p data-resultat="a-exclure">
              {r.valeur.conforme
                ? 'Aucune règle enfreinte\u202f: la campagne peut viser toute la sélection.'
                : `${formatNombre(r.valeur.aExclure.length, 0)} fiche${r.valeur.aExclure.length > 1 ? 's' : ''} à exclure sur ${formatNombre(lignes.length, 0)}.`}
            </p>
            <ul class="fichier-infractions">
              {r.valeur.infractions.map((i) => (
                <li key={i.id} data-regle={i.id} data-lignes={i.ids.length}>
                  <strong>{i.libelle}</strong>
                  {'\u202f'}: {formatNombre(i.ids.length, 0)} fiche{i.ids.length > 1 ? 's' : ''} (
                  {i.raison}){' '}
                  <span class="fichier-detail">
                    — {i.base}
                    {i.portee === 'recommandation' ? ', recommandation' : ''}
                  </span>
                  <br />
                  <span class="fichier-detail">{fiches(i)}</span>
                </li>
              ))}
            </ul>
            {(r.valeur.prealables.length > 0 || r.valeur.silences.length > 0) && (
              <ul class="fichier-infractions" data-resultat="prealables">
                {r.valeur.prealables.map((g) => (
                  <li key={g.id} data-prealable={g.id}>
                    À faire avant l’envoi{'\u202f'}: {g.libelle}{' '}
                    <span class="fichier-detail">— {citer(g.source)}</span>
                  </li>
                ))}
                {r.valeur.silences.map((g) => (
                  <li key={g.id} data-silence={g.id}>
                    {g.libelle} <span class="fichier-detail">— {citer(g.source)}</span>
                  </li>
                ))}
              </ul>
            )}
            {!r.valeur.conforme && (
              <button type="button" class="bouton" onClick={exporter}>
                Exporter la sélection sans ces fiches (CSV)
              </button>
            )}
          </>
        )}
      </div>
    </fieldset>
  );
}
