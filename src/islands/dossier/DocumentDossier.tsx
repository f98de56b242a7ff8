/**
 * The printable dossier: a cover (company, learner), then parts 2 to 4 of the outline with their
 * numbered sections (lib/dossier/plan.ts), the learner's texts, each analysis's figures, table,
 * formulas, chart (HTML bars, see GraphiqueDossier.tsx) and interpretation. Hidden on screen, shown by print CSS only (MonDossierLab.astro).
 */
import type { ComponentChildren } from 'preact';
import type { Analyse } from '../../lib/dossier/analyse.ts';
import { interpretationDe } from '../../lib/dossier/analyser.ts';
import { QUESTIONS_INTERPRETATION } from '../../lib/dossier/questions.ts';
import type { Dossier } from '../../lib/dossier/modele.ts';
import { PLAN, texteDe, type Section } from '../../lib/dossier/plan.ts';
import { ChiffresAnalyse } from './CarteAnalyse.tsx';
import { GraphiqueImprime } from './GraphiqueDossier.tsx';

interface Props {
  dossier: Dossier;
  analyses: Record<string, Analyse>;
  /** The state of the law of the company's country, printed in 4.1 with the file. */ droit?: ComponentChildren;
  /** How many parts of the outline to render (all by default): MonDossier adds them one per task. */
  parties?: number;
}

/** The parts of the outline after the company's own (2 to 4). */
export const PARTIES_DU_PLAN = PLAN.length;

function Paragraphes({ texte }: { texte: string }) {
  return (
    <>
      {texte
        .split(/\n+/)
        .filter((l) => l.trim())
        .map((l, i) => (
          <p key={i}>{l}</p>
        ))}
    </>
  );
}

function Textes({ dossier, section }: { dossier: Dossier; section: Section }) {
  return (
    <>
      {section.textes.map((t) => {
        const texte = texteDe(dossier, t.chemin);
        return (
          <div key={t.libelle} class="dossier-texte">
            <h4>{t.libelle}</h4>
            {texte.trim() ? <Paragraphes texte={texte} /> : <p class="a-completer">À rédiger.</p>}
          </div>
        );
      })}
    </>
  );
}

/** The learner's interpretation; until written, the questions it must answer (« À rédiger »). */
function Interpretation({ texte }: { texte: string }) {
  if (texte.trim())
    return (
      <div class="dossier-interpretation" data-interpretation-imprimee>
        <Paragraphes texte={texte} />
      </div>
    );
  return (
    <p class="a-completer" data-interpretation-imprimee>
      Interprétation à rédiger&#8239;: {QUESTIONS_INTERPRETATION.join(' ')}
    </p>
  );
}

/** The whole dossier as a printable document (shown by print CSS only). */
export function DocumentDossier({ dossier, analyses, droit, parties = PLAN.length }: Props) {
  const e = dossier.entreprise;
  return (
    <article class="dossier-document" aria-label="Dossier à imprimer">
      <header class="dossier-couverture" data-couverture>
        <p class="couverture-sur-titre">Dossier de prospection commerciale</p>
        <p class="couverture-entreprise">{e.nom || 'Entreprise à renseigner'}</p>
        {e.activite && <p>{e.activite}</p>}
        <p class="couverture-etudiant">
          {dossier.etudiant ? `Présenté par ${dossier.etudiant}` : 'Nom de l’étudiant à renseigner'}
        </p>
        <ol class="couverture-sommaire">
          {/* Part 1 is not in PLAN (it has no analysis) but is in the document: listed too. */}
          <li>1. L’entreprise</li>
          {PLAN.map((p) => (
            <li key={p.numero}>
              {p.numero}. {p.titre}
            </li>
          ))}
        </ol>
      </header>
      <section class="dossier-partie" aria-labelledby="doc-1">
        <h2 id="doc-1">1. L’entreprise</h2>
        {e.offre && (
          <>
            <h3>Offre</h3>
            <Paragraphes texte={e.offre} />
          </>
        )}
        {e.marche && (
          <>
            <h3>Marché</h3>
            <Paragraphes texte={e.marche} />
          </>
        )}
      </section>
      {PLAN.slice(0, parties).map((partie) => (
        <section
          key={partie.numero}
          class="dossier-partie"
          aria-labelledby={`doc-${partie.numero}`}
        >
          <h2 id={`doc-${partie.numero}`}>
            {partie.numero}. {partie.titre}
          </h2>
          {partie.sections.map((s) => (
            <section key={s.numero} class="dossier-section" data-section={s.numero}>
              <h3>
                {s.numero} {s.titre}
              </h3>
              {!s.textesApres && <Textes dossier={dossier} section={s} />}
              {s.analyses.map((id) => {
                const a = analyses[id];
                return (
                  <div key={id} class="dossier-analyse-imprimee" data-analyse-imprimee={id}>
                    <h4>{a.titre}</h4>
                    {a.etat === 'calcule' && (
                      <>
                        <ChiffresAnalyse analyse={a} devise={e.devise} />
                        {a.graphique && (
                          <GraphiqueImprime graphique={a.graphique} devise={e.devise} />
                        )}
                        <Interpretation texte={interpretationDe({ dossier, analyse: a })} />
                      </>
                    )}
                    {a.etat === 'incomplet' && (
                      <p class="a-completer">À compléter&#8239;: {a.manque.join(', ')}.</p>
                    )}
                    {a.etat === 'erreur' && <p class="a-completer">{a.message}</p>}
                  </div>
                );
              })}
              {s.numero === '4.1' && droit}
              {s.textesApres && <Textes dossier={dossier} section={s} />}
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
