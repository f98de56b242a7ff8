/**
 * The one way the site waits for the browser to be idle before non-urgent work (the service
 * worker, a chapter's score, the home page's progress, the dossier's heavy parts), so that it
 * does not compete with hydration on a phone (issue 14, blocking time). Safari has no
 * requestIdleCallback: a short timer stands in. A few lines on purpose: pages without islands
 * import it too (2 KB budget), and the bundler inlines it or puts it in their common chunk.
 */

/** Runs `f` when the browser is idle, at the latest after `delai` ms (or after `repli` ms without requestIdleCallback). */
export function quandInactif(
  f: () => void,
  { delai, repli = 200 }: { delai?: number; repli?: number } = {},
): void {
  if ('requestIdleCallback' in window)
    requestIdleCallback(f, delai === undefined ? undefined : { timeout: delai });
  else setTimeout(f, repli);
}
