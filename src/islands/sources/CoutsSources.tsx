/**
 * The cost of each source, typed by the learner (per company), and the cost per client it gives.
 * Parsing and division happen in the store and src/lib; this only lays the fields out.
 */
import { formatMontant, formatNombre } from '../../lib/commun/nombres.ts';
import { LIBELLES_SOURCES, type LigneSource } from '../../lib/sources/sources.ts';
import type { CoutSource } from '../../lib/sources/rendement.ts';
import type { SourceProspect } from '../../lib/commun/prospect.ts';
import { ChampNombre } from '../ui/ChampNombre.tsx';
import type { CoutsSaisis } from '../../lib/sources/evaluation-sources.ts';

interface Props {
  lignes: LigneSource[];
  saisie: CoutsSaisis;
  erreurs: Partial<Record<SourceProspect, string>>;
  couts?: { sources: CoutSource[]; total: Omit<CoutSource, 'source'> | null };
  devise: 'EUR' | 'MAD';
  surSaisie: (source: SourceProspect, texte: string) => void;
  surReinitialiser: () => void;
}

export function CoutsSources({
  lignes,
  saisie,
  erreurs,
  couts,
  devise,
  surSaisie,
  surReinitialiser,
}: Props) {
  const montant = (v: number | null | undefined) => (v == null ? '—' : formatMontant(v, devise, 0));
  const clients = (n: number) => `${formatNombre(n, 0)}\u00a0client${n > 1 ? 's' : ''}`;
  const par = new Map(couts?.sources.map((c) => [c.source, c]));
  return (
    <fieldset class="labo-groupe">
      <legend>Le coût de chaque source et le coût par client</legend>
      <p class="champ-aide">
        Saisissez ce que la source elle-même a coûté (le fichier, le stand, les cadeaux aux
        parrains), pas les appels ni les visites communs à toutes. Laissez vide si vous ne le savez
        pas.
      </p>
      <div
        class="tableau-defilant"
        tabIndex={0}
        role="region"
        aria-label="Tableau des coûts par source"
      >
        <table class="tableau-donnees sources-couts" data-tableau="couts">
          <caption>Coût par client gagné, source par source</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Coût de la source</th>
              <th scope="col" class="nombre">
                Coût par client
              </th>
            </tr>
          </thead>
          <tbody>
            {lignes.map((l) => {
              const c = par.get(l.source);
              return (
                <tr key={l.source} data-source={l.source}>
                  <th scope="row">{LIBELLES_SOURCES[l.source]}</th>
                  <td>
                    <ChampNombre
                      id={`cout-${l.source}`}
                      libelle={`Coût de la source ${LIBELLES_SOURCES[l.source]}`}
                      libelleCache
                      valeur={saisie[l.source] ?? ''}
                      unite={devise === 'EUR' ? '€' : 'DH'}
                      erreur={erreurs[l.source]}
                      onSaisie={(t) => surSaisie(l.source, t)}
                    />
                  </td>
                  <td class="nombre">
                    <span data-col="cout-par-client">
                      {c
                        ? c.coutParClient === null
                          ? 'aucun client'
                          : montant(c.coutParClient)
                        : '—'}
                    </span>
                    <span class="source-nature" data-col="clients">
                      {clients(l.campagne?.clients ?? 0)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
          {couts?.total && (
            <tfoot>
              <tr>
                <th scope="row">Sources chiffrées</th>
                <td class="nombre" data-col="cout-total">
                  {montant(couts.total.cout)}
                </td>
                <td class="nombre">
                  <span data-col="cout-par-client-total">{montant(couts.total.coutParClient)}</span>
                  <span class="source-nature">{clients(couts.total.clients)}</span>
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <div class="labo-actions">
        <button type="button" class="bouton-discret" onClick={surReinitialiser}>
          Revenir aux coûts de la campagne
        </button>
      </div>
    </fieldset>
  );
}
