/**
 * Main-thread work at load, page by page, as Lighthouse's mobile preset counts it (issue 14):
 * `node outils/mesurer-taches-longues.ts <runs> <port[,port2]> <path>…` against `outils/serve-dist.ts`.
 * Each page is traced without throttling and each main-thread task's *thread CPU time* is multiplied
 * by 4, as Lighthouse's simulated 4× CPU multiplies the tasks it observed; the blocking time is the
 * sum of (4 × task − 50 ms) over tasks past 50 ms. Thread CPU time, not wall time: on a machine
 * shared with other runs a task's wall duration doubles or triples, its CPU time barely moves.
 * With two ports (two builds served side by side) the runs alternate, so that both see the same
 * machine state; the median of the runs is printed. `DETAIL=1` lists what runs in each long task.
 * Two figures per page: the whole load, and the tasks that start after the first contentful paint,
 * the only ones Lighthouse's total blocking time counts (its window runs from that paint to
 * « interactive »): a chapter's parsing and first layout come before it and cost its score nothing.
 * `ETAT=etat.json` loads each page with a learner's work: a Playwright storage state (what
 * `context.storageState({ path })` saves), its local storage moved to the port measured. Lighthouse
 * always starts from an empty store, where « Ma campagne » or « Mon dossier » have least to do.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test';

interface Evenement {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  cat?: string;
  tdur?: number;
  args?: {
    name?: string;
    elementCount?: number;
    beginData?: { url?: string; dirtyObjects?: number };
    data?: { url?: string };
  };
}

const [runs = '3', ports = '4400', ...chemins] = process.argv.slice(2);
const MULTIPLICATEUR = 4;

type Etat = Exclude<BrowserContextOptions['storageState'], string | undefined>;
const etat: Etat | undefined = process.env.ETAT
  ? JSON.parse(readFileSync(process.env.ETAT, 'utf8'))
  : undefined;
/** The saved work, as if it had been done on the server at `port`. */
const etatPour = (port: string): Etat | undefined =>
  etat && {
    cookies: [],
    origins: etat.origins.map((o) => ({ ...o, origin: `http://127.0.0.1:${port}` })),
  };

async function mesurer(navigateur: Browser, port: string, chemin: string) {
  const contexte = await navigateur.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    storageState: etatPour(port),
  });
  const page = await contexte.newPage();
  const cdp = await contexte.newCDPSession(page);
  const evenements: Evenement[] = [];
  cdp.on('Tracing.dataCollected', (e) => evenements.push(...(e.value as unknown as Evenement[])));
  const fini = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.goto(`http://127.0.0.1:${port}${chemin}`, { waitUntil: 'load' });
  // Islands hydrate at idle time or when visible, then fetch data: leave them time to settle.
  await page.waitForTimeout(5000);
  await cdp.send('Tracing.end');
  await fini;
  await contexte.close();
  // The page's main thread: the one that parsed its HTML (the browser's own pages have theirs).
  const parse = evenements.find(
    (e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith('http://127.0.0.1'),
  );
  const taches = evenements.filter(
    (e) => e.pid === parse?.pid && e.tid === parse?.tid && e.ph === 'X' && e.name === 'RunTask',
  );
  const longues = taches
    .map((t) => ({ t, ms: ((t.tdur ?? 0) * MULTIPLICATEUR) / 1000 }))
    .filter((x) => x.ms > 50);
  // The page's first contentful paint (its renderer's first, the main frame's), in trace time.
  const fcp = evenements.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse?.pid)?.ts;
  if (process.env.DETAIL)
    for (const { t, ms } of longues) {
      const dedans = evenements.filter(
        (e) =>
          e.pid === t.pid &&
          e.tid === t.tid &&
          e.ph === 'X' &&
          e !== t &&
          e.ts >= t.ts &&
          e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) &&
          ((e.tdur ?? 0) * MULTIPLICATEUR) / 1000 > 8,
      );
      const quoi = dedans.map(
        (e) =>
          `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, '')}` : ''} ${Math.round(((e.tdur ?? 0) * MULTIPLICATEUR) / 1000)}`,
      );
      console.log(`  ${chemin} tâche ${Math.round(ms)} ms : ${quoi.join(' | ')}`);
    }
  // How much of the page was styled and laid out during the load: counts, not durations, so they
  // do not move with the machine's load, and they tell whether a change spared the browser work.
  const duThread = evenements.filter((e) => e.pid === parse?.pid && e.tid === parse?.tid);
  const somme = (nom: string, n: (e: Evenement) => number) =>
    duThread.filter((e) => e.name === nom).reduce((s, e) => s + n(e), 0);
  return {
    ms: Math.round(longues.reduce((s, x) => s + x.ms - 50, 0)),
    // Without a paint (an error page?), every task counts: better too much than a silent zero.
    apresFcp: Math.round(
      longues
        .filter(({ t }) => fcp === undefined || t.ts >= fcp)
        .reduce((s, x) => s + x.ms - 50, 0),
    ),
    elements: somme('UpdateLayoutTree', (e) => e.args?.elementCount ?? 0),
    objets: somme('Layout', (e) => e.args?.beginData?.dirtyObjects ?? 0),
  };
}

const mediane = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)];
const navigateur = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
});
for (const chemin of chemins) {
  const mesures = new Map(
    ports.split(',').map((p) => [p, [] as Awaited<ReturnType<typeof mesurer>>[]]),
  );
  for (let i = 0; i < Number(runs); i++)
    for (const [port, l] of mesures) l.push(await mesurer(navigateur, port, chemin));
  for (const [port, l] of mesures) {
    const ms = l.map((m) => m.ms),
      apres = l.map((m) => m.apresFcp);
    const { elements, objets } = l[0];
    console.log(
      `${chemin} (port ${port}) : ${mediane(ms)} ms bloqués (mesures ${ms.join(', ')}), dont ${mediane(apres)} après le premier affichage (${apres.join(', ')}) ; ${elements} éléments stylés, ${objets} objets mis en page`,
    );
  }
}
await navigateur.close();
