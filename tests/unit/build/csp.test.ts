/**
 * The Content-Security-Policy without 'unsafe-inline' for scripts (issue 15): the rewrite of one
 * page, then, when the site is built (dist/ present), every inline script of every page hashed
 * here and found in that page's policy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ajouterEmpreintes,
  empreinteCsp,
  politique,
  scriptsEnLigne,
  sources,
} from '../../../src/build/csp.ts';

const page = (csp: string, corps: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><script is-inline>a()</script></head><body>${corps}</body></html>`;

describe('empreintes des scripts en ligne', () => {
  test('remplace unsafe-inline par l’empreinte de chaque script sans src, et garde le reste', () => {
    const html = page(
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'",
      '<script type="module" src="/x.js"></script><script type="module">b()</script><script>a()</script>',
    );
    expect(scriptsEnLigne(html)).toEqual(['a()', 'b()', 'a()']);
    const lu = ajouterEmpreintes(html);
    if (!lu.ok) throw new Error(lu.erreur.message);
    const r = lu.valeur;
    expect(r.empreintes).toBe(2);
    const csp = politique(r.html)!;
    expect(sources(csp, 'script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      empreinteCsp('a()'),
      empreinteCsp('b()'),
    ]);
    expect(sources(csp, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    // Known value: echo -n 'a()' | openssl dgst -sha256 -binary | base64
    expect(empreinteCsp('a()')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    // Applied twice (a rebuild of the same dist), the result is the same.
    expect(ajouterEmpreintes(r.html)).toEqual(lu);
  });

  test('une page sans politique est une erreur', () => {
    expect(ajouterEmpreintes('<html><script>x()</script></html>')).toEqual({
      ok: false,
      erreur: { champ: 'html', message: 'page sans Content-Security-Policy' },
    });
  });
});

const dist = join(import.meta.dirname, '..', '..', '..', 'dist');
describe.skipIf(!existsSync(join(dist, 'index.html')))('site construit (dist/)', () => {
  test('chaque script en ligne de chaque page est autorisé par son empreinte, et aucun par unsafe-inline', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(20);
    let scripts = 0;
    for (const f of pages) {
      const html = readFileSync(join(dist, f), 'utf8');
      const csp = politique(html);
      expect(csp, f).toBeDefined();
      const permis = sources(csp!, 'script-src');
      expect(permis, f).not.toContain("'unsafe-inline'");
      for (const s of scriptsEnLigne(html)) {
        scripts++;
        expect(permis, `${f} : ${s.slice(0, 60)}`).toContain(empreinteCsp(s));
      }
      // An event handler attribute would need 'unsafe-hashes': none may exist.
      expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], f).toEqual([]);
    }
    expect(scripts).toBeGreaterThan(0);
  });
});
