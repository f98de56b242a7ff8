/**
 * Island « Mon dossier de prospection »: the guided form in eight steps following the dossier's
 * outline (seed 002, parts 2 to 4), the analyses of each step computed at once from what was
 * typed (src/lib/dossier), the file tools, and the printable document. Thin: the store keeps
 * and saves the dossier, src/lib computes.
 */
import { symboleDevise } from '../../lib/commun/nombres.ts';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Dossier } from '../../lib/dossier/modele.ts';
import { useStore } from '@nanostores/preact';
import {
  $analyses,
  $dossier,
  $etape,
  $modeEnregistrement,
  $stockage,
  allerAEtape,
  chargerDossier,
  enregistrerMaintenant,
} from '../../stores/dossier.ts';
import { useMonte } from '../ui/hydratation.ts';
import { quandInactif } from '../../elements/inactif.ts';
import { CarteAnalyse } from './CarteAnalyse.tsx';
import { DroitDossier, type DroitParPays } from './DroitDossier.tsx';
import { ETAPES_FORMULAIRE } from './etapes.ts';
import { OutilsDossier } from './OutilsDossier.tsx';
import { yieldToMain } from '../ui/yield-to-main.ts';

type Formulaire = ComponentType<{ d: Dossier; symbole: string }>;

/**
 * The forms, loaded by half (parts 1–2, parts 3–4) when a step of that half is opened (issue 19:
 * a part not opened yet costs the page nothing); the other half follows at idle time, so moving
 * to the next step does not wait. Kept here once loaded, for every later render.
 */
const MOITIES = [
  () =>
    import('./FormulairesAnalyse.tsx').then((m) => [
      m.EtapeEntreprise,
      m.EtapePortefeuille,
      m.EtapeValeur,
      m.EtapeObjectifs,
    ]),
  () =>
    import('./FormulairesProspection.tsx').then((m) => [
      m.EtapeCible,
      m.EtapeMethode,
      m.EtapePreparation,
      m.EtapeResultats,
    ]),
];
const charges: (Formulaire[] | Promise<Formulaire[]> | undefined)[] = [];
function chargerMoitie(i: number): Promise<Formulaire[]> | Formulaire[] {
  return (charges[i] ??= MOITIES[i]().then((f) => (charges[i] = f)));
}

function useFormulaire(etape: number): Formulaire | null {
  const moitie = etape < 4 ? 0 : 1;
  const pret = charges[moitie];
  const [, setCharge] = useState(0);
  useEffect(() => {
    if (!Array.isArray(pret))
      void Promise.resolve(chargerMoitie(moitie)).then(() => setCharge((n) => n + 1));
  }, [moitie]);
  return Array.isArray(pret) ? pret[etape - moitie * 4] : null;
}

type Document = typeof import('./DocumentDossier.tsx').DocumentDossier;
type ModuleDocument = { Doc: Document; total: number };

let documentCharge: Promise<ModuleDocument> | undefined;
/** The printed document's module, fetched once whoever asks first: the idle time, print or « Imprimer ». */
const chargerDocument = () =>
  (documentCharge ??= import('./DocumentDossier.tsx').then((m) => ({
    Doc: m.DocumentDossier,
    total: m.PARTIES_DU_PLAN,
  })));

/**
 * The printed document, loaded and rendered once the page is idle: it is hidden on screen (print
 * CSS shows it), and building every part of it at load blocked a phone's main thread for about
 * 200 ms and weighed on the page's JS budget (issues 14 and 19). A print can come first (Ctrl+P
 * right after load, « Imprimer » on a busy phone): `imprimer` loads it, renders it, then prints;
 * Ctrl+P cannot wait for a module, so `beforeprint` starts the load and that print shows the
 * notice « Le dossier se prépare » instead of an empty page; the next one has the document.
 */
function useDocumentDifferee(): {
  Doc: Document | null;
  parties: number;
  complet: boolean;
  imprimer: () => void;
} {
  const [module, setModule] = useState<ModuleDocument | null>(null);
  const [parties, setParties] = useState(0);
  const [aImprimer, setAImprimer] = useState(false);
  useEffect(() => {
    const charger = () => {
      // The analyses first, in this idle task: the document's first render then reads them from
      // the computed store's cache instead of computing them all in its own task.
      $analyses.get();
      void chargerDocument().then(setModule);
      void chargerMoitie(0);
      void chargerMoitie(1);
    };
    const avantImpression = () => void chargerDocument().then(setModule);
    addEventListener('beforeprint', avantImpression);
    quandInactif(charger, { delai: 3000, repli: 500 });
    return () => removeEventListener('beforeprint', avantImpression);
  }, []);
  // One part of the outline per task: the whole document in one render blocked a phone's main
  // thread for about 300 ms at 4× CPU (Lighthouse's total blocking time on /mon-dossier/).
  useEffect(() => {
    if (!module || parties >= module.total) return;
    let annule = false;
    void yieldToMain().then(() => {
      if (!annule) setParties((n) => n + 1);
    });
    return () => {
      annule = true;
    };
  }, [module, parties]);
  const complet = module !== null && parties >= module.total;
  // Runs once the whole document is in the page: printing now prints it.
  useEffect(() => {
    if (!aImprimer || !complet) return;
    setAImprimer(false);
    window.print();
  }, [aImprimer, complet]);
  const imprimer = () => {
    // Already there: print within the click, as the browser expects of a print button.
    if (complet) return window.print();
    setAImprimer(true);
    void chargerDocument().then(setModule);
  };
  return { Doc: module?.Doc ?? null, parties, complet, imprimer };
}

