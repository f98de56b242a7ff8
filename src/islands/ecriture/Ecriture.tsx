/**
 * Island « Atelier d’écriture » (chapter 13): the learner writes a prospecting e-mail or
 * letter for the company studied; each criterion of src/lib/ecriture updates as they type and
 * says why it passes or fails and how to fix it. Copy and print come last. Thin: the rules and
 * the law are in src/lib/ecriture, the draft in src/stores/ecriture.ts.
 */
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { evaluerRedaction } from '../../lib/ecriture/criteres.ts';
import { cleExigences, type Exigence, type Pays } from '../../lib/ecriture/mentions-legales.ts';
import { $entreprise } from '../../stores/campagne.ts';
import {
  $brouillon,
  BROUILLON_VIDE,
  effacerBrouillon,
  modifierBrouillon,
  type Brouillon,
} from '../../stores/ecriture.ts';
import { useMonte, useSaisiePrecoce, useZoneDeTexte } from '../ui/hydratation.ts';

/** What the wrapper knows of each sample company. */
export interface ExpediteurEcriture {
  nom: string;
  pays: Pays;
}

const PAYS: Record<Pays, string> = { FR: 'France', MA: 'Maroc' };

export default function Ecriture({
  expediteurs,
  exigences,
}: {
  expediteurs: Record<string, ExpediteurEcriture>;
  exigences: Record<string, Exigence[]>;
}) {
  const monte = useMonte();
  const stocke = useStore($brouillon),
    entreprise = useStore($entreprise);
  const b = monte ? stocke : BROUILLON_VIDE;
  const [copie, setCopie] = useState('');
  const exp: ExpediteurEcriture =
    (monte && entreprise && expediteurs[entreprise.id]) ||
    (monte && entreprise
      ? { nom: entreprise.nom, pays: entreprise.devise === 'MAD' ? 'MA' : 'FR' }
      : Object.values(expediteurs)[0]);
  const eval_ = evaluerRedaction({
    ...b,
    pays: exp.pays,
    expediteur: exp.nom,
    destinataire: { prenom: b.prenom, nom: b.nom, societe: b.societe },
    exigences: exigences[cleExigences({ pays: exp.pays, canal: b.canal, cible: b.cible })] ?? [],
  });
  // What was typed or chosen before hydration reaches the draft (b is the server's, here).
  const refs = {
    canal: useSaisiePrecoce<HTMLSelectElement>(b.canal),
    cible: useSaisiePrecoce<HTMLSelectElement>(b.cible),
    consentement: useSaisiePrecoce(b.consentement),
    prenom: useSaisiePrecoce(b.prenom),
    nom: useSaisiePrecoce(b.nom),
    societe: useSaisiePrecoce(b.societe),
    objet: useSaisiePrecoce(b.objet),
  };
  const texte = useZoneDeTexte(b.texte);
  const texteChamp = (champ: keyof Brouillon) => (e: Event) =>
    modifierBrouillon(champ, (e.currentTarget as HTMLInputElement).value as never);
  const copier = () => {
    const tout = `${b.canal === 'email' ? 'Objet' : 'Objet'} : ${b.objet}\n\n${b.texte}`;
    void navigator.clipboard?.writeText(tout).then(
      () => setCopie('Texte copié.'),
      () =>
        setCopie(
          'Copie refusée par le navigateur : sélectionnez le texte et copiez-le au clavier.',
        ),
    );
  };

  return (
    <div class="labo-corps ecriture" data-island="ecriture" data-pays={exp.pays}>
      <p>
        Vous écrivez pour <strong>{exp.nom}</strong> ({PAYS[exp.pays]})&#8239;: les mentions légales
        vérifiées sont celles de ce pays.
      </p>
      <fieldset class="ecriture-contexte">
        <legend>Le message</legend>
        <div class="ecriture-ligne">
          <label>
            Canal{' '}
            <select ref={refs.canal} value={b.canal} onChange={texteChamp('canal')}>
              <option value="email">E-mail</option>
              <option value="lettre">Lettre</option>
            </select>
          </label>
          <label>
            Cible{' '}
            <select ref={refs.cible} value={b.cible} onChange={texteChamp('cible')}>
              <option value="professionnel">Un professionnel</option>
              <option value="particulier">Un particulier</option>
            </select>
          </label>
          {b.canal === 'email' && (
            <label class="ecriture-case">
              <input
                ref={refs.consentement}
                type="checkbox"
                checked={b.consentement}
                onChange={(e) => modifierBrouillon('consentement', e.currentTarget.checked)}
              />{' '}
              Le destinataire a accepté de recevoir nos e-mails
            </label>
          )}
        </div>
        <div class="ecriture-ligne">
          <label>
            Prénom du destinataire{' '}
            <input
              ref={refs.prenom}
              value={b.prenom}
              onInput={texteChamp('prenom')}
              autocomplete="off"
            />
          </label>
          <label>
            Nom{' '}
            <input ref={refs.nom} value={b.nom} onInput={texteChamp('nom')} autocomplete="off" />
          </label>
          <label>
            Entreprise (si professionnel){' '}
            <input
              ref={refs.societe}
              value={b.societe}
              onInput={texteChamp('societe')}
              autocomplete="off"
            />
          </label>
        </div>
      </fieldset>
      <label class="ecriture-bloc">
        Objet{' '}
        <input
          ref={refs.objet}
          value={b.objet}
          onInput={texteChamp('objet')}
          maxLength={300}
          data-champ="objet"
        />
      </label>
      <label class="ecriture-bloc">
        Texte du message{' '}
        <textarea
          rows={14}
          {...texte}
          onInput={texteChamp('texte')}
          data-champ="texte"
          spellcheck
        />
      </label>
      <div class="labo-actions">
        <button type="button" class="bouton" onClick={copier}>
          Copier le texte
        </button>
        <button type="button" class="bouton-discret" onClick={() => window.print()}>
          Imprimer
        </button>
        <button type="button" class="bouton-discret" onClick={effacerBrouillon}>
          Effacer
        </button>
        <span role="status">{copie}</span>
      </div>
      <section class="labo-resultats" aria-live="polite" aria-labelledby="ecriture-resultats-titre">
        <h3 id="ecriture-resultats-titre">Les critères</h3>
        {!eval_.ok ? (
          <p class="labo-avertissement">{eval_.erreur.message}</p>
        ) : (
          <>
            <p data-resultat="criteres">
              <strong>{eval_.valeur.reussis}</strong>{' '}
              {eval_.valeur.reussis < 2 ? 'critère rempli' : 'critères remplis'} sur{' '}
              {eval_.valeur.total} — {eval_.valeur.mots}&#160;
              {eval_.valeur.mots < 2 ? 'mot' : 'mots'}.
            </p>
            <ul class="ecriture-criteres">
              {eval_.valeur.criteres.map((c) => (
                <li key={c.id} data-critere={c.id} data-ok={c.ok ? 'oui' : 'non'}>
                  <span class="ecriture-etat">{c.ok ? '✓ Rempli' : '✗ À revoir'}</span>{' '}
                  <strong>{c.libelle}</strong>&#8239;: {c.pourquoi}
                  {c.conseil && (
                    <>
                      <br />
                      <span class="ecriture-conseil">Pour corriger&#8239;: {c.conseil}</span>
                    </>
                  )}
                  {c.source && (
                    <>
                      <br />
                      <small>Source&#8239;: {c.source}</small>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
