/** Steps 5 to 8 of the form: target and offer (3.1–3.2), method and cost (3.3), preparation (4.1), results (4.2–4.3). */
import { useState } from 'preact/hooks';
import { ETAPES, NOMS_ETAPES, type Dossier, type Etapes } from '../../lib/dossier/modele.ts';
import { modifierDossier } from '../../stores/dossier.ts';
import { maj, majAvec, Nombre, Texte } from './champs.tsx';

type P = { d: Dossier; symbole: string };

/** Step 5 (3.1–3.2): target, persona, qualification and offer. */
export function EtapeCible({ d }: P) {
  const c = d.cible;
  return (
    <>
      <Texte
        id="d-type-clientele"
        libelle="3.1.1 Type de clientèle visée"
        valeur={c.typeClientele}
        onSaisie={(t) => maj('cible', 'typeClientele', t)}
        long
      />
      <Texte
        id="d-persona-cible"
        libelle="3.1.2 Persona de la cible"
        valeur={c.persona}
        onSaisie={(t) => maj('cible', 'persona', t)}
        long
      />
      <Texte
        id="d-qualification"
        libelle="3.1.3 Qualification du prospect"
        valeur={c.qualification}
        onSaisie={(t) => maj('cible', 'qualification', t)}
        long
      />
      <Texte
        id="d-offre-retenue"
        libelle="3.2 Offre retenue"
        valeur={c.offreRetenue}
        onSaisie={(t) => maj('cible', 'offreRetenue', t)}
        long
      />
    </>
  );
}

