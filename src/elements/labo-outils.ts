/**
 * Listens for the simulators' tool buttons and shortcut keys (pages with a simulator only,
 * from Labo.astro); the tools themselves (src/elements/projection.ts) load on first use.
 * Importing persistance.ts here, first, sets up a shared scenario before any store reads.
 */
import { $etatStockage, $scenario } from '../stores/persistance.ts';

// Blocked or full storage: the notice loads only then (issue 15).
$etatStockage.subscribe((e) => {
  if (e !== 'ok') void import('./avis-stockage.ts');
});

const outils = () => import('./projection.ts');

// A page opened from a shared scenario says so, with « Garder ce scénario » (persistance.ts).
if ($scenario.get().mode !== 'aucun') void outils().then((m) => m.bandeauScenario());

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
