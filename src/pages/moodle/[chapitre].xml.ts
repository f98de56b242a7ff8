/**
 * /moodle/<chapitre>.xml: the chapter's exercises as a Moodle XML question file, built at build
 * time from the same exercise files as the site (src/exercises/moodle.ts). The worksheet page of
 * each chapter links to it and says how to import it (README too).
 */
import type { APIRoute } from 'astro';
import { exercicesDuChapitre } from '../../exercises/registre.ts';
import { moodleXml } from '../../exercises/moodle.ts';
import { cheminsDesFiches } from '../../build/fiches.ts';

export async function getStaticPaths() {
  return (await cheminsDesFiches()).map(({ params, props }) => ({
    params: { chapitre: params.slug },
    props,
  }));
}

export const GET: APIRoute = ({ params, props }) => {
  const { titre, numero } = props as { titre: string; numero: number };
  const xml = moodleXml({ numero, titre, exercices: exercicesDuChapitre(params.chapitre!) });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
