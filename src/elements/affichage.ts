/**
 * Theme and projection toggles, in plain DOM code: these run on every page, including pages
 * with no island, where the budget is 2 KB of JavaScript (no framework here).
 * The first paint is handled by the inline script in BaseLayout, which reads the same key.
 *
 * Stored under `atelier:v1:affichage` as `{ theme?: 'clair' | 'sombre', projection?: boolean }`.
 * Anything else found there (an older format, a hand-edited value) is ignored and replaced on the
 * next change: these are preferences, losing them is harmless and must never break a page.
 */
const CLE = 'atelier:v1:affichage';

interface Affichage {
  theme?: 'clair' | 'sombre';
  projection?: boolean;
}

function lire(): Affichage {
  try {
    const brut = JSON.parse(localStorage.getItem(CLE) ?? '{}');
    return {
      theme: brut.theme === 'clair' || brut.theme === 'sombre' ? brut.theme : undefined,
      projection: brut.projection === true,
    };
  } catch {
    return {};
  }
}

function ecrire(a: Affichage): void {
  try {
    localStorage.setItem(CLE, JSON.stringify(a));
  } catch {
    /* private mode: keep it for this page only */
  }
}

const racine = document.documentElement;
const themeSysteme = () =>
  matchMedia('(prefers-color-scheme: dark)').matches ? 'sombre' : 'clair';

function appliquer(a: Affichage): void {
  racine.dataset.theme = a.theme ?? themeSysteme();
  racine.dataset.projection = a.projection ? 'oui' : 'non';
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-bascule]')) {
    const actif =
      b.dataset.bascule === 'theme' ? racine.dataset.theme === 'sombre' : a.projection === true;
    b.setAttribute('aria-pressed', String(actif));
  }
  dispatchEvent(new CustomEvent('atelier:affichage'));
}

function basculer(quoi: string): void {
  const a = lire();
  if (quoi === 'theme') a.theme = racine.dataset.theme === 'sombre' ? 'clair' : 'sombre';
  else a.projection = !a.projection;
  ecrire(a);
  appliquer(a);
}

document.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLButtonElement>('[data-bascule]');
  if (b) basculer(b.dataset.bascule!);
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => appliquer(lire()));
appliquer(lire());
