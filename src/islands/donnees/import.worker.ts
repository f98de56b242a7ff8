/**
 * Web Worker of the CSV import: reading, decoding and parsing a file of up to 20 MB / 100 000 rows
 * takes seconds on a phone, and must not freeze the page. It keeps the parsed rows between the
 * two steps (mapping, then conversion), so only the headers, a preview and the final prospects
 * cross to the page. All logic is in src/lib; this file only routes messages.
 */
import { decoderOctets, lireCsv, verifierTaille, type TableauCsv } from '../../lib/fichier/csv.ts';
import {
  devinerCorrespondance,
  verifierCorrespondance,
  type Correspondance,
} from '../../lib/fichier/correspondance.ts';
import { convertirLignes, type OptionsImport } from '../../lib/fichier/import-prospects.ts';
import { paysProbable } from '../../lib/fichier/pays-probable.ts';
import type { MessageImport, ReponseImport } from './protocole.ts';

let tableau: TableauCsv | undefined;
const repondre = (r: ReponseImport) => (self as unknown as Worker).postMessage(r);

async function lire(fichier: Blob): Promise<void> {
  tableau = undefined;
  const taille = verifierTaille({ octets: fichier.size });
  if (!taille.ok) return repondre({ type: 'erreur', message: taille.erreur.message });
  repondre({ type: 'progression', etape: 'lecture', part: 0 });
  const { texte, encodage } = decoderOctets({
    octets: new Uint8Array(await fichier.arrayBuffer()),
  });
  const r = lireCsv({
    texte,
    surProgression: (part) => repondre({ type: 'progression', etape: 'lecture', part }),
  });
  if (!r.ok) return repondre({ type: 'erreur', message: r.erreur.message });
  tableau = r.valeur;
  const correspondance = devinerCorrespondance({ entetes: tableau.entetes });
  const pays = paysProbable({
    entetes: tableau.entetes,
    lignes: tableau.lignes,
    correspondance,
  });
  repondre({
    type: 'lu',
    entetes: tableau.entetes,
    apercu: tableau.lignes.slice(0, 5),
    lignes: tableau.lignes.length,
    separateur: tableau.separateur,
    encodage,
    lignesVides: tableau.lignesVides,
    erreurs: tableau.erreurs,
    correspondance,
    ...(pays ? { pays } : {}),
  });
}

function convertir(correspondance: Correspondance, options: OptionsImport): void {
  if (!tableau)
    return repondre({
      type: 'erreur',
      message: 'Le fichier lu a été perdu\u202f: choisissez-le de nouveau.',
    });
  const c = verifierCorrespondance({ correspondance, entetes: tableau.entetes });
  if (!c.ok) return repondre({ type: 'erreur', message: c.erreur.message, correspondance: true });
  const rapport = convertirLignes({
    tableau,
    correspondance: c.valeur,
    options,
    surProgression: (part) => repondre({ type: 'progression', etape: 'conversion', part }),
  });
  const rejets = rapport.rejets.concat(tableau.erreurs).sort((a, b) => a.ligne - b.ligne);
  tableau = undefined; // done with this file: its rows would otherwise stay in memory until the next one
  repondre({ type: 'converti', rapport: { ...rapport, rejets } });
}

self.addEventListener('message', (e: MessageEvent<MessageImport>) => {
  const m = e.data;
  if (m.type === 'lire')
    lire(m.fichier).catch(() =>
      repondre({
        type: 'erreur',
        message:
          'Le fichier n’a pas pu être lu\u202f: vérifiez qu’il s’agit bien d’un fichier CSV.',
      }),
    );
  else convertir(m.correspondance, m.options);
});
