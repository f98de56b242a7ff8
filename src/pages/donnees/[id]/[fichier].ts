/**
 * `/donnees/<id>/<fichier>`: the sample files themselves, copied into the built site so the
 * download links work from any static host and offline. CSV files get a UTF-8 BOM when they lack
 * one, so that Excel in French opens their accents right (PapaParse and our import ignore it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOSSIER_JEUX, FICHIERS_JEU, listerJeux } from '../../../build/jeux-de-donnees.ts';

export const getStaticPaths = (() =>
  listerJeux().flatMap((id) =>
    FICHIERS_JEU.map((fichier) => ({ params: { id, fichier } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const fichier = String(params.fichier);
  const octets = readFileSync(join(DOSSIER_JEUX, String(params.id), fichier));
  const bom =
    fichier.endsWith('.csv') && !(octets[0] === 0xef && octets[1] === 0xbb && octets[2] === 0xbf);
  const corps = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), octets]) : octets;
  return new Response(new Uint8Array(corps), {
    headers: {
      'content-type': fichier.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json',
    },
  });
};
