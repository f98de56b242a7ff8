/**
 * Island « Sources » (chapter 4): the current company’s file broken down by source, sorted by
 * what each source turned into clients in the past campaign, with a chart, a plain-French
 * reading and an editable cost per source. Thin: the store parses and calls src/lib.
 */
import { useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $evaluationSources,
  $saisieCouts,
  $triSources,
  modifierCoutSource,
  reinitialiserCoutsSources,
  trierSourcesPar,
} from '../../stores/sources.ts';
import type { CoutsParClient, EvaluationSources } from '../../lib/sources/evaluation-sources.ts';
import { erreursDe } from '../../lib/commun/resultat.ts';
import { $entreprise } from '../../stores/campagne.ts';
import { trierSources, LIBELLES_SOURCES, SOURCES_EN_PHRASE } from '../../lib/sources/sources.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { majuscule } from '../../lib/commun/majuscule.ts';
import { Graphique } from '../charts/Graphique.tsx';
import { AvisStockage } from '../ui/AvisStockage.tsx';
import { AvertissementErreur } from '../ui/simulateur.tsx';
import { useMonte } from '../ui/hydratation.ts';
import { TableauSources, ageEnMois } from './TableauSources.tsx';
import { CoutsSources } from './CoutsSources.tsx';

const pct = (t: number | null | undefined) => (t == null ? '—' : formatPourcentage(t, 1));