/** The island: banner, file tools, steps, the current step's form and analyses, the printable document. */
export default function MonDossier({
  exemples,
  droit,
}: {
  exemples: { id: string; nom: string }[];
  droit: DroitParPays;
}) {
  const monte = useMonte();
  const dossier = useStore($dossier);
  const etape = useStore($etape);
  const stockage = useStore($stockage);
  const mode = useStore($modeEnregistrement);
  const { Doc: DocumentDossier, parties, complet, imprimer } = useDocumentDifferee();
  useEffect(() => {
    void chargerDossier();
    // A tab closed within the save delay still keeps the last keystrokes.
    addEventListener('pagehide', enregistrerMaintenant);
    return () => removeEventListener('pagehide', enregistrerMaintenant);
  }, []);
  const courante = ETAPES_FORMULAIRE[etape] ?? ETAPES_FORMULAIRE[0];
  // The analyses are read only once something shows them (a step with analysis cards, the printed
  // document): the first step has none, and computing them all within the hydration made it one
  // long task on a phone (issue 14, about a third of it at 4× CPU). No subscription is needed: they
  // derive from the dossier alone, whose store re-renders the island, and the computed store's
  // cache recomputes them only when the dossier has changed.
  const analyses = courante.analyses.length > 0 || DocumentDossier ? $analyses.get() : undefined;
  const Formulaire = useFormulaire(ETAPES_FORMULAIRE[etape] ? etape : 0);
  const symbole = symboleDevise(dossier.entreprise.devise);
  const aller = (n: number) => {
    allerAEtape(n);
    document.getElementById('titre-etape')?.focus();
  };

  return (
    <div
      class="dossier"
      data-island="dossier"
      data-pret={monte && Formulaire && stockage.etat !== 'chargement' ? 'oui' : undefined}
    >
      <div class="non-imprimable">
        <p class="dossier-bandeau" role="note">
          <strong>Vos données ne quittent jamais cet appareil.</strong>{' '}
          {mode === 'navigateur' && (
            <>
              Le dossier est enregistré dans ce navigateur seulement, à chaque saisie&#8239;;
              exportez-le pour le garder ou changer d’ordinateur.
            </>
          )}
          {mode === 'secours' && (
            <>
              Ce navigateur refuse IndexedDB (navigation privée&#8239;?)&#8239;: seule une copie de
              secours du dossier est gardée, tant qu’elle a de la place. Exportez-le (JSON) pour ne
              rien perdre.
            </>
          )}
          {mode === 'aucun' && (
            <>
              Ce navigateur ne garde rien pour ce site&#8239;: le dossier sera perdu à la fermeture
              de la page. Exportez-le (JSON) avant.
            </>
          )}
        </p>
        {stockage.etat === 'erreur' && (
          <p class="dossier-message erreur" role="alert">
            {stockage.message}
          </p>
        )}
        <OutilsDossier dossier={dossier} exemples={exemples} imprimer={imprimer} />
        <nav class="dossier-etapes" aria-label="Étapes du dossier">
          <ol>
            {ETAPES_FORMULAIRE.map((e, i) => (
              <li key={e.numero}>
                <button
                  type="button"
                  class="bouton-discret"
                  aria-current={i === etape ? 'step' : undefined}
                  onClick={() => aller(i)}
                >
                  <span class="dossier-etape-numero">{e.numero}</span> {e.titre}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <section class="dossier-etape" aria-labelledby="titre-etape">
          <h2 id="titre-etape" tabIndex={-1}>
            {courante.numero} · {courante.titre}
          </h2>
          <form class="dossier-formulaire" onSubmit={(e) => e.preventDefault()}>
            {Formulaire ? (
              <Formulaire d={dossier} symbole={symbole} />
            ) : (
              <p role="status" class="chargement">
                Chargement du formulaire…
              </p>
            )}
          </form>
          {courante.analyses.length > 0 && analyses && (
            <div class="dossier-analyses">
              {courante.analyses.map((id) => (
                <CarteAnalyse
                  key={id}
                  analyse={analyses[id]}
                  devise={dossier.entreprise.devise}
                  interpretation={dossier.interpretations[id]}
                />
              ))}
            </div>
          )}
          {courante.analyses.includes('qualite-base') && (
            <DroitDossier droit={droit} devise={dossier.entreprise.devise} />
          )}
          <div class="dossier-navigation">
            {etape > 0 && (
              <button type="button" class="bouton" onClick={() => aller(etape - 1)}>
                ← Étape précédente
              </button>
            )}
            {etape < ETAPES_FORMULAIRE.length - 1 && (
              <button type="button" class="bouton principal" onClick={() => aller(etape + 1)}>
                Étape suivante →
              </button>
            )}
          </div>
        </section>
      </div>
      {DocumentDossier && analyses && (
        <DocumentDossier
          dossier={dossier}
          analyses={analyses}
          droit={<DroitDossier droit={droit} devise={dossier.entreprise.devise} />}
          parties={parties}
        />
      )}
      {!complet && (
        <p class="dossier-impression-attente" data-impression-attente>
          Le dossier se prépare&#8239;: relancez l’impression.
        </p>
      )}
    </div>
  );
}
