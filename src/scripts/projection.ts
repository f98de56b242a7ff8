/**
 * The trainer's tools on a simulator (issue 8), loaded on first use by affichage.ts: full screen
 * (button or F), « Masquer les résultats » then « Révéler la suite » one section at a time
 * (button or M), the list of shortcuts (?). Échap leaves full screen and closes the list
 * (the browser does both). Plain DOM code acting on the server-rendered .labo markup.
 */

/** The result sections of a simulator, in reading order: what « Masquer » hides and reveals step by step. */
const RESULTATS = '.labo-resultats, .labo-graphique, .vue-differee';

function boutonDe(labo: HTMLElement, action: string): HTMLButtonElement | null {
  return labo.querySelector<HTMLButtonElement>(`[data-labo-action="${action}"]`);
}

function pleinEcran(labo: HTMLElement): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void labo.requestFullscreen?.().catch(() => { /* refused (iframe, old browser): the page stays as it is */ });
}

/** Hides every result section; then each press reveals the next one; the last press ends the masking. */
function masquer(labo: HTMLElement): void {
  const sections = [...labo.querySelectorAll<HTMLElement>(RESULTATS)];
  const bouton = boutonDe(labo, 'masquer');
  const caches = sections.filter((s) => s.dataset.masque === 'oui');
  if (labo.dataset.resultats !== 'masques') {
    labo.dataset.resultats = 'masques';
    for (const s of sections) s.dataset.masque = 'oui';
  } else if (caches.length > 0) {
    caches[0].dataset.masque = 'non';
    caches[0].scrollIntoView({ block: 'nearest' });
  }
  const restants = sections.filter((s) => s.dataset.masque === 'oui').length;
  if (labo.dataset.resultats === 'masques' && restants === 0) {
    delete labo.dataset.resultats;
    for (const s of sections) delete s.dataset.masque;
  }
  if (bouton) {
    const actif = labo.dataset.resultats === 'masques';
    bouton.textContent = actif ? `Révéler la suite (${restants} masqué${restants > 1 ? 's' : ''})` : 'Masquer les résultats';
    bouton.setAttribute('aria-pressed', String(actif));
  }
}

function aide(): void {
  let d = document.querySelector<HTMLDialogElement>('dialog.raccourcis');
  if (!d) {
    d = document.createElement('dialog');
    d.className = 'raccourcis';
    d.setAttribute('aria-labelledby', 'raccourcis-titre');
    const titre = document.createElement('h2');
    titre.id = 'raccourcis-titre';
    titre.textContent = 'Raccourcis clavier des simulateurs';
    const liste = document.createElement('dl');
    for (const [touche, effet] of [['F', 'plein écran pour le simulateur en cours, ou retour'], ['M', 'masquer les résultats, puis les révéler un à un'], ['?', 'afficher cette liste'], ['Échap', 'quitter le plein écran ou fermer cette liste']]) {
      const dt = document.createElement('dt'), kbd = document.createElement('kbd'), dd = document.createElement('dd');
      kbd.textContent = touche;
      dt.append(kbd);
      dd.textContent = effet;
      liste.append(dt, dd);
    }
    const fermer = document.createElement('button');
    fermer.type = 'button';
    fermer.className = 'bouton';
    fermer.textContent = 'Fermer';
    fermer.addEventListener('click', () => d!.close());
    d.append(titre, liste, fermer);
  }
  // In full screen only the full-screen element is shown: the list goes inside it.
  (document.fullscreenElement ?? document.body).append(d);
  d.showModal();
}

/** The simulator a shortcut applies to: the one holding the focus, else the first one on screen. */
function laboCourant(depuis: Element | null): HTMLElement | null {
  const proche = depuis?.closest<HTMLElement>('.labo');
  if (proche) return proche;
  if (document.fullscreenElement instanceof HTMLElement && document.fullscreenElement.matches('.labo')) return document.fullscreenElement;
  return [...document.querySelectorAll<HTMLElement>('.labo')].find((l) => { const r = l.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }) ?? null;
}

/** A click on a tool button of a simulator. */
export function agir(action: string, bouton: Element): void {
  const labo = bouton.closest<HTMLElement>('.labo');
  if (action === 'aide') return aide();
  if (!labo) return;
  if (action === 'plein-ecran') pleinEcran(labo);
  else if (action === 'masquer') masquer(labo);
}

/** A shortcut key pressed outside any field. */
export function raccourci(touche: string, cible: Element | null): void {
  if (touche === '?') return aide();
  const labo = laboCourant(cible);
  if (!labo) return;
  if (touche.toLowerCase() === 'f') pleinEcran(labo);
  else if (touche.toLowerCase() === 'm') masquer(labo);
}

// The button's state follows the browser's full screen, however it was left (Échap included).
document.addEventListener('fullscreenchange', () => {
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-labo-action="plein-ecran"]')) {
    const actif = document.fullscreenElement === b.closest('.labo');
    b.setAttribute('aria-pressed', String(actif));
    b.textContent = actif ? 'Quitter le plein écran' : 'Plein écran';
  }
});
