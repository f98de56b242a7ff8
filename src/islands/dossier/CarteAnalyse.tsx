/**
 * One analysis of the dossier on screen: its figures and table, the formulas used (their text
 * from formules-expressions.ts, not the catalogue), what it still needs, and the learner's own
 * interpretation, guided by three questions (nothing pre-written: the dossier goes to a jury).
 */
import type { Analyse } from '../../lib/dossier/analyse.ts';
import { expressionDe } from '../../lib/formules/expressions.ts';
import { QUESTIONS_INTERPRETATION } from '../../lib/dossier/questions.ts';
import { modifierDossier } from '../../stores/dossier.ts';
import { formatChiffre } from './format.ts';
import { GraphiqueEcran } from './GraphiqueDossier.tsx';

interface Props {
  analyse: Analyse;
  devise: 'EUR' | 'MAD';
  interpretation?: string;
}

/** The figures and table of a computed analysis (shared with the printed document). */
export function ChiffresAnalyse({
  analyse: a,
  devise,
}: {
  analyse: Extract<Analyse, { etat: 'calcule' }>;
  devise: 'EUR' | 'MAD';
}) {
  return (
    <>
      <dl class="dossier-chiffres">
        {a.chiffres.map((c) => (
          <div key={c.libelle} data-chiffre={c.libelle}>
            <dt>{c.libelle}</dt>
            <dd>{formatChiffre(c.valeur, c.unite, devise)}</dd>
          </div>
        ))}
      </dl>
      {a.tableau && (
        // Focusable so that a table wider than a phone can be scrolled from the keyboard.
        <div
          class="dossier-tableau"
          tabIndex={0}
          role="region"
          aria-label={`Tableau\u202F: ${a.titre}`}
        >
          <table>
            <thead>
              <tr>
                <th scope="col">{a.tableau.entete}</th>
                {a.tableau.colonnes.map((c) => (
                  <th key={c.libelle} scope="col">
                    {c.libelle}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.tableau.lignes.map((l, i) => (
                <tr key={`${l.libelle}-${i}`}>
                  <th scope="row">{l.libelle}</th>
                  {l.valeurs.map((v, j) => (
                    <td key={j}>
                      {formatChiffre(v, l.unites?.[j] ?? a.tableau!.colonnes[j].unite, devise)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(a.formules.length > 0 || a.methode) && (
        <ul class="dossier-formules" aria-label="Formules utilisées">
          {a.formules.map((f) => (
            <li key={f}>{expressionDe(f)}</li>
          ))}
          {a.methode && <li>{a.methode}</li>}
        </ul>
      )}
    </>
  );
}

/** One analysis card of the current step, with its editable interpretation. */
export function CarteAnalyse({ analyse: a, devise, interpretation }: Props) {
  const ecrire = (t: string) =>
    modifierDossier((d) => ({ ...d, interpretations: { ...d.interpretations, [a.id]: t } }));
  return (
    <section
      class={`dossier-analyse etat-${a.etat}`}
      data-analyse={a.id}
      aria-labelledby={`titre-${a.id}`}
    >
      <h3 id={`titre-${a.id}`}>{a.titre}</h3>
      {a.etat === 'incomplet' && (
        <p class="dossier-manque">
          Pour calculer cette analyse, il manque&#8239;: {a.manque.join(', ')}.
        </p>
      )}
      {a.etat === 'erreur' && (
        <p class="dossier-erreur" role="alert">
          {a.message}
        </p>
      )}
      {a.etat === 'calcule' && (
        <>
          <ChiffresAnalyse analyse={a} devise={devise} />
          {a.graphique && <GraphiqueEcran graphique={a.graphique} devise={devise} />}
          {a.aCompleter && (
            <p class="dossier-manque">Pour la compléter&#8239;: {a.aCompleter.join(', ')}.</p>
          )}
          <label for={`interp-${a.id}`} class="dossier-interp-libelle">
            Votre interprétation, avec vos mots
          </label>
          <ol class="dossier-questions" id={`questions-${a.id}`} data-questions-interpretation>
            {QUESTIONS_INTERPRETATION.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
          <textarea
            id={`interp-${a.id}`}
            rows={4}
            maxLength={5000}
            aria-describedby={`questions-${a.id}`}
            value={interpretation ?? ''}
            onInput={(e) => ecrire(e.currentTarget.value)}
          />
        </>
      )}
    </section>
  );
}
