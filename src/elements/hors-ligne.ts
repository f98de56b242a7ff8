/**
 * Registers the service worker (dist/sw.js, written by outils/service-worker.ts) so the course
 * works offline after a first visit, and offers « Mettre à jour » when a new version has been
 * deployed and is waiting: the learner chooses the moment, nothing reloads under their feet.
 * Plain DOM code (the notice's markup is in BaseLayout): it runs on every page, within the 2 KB
 * budget of pages without islands.
 */
import { quandInactif } from './inactif.ts';

/** Shows the notice (hidden markup of BaseLayout) and lets its button activate the waiting worker. */
function proposerMiseAJour(attente: ServiceWorker): void {
  const avis = document.querySelector<HTMLElement>('.avis-mise-a-jour');
  if (!avis) return;
  avis.hidden = false;
  avis.querySelector('button')!.onclick = () => attente.postMessage('activer');
}

/**
 * After `load`, once the main thread is idle: installing the worker downloads the whole course
 * (about 280 files), which must not compete with the page's own islands for the network and the
 * CPU of a phone while it hydrates them (issue 14, blocking time).
 */
function apresChargementInactif(f: () => void): void {
  const suite = () => quandInactif(f, { delai: 10_000, repli: 2000 });
  if (document.readyState === 'complete') suite();
  else addEventListener('load', suite, { once: true });
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  apresChargementInactif(async () => {
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
