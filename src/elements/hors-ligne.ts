/**
 * Registers the service worker (dist/sw.js, written by outils/service-worker.ts) so the course
 * works offline after a first visit, and offers « Mettre à jour » when a new version has been
 * deployed and is waiting: the learner chooses the moment, nothing reloads under their feet.
 * Plain DOM code (the notice's markup is in BaseLayout): it runs on every page, within the 2 KB
 * budget of pages without islands.
 */
/** Shows the notice (hidden markup of BaseLayout) and lets its button activate the waiting worker. */
function proposerMiseAJour(attente: ServiceWorker): void {
  const avis = document.querySelector<HTMLElement>('.avis-mise-a-jour');
  if (!avis) return;
  avis.hidden = false;
  avis.querySelector('button')!.onclick = () => attente.postMessage('activer');
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  addEventListener('load', async () => {
    try {
      const inscription = await navigator.serviceWorker.register('/sw.js');
      // Only an update (a worker already controls the page) deserves a notice, not the first install.
      const verifier = () => {
        if (inscription.waiting && navigator.serviceWorker.controller)
          proposerMiseAJour(inscription.waiting);
      };
      verifier();
      inscription.addEventListener('updatefound', () =>
        inscription.installing?.addEventListener('statechange', verifier),
      );
      let recharge = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (!recharge && document.querySelector('.avis-mise-a-jour:not([hidden])')) {
          recharge = true;
          location.reload();
        }
      });
    } catch {
      /* private mode or file:// — the site works online as before */
    }
  });
}
