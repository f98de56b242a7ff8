/**
 * RGPD check of a planned campaign on the selection (chapter 5, « Les règles de la prospection »):
 * pick a channel, see the rows a rule forbids to contact and why. This module and the rules
 * (rgpd.ts, with the holiday calendar) load when the learner opens this part (RequeteFichier).
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { consentementTelephoneExige, verifierCampagne, type Canal, type Infraction } from '../../lib/rgpd.ts';
import { nomAffiche, type Prospect } from '../../lib/prospect.ts';
import { formatNombre } from '../../lib/nombres.ts';
import { $dateReference } from '../../stores/campagne.ts';
import { exporterSelection } from './exporter.ts';

const CANAUX: readonly [Canal, string][] = [['email', 'e-mail'], ['sms', 'SMS'], ['telephone', 'téléphone'], ['courrier', 'courrier postal'], ['visite', 'visite']];

export function ControleRgpd({ lignes, entreprise }: { lignes: readonly Prospect[]; entreprise: string }) {
  const aujourdhui = useStore($dateReference);
  const [canal, setCanal] = useState<Canal | ''>('');
  const [liee, setLiee] = useState(true);
  const [date, setDate] = useState<string | null>(null);
  const jour = date ?? aujourdhui;
  const r = canal ? verifierCampagne({ campagne: { canal, offreLieeAuPoste: liee, date: jour }, prospects: lignes, aujourdhui }) : null;
  const parId = new Map(lignes.map((p) => [p.id, p]));
  const exclues = r?.ok ? new Set(r.valeur.aExclure) : new Set<string>();
  const exporter = () => void exporterSelection({ nom: `${entreprise}-campagne-${canal}`, prospects: lignes.filter((p) => !exclues.has(p.id)) });
  const fiches = (i: Infraction) => i.ids.slice(0, 6).map((id) => `${id} ${nomAffiche({ prospect: parId.get(id)! })}`).join(', ') + (i.ids.length > 6 ? '…' : '');
  return (
    <fieldset class="labo-groupe fichier-rgpd" data-rgpd>
      <legend>Contrôle RGPD d’une campagne sur cette sélection</legend>
      <label>Canal de la campagne{' '}
        <select value={canal} onChange={(e) => setCanal(e.currentTarget.value as Canal)}>
          <option value="">— choisir —</option>
          {CANAUX.map(([c, l]) => <option key={c} value={c}>{l}</option>)}
        </select>
      </label>
      {canal === 'telephone' && (
        <label>Date de la campagne{' '}<input type="date" value={jour} onInput={(e) => setDate(e.currentTarget.value)} /></label>
      )}
      {canal === 'telephone' && consentementTelephoneExige({ date: jour }) && (
        <p class="labo-explication" data-resultat="regle-telephone">Depuis le 11 août 2026, appeler un particulier pour le prospecter suppose son accord préalable, et Bloctel a fermé. Le fichier n’enregistre pas cet accord&#8239;: toutes les fiches de particuliers sont à exclure. Choisissez une date antérieure pour voir la règle Bloctel qui s’appliquait avant.</p>
      )}
      {canal === 'email' && <label class="fichier-choix"><input type="checkbox" checked={liee} onChange={(e) => setLiee(e.currentTarget.checked)} /> L’offre a un rapport avec le métier des professionnels visés</label>}
      <div aria-live="polite">
        {r && !r.ok && <p class="champ-erreur" role="alert">{r.erreur.message}</p>}
        {r?.ok && (
          <>
            <p data-resultat="a-exclure">
              {r.valeur.conforme ? 'Aucune règle enfreinte\u202f: la campagne peut viser toute la sélection.' : `${formatNombre(r.valeur.aExclure.length, 0)} fiche${r.valeur.aExclure.length > 1 ? 's' : ''} à exclure sur ${formatNombre(lignes.length, 0)}.`}
            </p>
            <ul class="fichier-infractions">
              {r.valeur.infractions.map((i) => (
                <li key={i.id} data-regle={i.id} data-lignes={i.ids.length}>
                  <strong>{i.libelle}</strong>{'\u202f'}: {formatNombre(i.ids.length, 0)} fiche{i.ids.length > 1 ? 's' : ''} <span class="fichier-detail">({i.base})</span>
                  <br /><span class="fichier-detail">{fiches(i)}</span>
                </li>
              ))}
            </ul>
            {!r.valeur.conforme && <button type="button" class="bouton" onClick={exporter}>Exporter la sélection sans ces fiches (CSV)</button>}
          </>
        )}
      </div>
    </fieldset>
  );
}
