/**
 * A new deployment never strands the learner (issue 15, case 12). Two tiny deployments of the
 * site's own service worker (outils/service-worker-code.ts), served like a host that sends
 * `Cache-Control: max-age=600`: the second one removes the first one's script. After « Mettre
 * à jour », the page must run the new script, online and offline. Before the fix the new worker
 * precached the OLD page from the HTTP cache, which asked for a script that no longer existed.
 */
import { createServer, type Server } from 'node:http';
import { test, expect } from './outils.ts';
import { codeServiceWorker } from '../../outils/service-worker-code.ts';

test.use({ serviceWorkers: 'allow' });
// A port the OS chooses: the fixture host is nobody else's.
let ORIGINE = '';

/** The files of deployment n: a page, its script (named after the deployment, as Astro's hashed chunks), the worker. */
function deploiement(n: number): Record<string, string> {
  return {
    '/': `<!doctype html><html lang="fr"><title>Déploiement ${n}</title><p id="etat">non hydraté</p><script type="module" src="/app-${n}.js"></script></html>`,
    '/autre/': `<!doctype html><html lang="fr"><title>Autre page</title><p id="etat">non hydraté</p><script type="module" src="/app-${n}.js"></script></html>`,
    [`/app-${n}.js`]: `document.querySelector('#etat').textContent = 'hydraté ${n}'; navigator.serviceWorker?.register('/sw.js');`,
    '/404.html':
      '<!doctype html><html lang="fr"><title>Page introuvable</title><h1>Page introuvable</h1></html>',
    '/sw.js': codeServiceWorker({
      version: `v${n}`,
      urls: ['/', '/autre/', `/app-${n}.js`, '/404.html'],
    }),
  };
}

let actuel = 1;
let serveur: Server;
test.beforeAll(async () => {
  serveur = createServer((req, res) => {
    const chemin = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const corps = deploiement(actuel)[chemin];
    const type = chemin.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(corps === undefined ? 404 : 200, {
      'content-type': type,
      'cache-control': 'max-age=600',
    });
    res.end(corps ?? 'Introuvable');
  });
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  const adresse = serveur.address();
  ORIGINE = `http://127.0.0.1:${typeof adresse === 'object' && adresse ? adresse.port : 0}`;
});
test.afterAll(() => new Promise<void>((ok) => serveur.close(() => ok())));

test('un redéploiement dans les dix minutes de max-age, puis « Mettre à jour » : la page tourne sur le nouveau code, en ligne et hors connexion', async ({
  page,
  context,
}) => {
  actuel = 1;
  await page.goto(`${ORIGINE}/`);
  await expect(page.locator('#etat')).toHaveText('hydraté 1');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await page.reload(); // the page is now in the browser's HTTP cache for ten minutes, and in the worker's cache
  await expect(page.locator('#etat')).toHaveText('hydraté 1');

  actuel = 2; // the redeploy: app-1.js is gone
  const installe = await page.evaluate(async () => {
    const inscription = (await navigator.serviceWorker.getRegistration())!;
    await inscription.update();
    const nouveau = inscription.installing ?? inscription.waiting;
    if (!nouveau) return 'aucune mise à jour';
    await new Promise<void>((ok) => {
      const suivre = () => {
        if (nouveau.state === 'installed' || nouveau.state === 'redundant') ok();
        else nouveau.addEventListener('statechange', suivre, { once: true });
      };
      suivre();
    });
    if (nouveau.state === 'redundant') return 'installation refusée';
    const change = new Promise<void>((ok) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => ok(), { once: true }),
    );
    nouveau.postMessage('activer'); // « Mettre à jour »
    await change;
    return 'activé';
  });
  expect(installe).toBe('activé');
  await page.reload();
  await expect(page.locator('#etat')).toHaveText('hydraté 2');
  await page.goto(`${ORIGINE}/autre/`);
  await expect(page.locator('#etat')).toHaveText('hydraté 2');

  await context.setOffline(true);
  await page.goto(`${ORIGINE}/`);
  await expect(page.locator('#etat')).toHaveText('hydraté 2');
  await page.goto(`${ORIGINE}/autre`); // without its final slash
  await expect(page.locator('#etat')).toHaveText('hydraté 2');
  await context.setOffline(false);
});
