/**
 * The chapters that get a worksheet and an answer key (/fiches/<slug>/ and /corrige/): every
 * chapter with exercises. Shared by both pages' getStaticPaths.
 */
import { getCollection } from 'astro:content';
import { exercicesDuChapitre } from '../exercises/registre.ts';

/** Static paths of the worksheet pages: slug, with the chapter's title and number. */
export async function cheminsDesFiches() {
  const chapitres = await getCollection('chapitres');
  return chapitres
    .filter((c) => exercicesDuChapitre(c.id).length > 0)
    .map((c) => ({
      params: { slug: c.id },
      props: { titre: c.data.titre, numero: c.data.numero },
    }));
}
