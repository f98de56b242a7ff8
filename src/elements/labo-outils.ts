/**
 * Listens for the simulators' tool buttons and shortcut keys (pages with a simulator only,
 * from Labo.astro); the tools themselves (src/elements/projection.ts) load on first use.
 * Importing persistance.ts here, first, sets up a shared scenario before any store reads.
 */
import { $etatStockage, $scenario } from '../stores/persistance.ts';
import { entrerMasquage } from './masquage.ts';

declare global {
  interface Window {
    /** Shortcut keys pressed before this module ran (Labo.astro's inline listener). */
    touchesLabo?: KeyboardEvent[];
    ecouteTouchesLabo?: (e: KeyboardEvent) => void;
  }
}

// Blocked or full storage: the notice loads only then (issue 15).
$etatStockage.subscribe((e) => {
  if (e !== 'ok') void import('./avis-stockage.ts');
});

let charges: typeof import('./projection.ts') | undefined;
const outils = () => import('./projection.ts').then((m) => (charges = m));

// A page opened from a shared scenario says so, with « Garder ce scénario » (persistance.ts).
if ($scenario.get().mode !== 'aucun') void outils().then((m) => m.bandeauScenario());

document.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLElement>('[data-labo-action]');
  if (!b) return;
  const action = b.dataset.laboAction!;
  if (charges) return charges.agir(action, b);
  // The tools' code is still loading (seconds on a slow connection): the press is taken now and
  // the button says it is busy; a second press meanwhile is ignored, it would undo the first.
  // « Masquer » hides the results at once, so a reply chosen meanwhile in the role-play stays hidden.
  if (b.getAttribute('aria-busy') === 'true') return;
  b.setAttribute('aria-busy', 'true');
  const labo = b.closest<HTMLElement>('.labo');
  const masqueTout = action === 'masquer' && labo && labo.dataset.resultats !== 'masques';
  if (masqueTout) {
    entrerMasquage(labo);
    b.setAttribute('aria-pressed', 'true');
  }
  void outils().then((m) => {
    b.removeAttribute('aria-busy');
    m.agir(action, b, !masqueTout);
  });
});

function surTouche(e: KeyboardEvent): void {
  if (e.ctrlKey || e.metaKey || e.altKey || !'fFmM?'.includes(e.key)) return;
  const cible = e.target as Element;
  // Typing in a field (or choosing in a list) is never a shortcut.
  if (cible.closest?.('input, textarea, select, [contenteditable], dialog')) return;
  e.preventDefault();
  void outils().then((m) => m.raccourci(e.key, cible));
}

// Keys pressed before this module ran were kept by Labo.astro's inline listener: they count too.
const enAttente = window.touchesLabo;
if (window.ecouteTouchesLabo) document.removeEventListener('keydown', window.ecouteTouchesLabo);
window.touchesLabo = undefined;
document.addEventListener('keydown', surTouche);
for (const e of enAttente ?? []) surTouche(e);