/** Step 6 (3.3): the method, why, and its cost lines. */
export function EtapeMethode({ d, symbole }: P) {
  const m = d.methode;
  const couts = (f: (l: Dossier['methode']['couts']) => Dossier['methode']['couts']) =>
    majAvec('methode', 'couts', f);
  const modifier = (i: number, cle: 'action' | 'montant', v: unknown) =>
    couts((ls) => ls.map((l, j) => (j === i ? { ...l, [cle]: v } : l)));
  return (
    <>
      <Texte
        id="d-methode"
        libelle="3.3.1 Méthode choisie"
        valeur={m.nom}
        onSaisie={(t) => maj('methode', 'nom', t)}
      />
      <Texte
        id="d-justification"
        libelle="Pourquoi cette méthode"
        valeur={m.justification}
        onSaisie={(t) => maj('methode', 'justification', t)}
        long
      />
      <fieldset class="dossier-groupe">
        <legend>3.3.2 Coût de la prospection</legend>
        <ul class="dossier-categories">
          {m.couts.map((l, i) => (
            <li key={i} class="dossier-ligne">
              <Texte
                id={`d-cout-${i}`}
                libelle={`Action ${i + 1}`}
                valeur={l.action}
                onSaisie={(t) => modifier(i, 'action', t)}
              />
              <Nombre
                id={`d-cout-${i}-montant`}
                libelle={`Montant de l’action ${i + 1}`}
                valeur={l.montant}
                unite={symbole}
                onValeur={(v) => modifier(i, 'montant', v)}
              />
              <button
                type="button"
                class="bouton-discret"
                aria-label={`Retirer l’action ${i + 1}`}
                onClick={() => couts((ls) => ls.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          class="bouton"
          disabled={m.couts.length >= 30}
          onClick={() => couts((ls) => [...ls, { action: '' }])}
        >
          + Ajouter une ligne de coût
        </button>
      </fieldset>
    </>
  );
}

/** Takes the counts of 4.1.2 from the file studied on /donnees/ (loaded on click: it pulls the file checks). */
function BaseDepuisFichier({ d }: P) {
  const [message, setMessage] = useState<{ erreur: boolean; texte: string }>();
  const reprendre = async () => {
    const b = d.base;
    const deja = [b.fiches, b.doublons, b.incompletes, b.opposees].some((x) => x !== undefined);
    if (
      deja &&
      !window.confirm(
        'Remplacer les chiffres de la base déjà saisis par ceux du fichier étudié\u202F?',
      )
    )
      return;
    setMessage({ erreur: false, texte: 'Analyse du fichier…' });
    const { baseDuFichier } = await import('./chargeur-fichier.ts');
    const r = await baseDuFichier();
    if (!r.ok) {
      setMessage({ erreur: true, texte: r.erreur.message });
      return;
    }
    const { nom, ...comptes } = r.valeur;
    modifierDossier((x) => ({ ...x, base: { ...x.base, ...comptes } }));
    setMessage({
      erreur: false,
      texte: `Chiffres repris du fichier «\u00A0${nom}\u00A0» (page Données).`,
    });
  };
  return (
    <div class="dossier-ligne">
      <button type="button" class="bouton" onClick={reprendre}>
        Reprendre les chiffres du fichier étudié
      </button>
      {message && (
        <p
          class={message.erreur ? 'dossier-message erreur' : 'dossier-message'}
          role={message.erreur ? 'alert' : 'status'}
        >
          {message.texte}
        </p>
      )}
    </div>
  );
}

/** Step 7 (4.1): the base, its quality, the tools, time needed and available. */
export function EtapePreparation({ d, symbole }: P) {
  const b = d.base;
  const t = d.temps;
  const nb = (cle: 'fiches' | 'doublons' | 'incompletes' | 'opposees', libelle: string) => (
    <Nombre
      id={`d-${cle}`}
      libelle={libelle}
      valeur={b[cle]}
      onValeur={(x) => maj('base', cle, x)}
    />
  );
  const nt = (
    cle: 'visitesAFaire' | 'semaines' | 'joursParSemaine' | 'visitesParJour' | 'commerciaux',
    libelle: string,
  ) => (
    <Nombre
      id={`d-${cle}`}
      libelle={libelle}
      valeur={t[cle]}
      onValeur={(x) => maj('temps', cle, x)}
    />
  );
  return (
    <>
      <Texte
        id="d-constitution"
        libelle="4.1.1 Constitution de la base de données"
        valeur={b.constitution}
        onSaisie={(x) => maj('base', 'constitution', x)}
        long
      />
      <fieldset class="dossier-groupe">
        <legend>4.1.2 La base en chiffres</legend>
        <div class="dossier-ligne">
          {nb('fiches', 'Fiches de la base')}
          {nb('doublons', 'Doublons')}
          {nb('incompletes', 'Fiches incomplètes')}
          {nb('opposees', 'Opposées à la prospection')}
        </div>
        <BaseDepuisFichier d={d} symbole={symbole} />
      </fieldset>
      <Texte
        id="d-outils"
        libelle="4.1.3 Outils de prospection"
        valeur={b.outils}
        onSaisie={(x) => maj('base', 'outils', x)}
        long
      />
      <fieldset class="dossier-groupe">
        <legend>4.1.4 Temps nécessaire et temps disponible</legend>
        <div class="dossier-ligne">
          {nt('visitesAFaire', 'Visites à faire')}
          {nt('semaines', 'Semaines de prospection')}
          {nt('joursParSemaine', 'Jours de terrain par semaine')}
        </div>
        <div class="dossier-ligne">
          {nt('visitesParJour', 'Visites par jour')}
          {nt('commerciaux', 'Commerciaux disponibles')}
        </div>
      </fieldset>
      <Texte
        id="d-planning"
        libelle="4.1.5 Étapes et planning"
        valeur={t.planning}
        onSaisie={(x) => maj('temps', 'planning', x)}
        long
      />
    </>
  );
}

/** Step 8 (4.2–4.3): objectives and results stage by stage, CA and margin generated, conclusion. */
export function EtapeResultats({ d, symbole }: P) {
  const r = d.resultats;
  const etape = (groupe: 'etapes' | 'objectifsEtapes', e: keyof Etapes, v: number | undefined) =>
    maj('resultats', groupe, { ...r[groupe], [e]: v });
  return (
    <>
      <fieldset class="dossier-groupe">
        <legend>4.2 Étapes de la campagne&#8239;: objectif et réalisé</legend>
        {ETAPES.map((e) => (
          <div key={e} class="dossier-ligne">
            <Nombre
              id={`d-obj-${e}`}
              libelle={`${NOMS_ETAPES[e]} (objectif)`}
              valeur={r.objectifsEtapes[e]}
              onValeur={(v) => etape('objectifsEtapes', e, v)}
            />
            <Nombre
              id={`d-reel-${e}`}
              libelle={`${NOMS_ETAPES[e]} (réalisé)`}
              valeur={r.etapes[e]}
              onValeur={(v) => etape('etapes', e, v)}
            />
          </div>
        ))}
      </fieldset>
      <div class="dossier-ligne">
        <Nombre
          id="d-ca-genere"
          libelle="CA généré par la campagne"
          valeur={r.chiffreAffairesGenere}
          unite={symbole}
          onValeur={(v) => maj('resultats', 'chiffreAffairesGenere', v)}
        />
        <Nombre
          id="d-marge-generee"
          libelle="Marge générée"
          valeur={r.margeGeneree}
          unite={symbole}
          negatifPermis
          onValeur={(v) => maj('resultats', 'margeGeneree', v)}
        />
      </div>
      <Texte
        id="d-conclusion"
        libelle="4.3.3 Conclusion sur l’opération"
        valeur={d.conclusion}
        onSaisie={(x) => modifierDossier((y) => ({ ...y, conclusion: x }))}
        long
      />
    </>
  );
}
