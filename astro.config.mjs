// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// A static site: every page is prerendered, served from any host (or a USB stick).
export default defineConfig({
  site: 'https://atelier-prospection.example',
  trailingSlash: 'ignore',
  integrations: [mdx(), preact()],
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Workers (and the home page's idle script) as ES modules: the stores they share with the pages
  // use a top-level await (a shared scenario's link is read before any store, persistance.ts).
  vite: {
    worker: { format: 'es' },
    // No <link rel="modulepreload"> per dependency of a dynamic import: adding them (35 for the
    // thread of /campagne/) ran as one task of about 220 ms on a phone (Lighthouse, 4× CPU), more
    // than the modules' own work; the browser finds the same files from the imports themselves.
    // A plugin, because Astro sets `build.modulePreload` itself after the user's `vite.build`.
    plugins: [
      {
        name: 'atelier:sans-modulepreload',
        configEnvironment: (nom) =>
          nom === 'client' ? { build: { modulePreload: false } } : undefined,
      },
    ],
    build: {
      rolldownOptions: {
        output: {
          // A group takes its modules' own imports along (rolldown's includeDependenciesRecursively,
          // which Astro's preserveEntrySignatures forbids turning off): grouping the thread's stores of
          // chapters 7 to 11 (43 files on /campagne/ → 22) pulled the shared stores into each group and
          // put eight pages over budget (ch 9 39,4 → 55,6 Ko, « Mon dossier » 42,2 → 62,7 Ko), so the
          // thread's modules keep their own chunks.
          codeSplitting: {
            groups: [
              // The framework runtime (Preact, nanostores), used by every page with an island, in
              // one chunk: left to itself the bundler cuts it into half a dozen small chunks as the
              // site grows, and each chunk costs its own overhead on every page (ARCHITECTURE budgets).
              {
                name: 'socle',
                test: /node_modules[\\/](preact|nanostores|@nanostores|@astrojs[\\/]preact)[\\/]/,
                priority: 20,
              },
              // zod/mini in one chunk, with the helper that turns a schema into a store's validator: the
              // stores that validate with it, a shared link's reader, the progress and « Mon dossier »
              // share that one copy, and a page that loads none of them does not get it. Left to itself
              // the bundler may cut the library into several chunks as its importers change, each paid
              // on a page that needs it. (Not the progress schemas: chapters import their constants.)
              {
                name: 'zod',
                test: /(node_modules[\\/]zod[\\/].*|src[\\/]stores[\\/]schema-stocke\.ts)$/,
                priority: 20,
              },
              // The margin's subtraction rides along: alone, its chunk cost 0,2 Ko to each page using it.
              {
                name: 'nombres',
                test: /src[\\/]lib[\\/](commun[\\/](nombres|accord|resultat|majuscule)|marges[\\/]marge-unitaire)\.ts$/,
                priority: 10,
              },
              // The stores every chapter loads together (persistence, the samples' cards, the company
              // studied): one chunk each rather than six small ones. The storage engine stays apart, and the
              // hydration hook with localStorage's accessor, as « Mon dossier » uses only those.
              { name: 'stockage-sur', test: /src[\\/]stores[\\/]stockage-sur\.ts$/, priority: 15 },
              {
                name: 'hydratation',
                test: /src[\\/](islands[\\/]ui[\\/]hydratation|stores[\\/]stockage-navigateur)\.ts$/,
                priority: 16,
              },
              {
                name: 'persistance',
                test: /(src[\\/](stores[\\/]persistance|build[\\/]ordre-exemples|islands[\\/]ui[\\/]AvisStockage|exercises[\\/]format-code)\.tsx?|content[\\/]datasets[\\/][^\\/]+[\\/]entreprise\.json)$/,
                priority: 10,
              },
              {
                name: 'entreprise',
                test: /src[\\/](stores[\\/](catalogue|entreprise|import-resume)|lib[\\/]commun[\\/]table)\.ts$/,
                priority: 10,
              },
            ],
          },
        },
      },
    },
  },
});
