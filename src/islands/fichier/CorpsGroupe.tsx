/**
 * The rows of one group of the quality report, with the action that fixes each (« Corriger »,
 * « Fusionner », « Supprimer »). Loaded when the learner opens a group (RapportQualite), ten rows
 * at a time, so neither the page's first JavaScript nor a 1 000-row file pays for it up front.
 */
import { useState } from 'preact/hooks';
import type { LigneResume, ProblemeQualite, TypeProbleme } from '../../lib/fichier/qualite.ts';
import { champACorriger } from '../../lib/fichier/nettoyage.ts';
import { LIBELLES_PROSPECT, nomAffiche, type Prospect } from '../../lib/commun/prospect.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { ajouterOperation } from '../../stores/nettoyage.ts';
import { Correction } from './Correction.tsx';

const A_SUPPRIMER: readonly TypeProbleme[] = ['contact-perime', 'opposition'];
const CONSEILS: Partial<Record<TypeProbleme, string>> = {
  'doublon-probable':
    'Vérifiez avant de fusionner : deux homonymes de la même ville peuvent être deux personnes.',
  'contact-perime':
    'Plus de 3 ans sans contact venant de la personne : la fiche doit sortir du fichier.',
  opposition:
    'La personne a refusé toute prospection : retirez la fiche, et gardez son nom dans une liste d’opposition pour ne pas la réimporter.',
  bloctel:
    'Inscription sur l’ancienne liste française Bloctel, qui ne s’applique plus depuis le 11\u00a0août 2026\u202f: elle ne dit plus rien. Pour appeler un particulier, seul compte son consentement enregistré, que le contrôle d’une campagne par téléphone vérifie.',
};

function Ligne({ p }: { p: Prospect }) {
  return (
    <span class="fichier-fiche">
      <strong>{p.id}</strong> {nomAffiche({ prospect: p })}
      {p.ville ? ` · ${p.ville}` : ''}
    </span>
  );
}

function Doublon({
  probleme,
  parId,
}: {
  probleme: ProblemeQualite;
  parId: ReadonlyMap<string, Prospect>;
}) {
  const lignes = probleme.ids.map((id) => parId.get(id)).filter((p): p is Prospect => !!p);
  const [garder, setGarder] = useState(lignes[0]?.id ?? '');
  const nom = `garder-${probleme.ids.join('-')}`;
  return (
    <fieldset class="fichier-doublon">
      <legend>{lignes.length} fiches pour le même prospect ? Choisissez celle à garder</legend>
      {lignes.map((p) => (
        <label key={p.id} class="fichier-choix">
          <input
            type="radio"
            name={nom}
            value={p.id}
            checked={garder === p.id}
            onChange={() => setGarder(p.id)}
          />
          <span>
            <Ligne p={p} />
            <br />
            <span class="fichier-detail">
              {[
                p.email,
                p.telephone,
                p.dateDernierContact && `dernier contact ${p.dateDernierContact}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </span>
        </label>
      ))}
      <button
        type="button"
        class="bouton"
        onClick={() =>
          ajouterOperation({ type: 'fusionner', ids: lignes.map((p) => p.id), garder })
        }
      >
        Fusionner en gardant {garder}
      </button>
    </fieldset>
  );
}

function Probleme({
  probleme,
  parId,
  type,
}: {
  probleme: ProblemeQualite;
  parId: ReadonlyMap<string, Prospect>;
  type: TypeProbleme;
}) {
  const [ouvert, setOuvert] = useState(false);
  if (type === 'doublon-exact' || type === 'doublon-probable')
    return (
      <li>
        <Doublon probleme={probleme} parId={parId} />
      </li>
    );
  const p = parId.get(probleme.ids[0]);
  if (!p) return null;
  const champ = champACorriger({ type, prospect: p });
  return (
    <li class="fichier-probleme">
      <Ligne p={p} />
      {champ && (
        <span class="fichier-detail">
          {' '}
          {LIBELLES_PROSPECT[champ]} : {String(p[champ] ?? '') || '(vide)'}
        </span>
      )}
      {champ && !ouvert && (
        <button
          type="button"
          class="bouton-discret"
          onClick={() => setOuvert(true)}
          aria-label={`Corriger ${LIBELLES_PROSPECT[champ]} de ${p.id}`}
        >
          Corriger
        </button>
      )}
      {A_SUPPRIMER.includes(type) && (
        <button
          type="button"
          class="bouton-discret"
          onClick={() => ajouterOperation({ type: 'supprimer', ids: [p.id] })}
          aria-label={`Supprimer la fiche ${p.id}`}
        >
          Supprimer
        </button>
      )}
      {champ && ouvert && <Correction prospect={p} champ={champ} fermer={() => setOuvert(false)} />}
    </li>
  );
}

/** The body of an opened group: advice, bulk deletion where it applies, then its rows ten at a time. */
export function CorpsGroupe({
  ligne,
  problemes,
  parId,
}: {
  ligne: LigneResume;
  problemes: readonly ProblemeQualite[];
  parId: ReadonlyMap<string, Prospect>;
}) {
  const [montres, setMontres] = useState(10);
  const ids = [...new Set(problemes.flatMap((x) => x.ids))];
  return (
    <div class="fichier-groupe-corps">
      {CONSEILS[ligne.type] && <p class="labo-explication">{CONSEILS[ligne.type]}</p>}
      {A_SUPPRIMER.includes(ligne.type) && (
        <button
          type="button"
          class="bouton"
          onClick={() => ajouterOperation({ type: 'supprimer', ids })}
        >
          Supprimer les {formatNombre(ids.length, 0)} fiches
        </button>
      )}
      <ul class="fichier-problemes">
        {problemes.slice(0, montres).map((x) => (
          <Probleme key={x.ids.join('|')} probleme={x} parId={parId} type={ligne.type} />
        ))}
      </ul>
      {problemes.length > montres && (
        <button type="button" class="bouton-discret" onClick={() => setMontres(montres + 10)}>
          Voir 10 de plus ({formatNombre(problemes.length - montres, 0)} restants)
        </button>
      )}
    </div>
  );
}
