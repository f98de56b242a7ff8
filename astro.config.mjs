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
});
