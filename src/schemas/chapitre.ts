import { z } from 'astro/zod';

/** One seed document a chapter draws its facts from. */
export const SourceSchema = z.object({
  /** Seed number as in shared/seeds (« 000 » … « 004 »). */
  seed: z.enum(['000', '001', '002', '003', '004']),
  /** What the chapter takes from it (sections, notions), in French. */
  apport: z.string().min(3),
});

/** Frontmatter of a chapter (content/chapters/NN-slug.mdx). */
export const ChapitreSchema = z.object({
  /** The chapter title as shown in the navigation and the page heading. */
  titre: z.string().min(3),
  /** Position in the course, 1 to 13; must match the NN prefix of the file name. */
  numero: z.number().int().min(1).max(13),
  /** One French sentence that sums the chapter up (course map, meta description). */
  resume: z.string().min(20).max(200),
  /** Learning objectives, each starting with a verb (« Calculer… »). */
  objectifs: z.array(z.string().min(5)).min(2),
  /** Estimated reading and practice time, in minutes. */
  duree: z.number().int().min(5).max(180),
  /** Seed documents the facts come from. */
  sources: z.array(SourceSchema).min(1),
  /** What the chapter adds to its sources (worked examples, simulator, rules…), one French sentence for its footer. */
  apport: z.string().min(10).optional(),
  /**
   * « redige »: lesson, simulator and exercises are there (the content lint checks it); « lecon »: the
   * lesson is written and the page says what is still in preparation, read from the MDX itself
   * (utils/chapitres.ts `avancement`); « a-venir »: only the objectives, with a notice.
   */
  statut: z.enum(['redige', 'lecon', 'a-venir']).default('a-venir'),
});

export type Chapitre = z.infer<typeof ChapitreSchema>;

/** The slug of a chapter file: « 09-budgetiser.mdx » → « budgetiser ». */
export function slugDepuisFichier(fichier: string): string {
  return fichier
    .replace(/^.*\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/^\d+-/, '');
}
