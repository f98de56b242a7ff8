/**
 * The quality report of the cleaned file, computed off the page's thread (qualite.worker.ts) after
 * each change; where a Worker cannot start, the same function runs on the page, loaded on demand.
 * While a new report is computed the previous one stays on screen, flagged as being updated; a
 * late answer for an older file is dropped (the request number must be the latest).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { rapportQualite } from '../../lib/fichier/qualite.ts';
import type { Prospect } from '../../lib/commun/prospect.ts';

/** What rapportQualite returns. */
export type Rapport = ReturnType<typeof rapportQualite>;
/** Page → worker. */
export interface DemandeRapport {
  n: number;
  prospects: readonly Prospect[];
  aujourdhui: string;
}
/** Worker → page. */
export interface ReponseRapport {
  n: number;
  rapport: Rapport;
}

let travailleur: Worker | null | undefined;
const enAttente = new Map<number, (r: Rapport) => void>();

function calculer(demande: DemandeRapport): Promise<Rapport> {
  const surPage = () =>
    import('../../lib/fichier/qualite.ts').then((f) =>
      f.rapportQualite({ prospects: demande.prospects, aujourdhui: demande.aujourdhui }),
    );
  if (travailleur === undefined) {
    try {
      travailleur = new Worker(new URL('./qualite.worker.ts', import.meta.url), { type: 'module' });
      travailleur.onmessage = (e: MessageEvent<ReponseRapport>) => {
        enAttente.get(e.data.n)?.(e.data.rapport);
        enAttente.delete(e.data.n);
      };
      // A worker that fails (blocked, crashed): every waiting request is computed on the page instead.
      travailleur.onerror = () => {
        travailleur = null;
        for (const [, f] of enAttente) void surPage().then(f);
        enAttente.clear();
      };
    } catch {
      travailleur = null;
    }
  }
  if (!travailleur) return surPage();
  return new Promise((resoudre) => {
    enAttente.set(demande.n, resoudre);
    travailleur!.postMessage(demande);
  });
}

let compteur = 0;

/**
 * The report of `prospects` at `aujourdhui` (null until the first one arrives), whether a newer one
 * is on its way, and the rows the report shown is of (`de`: in the render where the rows change,
 * before the effect asks for their report, `calcul` is still false).
 */
export function useRapportQualite({
  prospects,
  aujourdhui,
  fichier,
}: {
  prospects: readonly Prospect[];
  aujourdhui: string;
  /**
   * The file the rows are cleaned from (its loaded data; false while it loads). A report of
   * another file, or of the rows before the file was loaded (none: « aucun problème »), is not
   * returned: chapter 5 showed « 0 fiche sur 0… Aucun problème détecté » for a second or two
   * while an imported file's own report was computed (session 11).
   */
  fichier?: object | false;
}): { rapport: Rapport | null; calcul: boolean; de: readonly Prospect[] | undefined } {
  const [etat, setEtat] = useState<{
    n: number;
    rapport: Rapport | null;
    de?: readonly Prospect[];
    fichier?: object | false;
  }>({ n: 0, rapport: null });
  const dernier = useRef(0);
  useEffect(() => {
    const n = ++compteur;
    dernier.current = n;
    void calculer({ n, prospects, aujourdhui }).then((rapport) => {
      if (dernier.current === n) setEtat({ n, rapport, de: prospects, fichier });
    });
  }, [prospects, aujourdhui]);
  return {
    rapport: fichier !== undefined && etat.fichier !== fichier ? null : etat.rapport,
    calcul: etat.n !== dernier.current,
    de: etat.de,
  };
}
