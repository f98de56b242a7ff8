/**
 * Island « Importer mon fichier »: choose a CSV, watch it being read (Web Worker, progress bar),
 * match its columns to the fields, then read the report of rejected rows. The file then becomes
 * a company like the samples, kept in this browser (IndexedDB) until deleted.
 * Thin: reading, mapping guesses and row checks are src/lib (csv.ts, correspondance.ts,
 * import-prospects.ts), run in import.worker.ts; storage is src/stores/import-fichier.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Correspondance } from '../../lib/fichier/correspondance.ts';
import type {
  OptionsImport,
  RapportImport as Rapport,
} from '../../lib/fichier/import-prospects.ts';
import { formatNombre, formatPourcentage } from '../../lib/commun/nombres.ts';
import { LIMITE_LIGNES, LIMITE_OCTETS, verifierTaille } from '../../lib/fichier/csv-limites.ts';
import {
  $erreurImport,
  $metaImport,
  effacerImport,
  enregistrerImport,
} from '../../stores/import-fichier.ts';
import { $travaux, apresChangementImport, ID_IMPORT } from '../../stores/campagne.ts';
import { TRAVAIL_VIDE } from '../../stores/travail.ts';
import { partiesDuTravail } from '../../lib/fichier/travail-parties.ts';
import { ConfirmationRemplacement } from './ConfirmationRemplacement.tsx';
import type { Lecture, MessageImport, ReponseImport } from './protocole.ts';
import { EtapeCorrespondance } from './EtapeCorrespondance.tsx';
import { RapportImport, type BilanImport, type Enregistrement } from './RapportImport.tsx';
import { useMonte } from '../ui/hydratation.ts';

type Etat =
  | { etape: 'choix'; erreur?: string }
  | { etape: 'lecture'; nom: string; part: number }
  | { etape: 'correspondance'; nom: string; lecture: Lecture; erreur?: string }
  | {
      etape: 'confirmation';
      nom: string;
      lecture: Lecture;
      correspondance: Correspondance;
      options: OptionsImport;
      pertes: string[];
    }
  | { etape: 'conversion'; nom: string; lecture: Lecture; part: number }
  | {
      etape: 'rapport';
      nom: string;
      lecture: Lecture;
      bilan: BilanImport;
      enregistrement: Enregistrement;
    };

export default function ImportFichier() {
  const [etat, changer] = useState<Etat>({ etape: 'choix' });
  const courant = useRef(etat);
  const setEtat = (e: Etat) => {
    courant.current = e;
    changer(e);
  };
  const monte = useMonte();
  // Stored state only once mounted: the server rendered « no file » (see hydratation.ts).
  const meta = useStore($metaImport),
    erreurStockage = useStore($erreurImport);
  const travailleur = useRef<Worker>();
  const options = useRef<OptionsImport>();
  useEffect(() => () => travailleur.current?.terminate(), []);

  const envoyer = (m: MessageImport) => {
    if (!travailleur.current) {
      travailleur.current = new Worker(new URL('./import.worker.ts', import.meta.url), {
        type: 'module',
      });
      travailleur.current.onmessage = (e: MessageEvent<ReponseImport>) => recevoir(e.data);
      travailleur.current.onerror = () =>
        setEtat({ etape: 'choix', erreur: 'La lecture du fichier a échoué dans ce navigateur.' });
    }
    travailleur.current.postMessage(m);
  };

  const recevoir = (r: ReponseImport) => {
    const e = courant.current;
    if (r.type === 'progression') {
      if (e.etape === 'lecture' || e.etape === 'conversion') setEtat({ ...e, part: r.part });
      return;
    }
    if (r.type === 'lu')
      return setEtat({ etape: 'correspondance', nom: 'nom' in e ? e.nom : '', lecture: r });
    if (r.type === 'erreur')
      return setEtat(
        r.correspondance && 'lecture' in e
          ? { etape: 'correspondance', nom: e.nom, lecture: e.lecture, erreur: r.message }
          : { etape: 'choix', erreur: r.message },
      );
    if (e.etape === 'conversion') void terminer(e.nom, e.lecture, r.rapport);
  };

  async function terminer(nom: string, lecture: Lecture, rapport: Rapport) {
    const { prospects, ...reste } = rapport;
    const bilan = { ...reste, importes: prospects.length };
    if (prospects.length === 0)
      return setEtat({ etape: 'rapport', nom, lecture, bilan, enregistrement: 'rien' });
    setEtat({ etape: 'rapport', nom, lecture, bilan, enregistrement: 'en-cours' });
    const precedent = $metaImport.get() !== null;
    const r = await enregistrerImport({
      nom,
      prospects,
      devise: options.current?.pays === 'MA' ? 'MAD' : 'EUR',
    });
    if (r === true) apresChangementImport(true);
    const enregistrement: Enregistrement =
      r === true ? 'ok' : r === 'refuse' ? 'refuse' : precedent ? 'echec' : 'echec-premier';
    setEtat({ etape: 'rapport', nom, lecture, bilan, enregistrement });
  }

  const choisir = (fichier: File | undefined) => {
    if (!fichier) return;
    // Checked here too, so that a 2 GB file is refused before being handed to the worker.
    const taille = verifierTaille({ octets: fichier.size });
    if (!taille.ok) return setEtat({ etape: 'choix', erreur: taille.erreur.message });
    setEtat({ etape: 'lecture', nom: fichier.name, part: 0 });
    envoyer({ type: 'lire', fichier });
  };

  const convertir = (
    nom: string,
    lecture: Lecture,
    correspondance: Correspondance,
    o: OptionsImport,
  ) => {
    options.current = o;
    setEtat({ etape: 'conversion', nom, lecture, part: 0 });
    envoyer({ type: 'convertir', correspondance, options: o });
  };

  // The work on the previous file is erased by a new one (issue 15, case 5): ask first, saying what.
  const importer = (correspondance: Correspondance, o: OptionsImport) => {
    if (etat.etape !== 'correspondance') return;
    const pertes = $metaImport.get()
      ? partiesDuTravail($travaux.get()[ID_IMPORT] ?? TRAVAIL_VIDE)
      : [];
    if (pertes.length > 0)
      return setEtat({
        etape: 'confirmation',
        nom: etat.nom,
        lecture: etat.lecture,
        correspondance,
        options: o,
        pertes,
      });
    convertir(etat.nom, etat.lecture, correspondance, o);
  };

  const supprimer = async () => {
    await effacerImport();
    apresChangementImport(false);
  };

  return (
    <div class="labo-corps" data-island="import-fichier">
      {monte && meta && (
        <div class="import-actuel" data-resultat="import-actuel">
          <p>
            Fichier importé dans ce navigateur&#8239;: <strong>{meta.nom}</strong> (
            {formatNombre(meta.lignes, 0)} prospects, le{' '}
            {new Date(meta.importeLe).toLocaleDateString('fr-FR')}).
          </p>
          <button type="button" class="bouton-discret" onClick={supprimer}>
            Supprimer mon fichier
          </button>
        </div>
      )}
      {erreurStockage && (
        <p class="champ-erreur" role="alert">
          {erreurStockage}
        </p>
      )}
      {(etat.etape === 'choix' || etat.etape === 'rapport') && (
        <div class="champ import-choix">
          <label for="import-fichier">
            {monte && meta ? 'Remplacer par un autre fichier CSV' : 'Choisir un fichier CSV'}
          </label>
          <input
            id="import-fichier"
            type="file"
            accept=".csv,.txt,text/csv"
            aria-describedby="import-fichier-aide"
            onChange={(e) => {
              choisir(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
          <span id="import-fichier-aide" class="champ-aide">
            Séparateur point-virgule ou virgule, UTF-8 ou Windows (Excel)&#8239;; au plus{' '}
            {formatNombre(LIMITE_LIGNES, 0)} lignes et{' '}
            {formatNombre(LIMITE_OCTETS / 1024 / 1024, 0)}&#8239;Mo. Le fichier reste dans ce
            navigateur.
          </span>
        </div>
      )}
      {etat.etape === 'choix' && etat.erreur && (
        <p class="champ-erreur" role="alert" data-resultat="erreur-import">
          {etat.erreur}
        </p>
      )}
      {(etat.etape === 'lecture' || etat.etape === 'conversion') && (
        <div class="import-progression" role="status">
          <label for="import-progression">
            {etat.etape === 'lecture' ? 'Lecture' : 'Contrôle des lignes'} de «&#160;{etat.nom}
            &#160;»&#8239;: {formatPourcentage(etat.part, 0)}
          </label>
          <progress id="import-progression" max={1} value={etat.part} />
        </div>
      )}
      {(etat.etape === 'correspondance' || etat.etape === 'conversion') && (
        <EtapeCorrespondance
          nom={etat.nom}
          lecture={etat.lecture}
          erreur={etat.etape === 'correspondance' ? etat.erreur : undefined}
          enCours={etat.etape === 'conversion'}
          onImporter={importer}
          onAnnuler={() => setEtat({ etape: 'choix' })}
        />
      )}
      {etat.etape === 'confirmation' && (
        <ConfirmationRemplacement
          ancien={meta?.nom ?? 'votre fichier'}
          nouveau={etat.nom}
          pertes={etat.pertes}
          onRemplacer={() => convertir(etat.nom, etat.lecture, etat.correspondance, etat.options)}
          onAnnuler={() => setEtat({ etape: 'choix' })}
        />
      )}
      {etat.etape === 'rapport' && (
        <RapportImport
          nom={etat.nom}
          lecture={etat.lecture}
          bilan={etat.bilan}
          enregistrement={etat.enregistrement}
        />
      )}
    </div>
  );
}