export default function SourcesLab() {
  // The server renders « loading »: the company and its file are only known in the browser.
  const monte = useMonte();
  const evaluationStockee = useStore($evaluationSources),
    saisie = useStore($saisieCouts),
    tri = useStore($triSources),
    entrepriseStockee = useStore($entreprise);
  const ev: EvaluationSources = monte ? evaluationStockee : { etat: 'chargement' };
  const entreprise = monte ? entrepriseStockee : undefined;
  const pret = ev.etat === 'pret' ? ev : undefined;
  const coutsValides = pret?.couts.ok ? pret.couts.valeur : undefined;
  // Keep the last valid costs on screen while a field is in error (ARCHITECTURE rule 3), per company.
  const dernier = useRef<{ id?: string; couts?: CoutsParClient }>({});
  if (coutsValides && entreprise) dernier.current = { id: entreprise.id, couts: coutsValides };
  const couts =
    coutsValides ?? (dernier.current.id === entreprise?.id ? dernier.current.couts : undefined);
  const erreurs = pret ? erreursDe(pret.couts) : {};
  const enErreur = Object.keys(erreurs).length > 0;

  const b = pret?.bilan,
    campagne = b?.campagne ?? null;
  const cleTri =
    !campagne && ['joints', 'clients', 'tauxDeTransformation'].includes(tri.cle)
      ? { cle: 'prospects' as const, decroissant: true }
      : tri;
  const lignes = b ? trierSources({ lignes: b.lignes, ...cleTri }) : [];
  const pourGraphique = b
    ? trierSources({
        lignes: b.lignes,
        cle: campagne ? 'tauxDeTransformation' : 'part',
        decroissant: true,
      })
    : [];
  const c = pret?.comparaison;
  const nom = entreprise?.nom ?? '';

  return (
    <div
      class="labo-corps"
      data-colonnes="une"
      data-island="sources"
      data-etat={ev.etat}
      data-entreprise={entreprise?.id ?? ''}
    >
      <AvisStockage />
      {ev.etat === 'chargement' && (
        <p role="status" class="chargement">
          Chargement du fichier de prospects…
        </p>
      )}
      {ev.etat === 'erreur' && <p class="labo-avertissement">{ev.message}</p>}
      {b && (
        <>
          <section
            class="labo-resultats"
            aria-live="polite"
            aria-labelledby="sources-resultats-titre"
          >
            <h3 id="sources-resultats-titre">Le fichier de {nom}</h3>
            <dl class="indicateurs">
              <div>
                <dt>Prospects dans le fichier</dt>
                <dd data-resultat="prospects">{formatNombre(b.prospects, 0)}</dd>
              </div>
              {campagne && (
                <div class="indicateur-principal">
                  <dt>Taux de conclusion global</dt>
                  <dd data-resultat="taux-global">{pct(campagne.tauxDeTransformation)}</dd>
                </div>
              )}
              <div>
                <dt>Âge moyen des données</dt>
                <dd data-resultat="age-moyen">{ageEnMois(b.ageMoyenJours)}</dd>
              </div>
            </dl>
            {campagne ? (
              <p class="labo-explication" data-resultat="convention">
                Taux de conclusion = clients gagnés ÷ prospects de la source <strong>joints</strong>{' '}
                par la campagne passée ({formatNombre(campagne.clients, 0)} ÷{' '}
                {formatNombre(campagne.joints, 0)} pour tout le fichier). Les fiches restées au
                stade de suspect n’ont pas été appelées&#8239;: les compter pénaliserait une source
                pour une raison qui n’est pas la sienne. Rapporté à toutes les fiches, le taux
                global tomberait à {pct(campagne.tauxSurFichier)}.
              </p>
            ) : (
              <p class="labo-explication" data-resultat="sans-campagne">
                Ce fichier n’a pas de campagne passée&#8239;: le tableau donne les effectifs, les
                parts et la fraîcheur de chaque source. Le taux de conclusion et le coût par client
                par source demandent une campagne déjà menée sur ce fichier.
              </p>
            )}
            {c && (
              <p class="labo-explication" data-resultat="lecture">
                {majuscule(SOURCES_EN_PHRASE[c.meilleure.source].groupe)} conclut{' '}
                <strong>{formatNombre(c.rapport, 1)} fois mieux</strong> que{' '}
                {SOURCES_EN_PHRASE[c.reference.source].groupe}
                {c.reference.source === 'fichier-achete' ? '' : ', la source la plus faible'}
                &#8239;: {pct(c.meilleure.campagne?.tauxDeTransformation)} des prospects joints
                contre {pct(c.reference.campagne?.tauxDeTransformation)}.
                {c.meilleure.part < 0.1 &&
                  ` Mais ${SOURCES_EN_PHRASE[c.meilleure.source].pronom} ne fournit que ${formatPourcentage(c.meilleure.part, 1)} du fichier\u202f: son volume est limité.`}
              </p>
            )}
            {b.datesIllisibles > 0 && (
              <p class="champ-aide">
                {formatNombre(b.datesIllisibles, 0)} fiche(s) sans date de collecte lisible ne
                comptent pas dans l’âge moyen.
              </p>
            )}
          </section>

          <section class="labo-graphique" aria-labelledby="sources-graphique-titre">
            <h3 id="sources-graphique-titre">
              {campagne ? 'Taux de conclusion par source' : 'Part de chaque source dans le fichier'}
            </h3>
            <Graphique
              titre={campagne ? 'Taux de conclusion par source' : 'Part du fichier par source'}
              hauteur={`${Math.max(10, pourGraphique.length * 2.2)}rem`}
              donnees={{
                type: 'bar',
                horizontal: true,
                libelles: pourGraphique.map((l) => LIBELLES_SOURCES[l.source]),
                series: [
                  campagne
                    ? {
                        id: 'taux',
                        libelle: 'Taux de conclusion',
                        valeurs: pourGraphique.map((l) => l.campagne?.tauxDeTransformation ?? 0),
                      }
                    : {
                        id: 'part',
                        libelle: 'Part du fichier',
                        valeurs: pourGraphique.map((l) => l.part),
                      },
                ],
                format: (v) => formatPourcentage(v, 0),
              }}
            />
            <p class="champ-aide">Cliquez sur un titre de colonne pour trier le tableau.</p>
            <TableauSources
              lignes={lignes}
              tri={cleTri}
              avecCampagne={campagne !== null}
              surTri={trierSourcesPar}
              nomEntreprise={nom}
            />
          </section>

          {campagne && entreprise && (
            <>
              <AvertissementErreur visible={enErreur} />
              <CoutsSources
                lignes={lignes}
                saisie={saisie}
                erreurs={erreurs}
                couts={couts}
                devise={entreprise.devise}
                surSaisie={modifierCoutSource}
                surReinitialiser={reinitialiserCoutsSources}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
