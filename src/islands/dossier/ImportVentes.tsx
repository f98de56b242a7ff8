/**
 * Step 2.2: importing the learner's sales file (CSV: client, date, montant HT, optionally
 * catégorie and coût). The CSV code loads on the change event only; a refused file changes
 * nothing and says why in French; the rejected rows are listed (line and reason).
 */
import { useState } from 'preact/hooks';
import type { Dossier } from '../../lib/dossier/modele.ts';
import type { RejetVente } from '../../lib/dossier/ventes.ts';
import { formatNombre } from '../../lib/commun/nombres.ts';
import { modifierDossier } from '../../stores/dossier.ts';

type Etat = { erreur: boolean; texte: string; rejets?: RejetVente[] } | undefined;
const REJETS_MONTRES = 20;

/** The sales file field, its summary and the report of the last import. */
export function ImportVentes({ d }: { d: Dossier }) {
  const [etat, setEtat] = useState<Etat>();
  const ventes = d.ventes;

  const importer = async (e: Event) => {
    const champ = e.currentTarget as HTMLInputElement;
    const fichier = champ.files?.[0];
    champ.value = '';
    if (!fichier) return;
    setEtat({ erreur: false, texte: 'Lecture du fichier…' });
    const { ventesDuFichier } = await import('./chargeur-ventes.ts');
    const r = await ventesDuFichier(fichier);
    if (!r.ok) {
      setEtat({ erreur: true, texte: `${r.erreur.message} Votre dossier n’a pas changé.` });
      return;
    }
    modifierDossier((x) => ({ ...x, ventes: r.valeur.ventes }));
    const n = r.valeur.ventes.lignes.length,
      k = r.valeur.rejets.length;
    setEtat({
      erreur: false,
      rejets: r.valeur.rejets,
      texte: `${formatNombre(n, 0)} vente${n > 1 ? 's' : ''} importée${n > 1 ? 's' : ''}${k ? `, ${formatNombre(k, 0)} ligne${k > 1 ? 's' : ''} rejetée${k > 1 ? 's' : ''}` : ''}.`,
    });
  };

  return (
    <fieldset class="dossier-groupe dossier-ventes">
      <legend>2.2 Fichier de ventes (facultatif)</legend>
      <p class="dossier-aide">
        Un fichier CSV exporté du logiciel de l’entreprise, une ligne par vente, avec les colonnes
        client, date, montant HT, et si possible catégorie et coût. Il donne l’analyse ABC et la
        segmentation RFM par client, et le CA par catégorie si vous ne le saisissez pas.
      </p>
      <label class="bouton dossier-import">
        Importer un fichier de ventes (CSV)
        <input
          type="file"
          accept=".csv,.txt,text/csv"
          class="visuellement-cache"
          onChange={importer}
        />
      </label>
      {ventes && (
        <p class="dossier-ventes-resume">
          Fichier «&#160;{ventes.fichier || 'sans nom'}&#160;»&#8239;:{' '}
          {formatNombre(ventes.lignes.length, 0)} ventes.{' '}
          <button
            type="button"
            class="bouton-discret"
            onClick={() => {
              modifierDossier((x) => {
                const { ventes: _, ...reste } = x;
                return reste;
              });
              setEtat(undefined);
            }}
          >
            Retirer le fichier
          </button>
        </p>
      )}
      {etat && (
        <p
          class={etat.erreur ? 'dossier-message erreur' : 'dossier-message'}
          role={etat.erreur ? 'alert' : 'status'}
        >
          {etat.texte}
        </p>
      )}
      {etat?.rejets && etat.rejets.length > 0 && (
        // Focusable: the list scrolls when long, and must scroll from the keyboard too.
        <ul class="dossier-rejets" aria-label="Lignes rejetées" tabIndex={0}>
          {etat.rejets.slice(0, REJETS_MONTRES).map((x) => (
            <li key={x.ligne}>
              Ligne {x.ligne}&#8239;: {x.raison}
            </li>
          ))}
          {etat.rejets.length > REJETS_MONTRES && (
            <li>… et {formatNombre(etat.rejets.length - REJETS_MONTRES, 0)} autres lignes.</li>
          )}
        </ul>
      )}
    </fieldset>
  );
}
