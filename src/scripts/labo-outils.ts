/**
 * Listens for the simulators' tool buttons and shortcut keys (pages with a simulator only,
 * from Labo.astro); the tools themselves (src/scripts/projection.ts) load on first use.
 */
const outils = () => import('./projection.ts');

document.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLElement>('[data-labo-action]');
  if (b) void outils().then((m) => m.agir(b.dataset.laboAction!, b));
});

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || !'fFmM?'.includes(e.key)) return;
  const cible = e.target as Element;
  // Typing in a field (or choosing in a list) is never a shortcut.
  if (cible.closest?.('input, textarea, select, [contenteditable], dialog')) return;
  e.preventDefault();
  void outils().then((m) => m.raccourci(e.key, cible));
});
