/**
 * The trainer's tools on a simulator (issue 8), loaded on first use by affichage.ts: full screen
 * (button or F), « Masquer les résultats » then « Révéler la suite » one section at a time
 * (button or M), the list of shortcuts (?). Échap leaves full screen and closes the list
 * (the browser does both). Plain DOM code acting on the server-rendered .labo markup.
 */

import { $scenario, entreesScenario, lireCle } from '../stores/persistance.ts';
import { encoderScenario } from '../stores/scenario.ts';
import { $entreprise, ID_IMPORT } from '../stores/campagne.ts';

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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, texte?: string, classe?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (texte !== undefined) e.textContent = texte;
  if (classe) e.className = classe;
  return e;
}
function bouton(texte: string, action: () => void, classe = 'bouton'): HTMLButtonElement {
  const b = element('button', texte, classe);
  b.type = 'button';
  b.addEventListener('click', action);
  return b;
}

/** The link of a simulator's scenario: its stores (data-partage: names, or `travail.<champ>`) for the company studied. */
export function lienScenario(labo: HTMLElement): { url: string } | { erreur: string } {
  const e = $entreprise.get();
  if (!e) return { erreur: 'Aucune entreprise n’est choisie.' };
  if (e.id === ID_IMPORT) return { erreur: 'Votre fichier importé reste dans ce navigateur et ne voyage pas dans un lien. Choisissez une entreprise d’exemple (page Données) pour partager un scénario.' };
  const valeurs: Record<string, unknown> = {};
  for (const spec of (labo.dataset.partage ?? '').split(',').filter(Boolean)) {
    const [nom, champ] = spec.split('.');
    let brut: unknown;
    try { brut = JSON.parse(lireCle(`atelier:v1:${nom}`) ?? 'null'); } catch { brut = null; }
    if (brut === null || typeof brut !== 'object') continue;
    if (!champ) { valeurs[nom] = brut; continue; }
    const entree = (brut as Record<string, Record<string, unknown> | undefined>)[e.id];
    if (!entree || !(champ in entree)) continue;
    const parEntreprise = (valeurs[nom] ??= { [e.id]: {} }) as Record<string, Record<string, unknown>>;
    parEntreprise[e.id][champ] = entree[champ];
  }
  return { url: `${location.origin}${location.pathname}?scenario=${encoderScenario({ entreprise: e.id, valeurs })}#${labo.id}` };
}

async function dessinerQr(cible: HTMLElement, texte: string): Promise<void> {
  const { encode } = await import('uqr');
  const { data, size } = encode(texte, { border: 2, ecc: 'L' });
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'QR code du lien du scénario');
  const chemin = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  let d = '';
  data.forEach((ligne, y) => ligne.forEach((noir, x) => { if (noir) d += `M${x} ${y}h1v1h-1z`; }));
  chemin.setAttribute('d', d);
  svg.append(chemin);
  cible.replaceChildren(svg);
}

/** « Partager ce scénario »: the link, « Copier », and its QR code (drawn here, no service), full screen on demand. */
function partager(labo: HTMLElement): void {
  document.querySelector('dialog.partage')?.remove();
  const d = element('dialog', undefined, 'partage');
  d.setAttribute('aria-labelledby', 'partage-titre');
  const titre = element('h2', 'Partager ce scénario');
  titre.id = 'partage-titre';
  d.append(titre);
  const lien = lienScenario(labo);
  if ('erreur' in lien) {
    d.append(element('p', lien.erreur), bouton('Fermer', () => d.close()));
  } else {
    d.append(element('p', 'Ce lien redonne exactement ces saisies et cette entreprise. Qui l’ouvre voit le scénario sans perdre ses propres saisies, et peut choisir de le garder.'));
    const etiquette = element('label', 'Lien du scénario');
    etiquette.htmlFor = 'partage-lien';
    const champ = element('input');
    champ.id = 'partage-lien';
    champ.readOnly = true;
    champ.value = lien.url;
    champ.dataset.lien = '';
    const etat = element('p', lien.url.length > 2000 ? `Lien long (${lien.url.length} caractères) : copiez-le plutôt que de le lire à voix haute.` : '', 'partage-etat');
    etat.setAttribute('role', 'status');
    const qr = element('div', undefined, 'partage-qr');
    const actions = element('div', undefined, 'labo-actions');
    actions.append(
      bouton('Copier le lien', () => {
        champ.select();
        void navigator.clipboard?.writeText(lien.url).then(() => { etat.textContent = 'Lien copié.'; }, () => { etat.textContent = 'Copie refusée par le navigateur : le lien est sélectionné, copiez-le au clavier (Ctrl + C).'; });
      }, 'bouton principal'),
      bouton('QR code en plein écran', () => { void dessinerQr(qr, lien.url).then(() => qr.requestFullscreen?.().catch(() => undefined)); }),
      bouton('Fermer', () => d.close(), 'bouton-discret'),
    );
    d.append(etiquette, champ, etat, qr, actions);
    void dessinerQr(qr, lien.url).catch(() => { etat.textContent = 'QR code impossible pour ce lien (trop long) : copiez le lien.'; });
  }
  (document.fullscreenElement ?? document.body).append(d);
  d.showModal();
}

/** The page's address without the scenario (the visitor's own data). */
function sansScenario(): string {
  const u = new URL(location.href);
  u.searchParams.delete('scenario');
  return u.pathname + u.search + u.hash;
}
/** « Revenir à mes saisies »: the same page on the visitor's own data. */
const quitterScenario = () => location.replace(sansScenario());
/** « Garder ce scénario »: the scenario's values (as edited since) replace the visitor's, then the page reloads on them. */
function garderScenario(): void {
  for (const [cle, v] of entreesScenario()) {
    if (v === undefined) localStorage.removeItem(cle); else localStorage.setItem(cle, v);
  }
  quitterScenario();
}

/** The banner of a page opened from a shared scenario (or from a damaged link). */
export function bandeauScenario(): void {
  const etat = $scenario.get();
  if (etat.mode === 'aucun' || document.querySelector('.bandeau-scenario')) return;
  const bandeau = element('div', undefined, 'bandeau-scenario');
  bandeau.setAttribute('role', 'status');
  const actions = element('div', undefined, 'labo-actions');
  if (etat.mode === 'partage') {
    const nom = $entreprise.get()?.nom ?? etat.entreprise;
    bandeau.append(element('p', `Vous regardez un scénario partagé (entreprise : ${nom}). Vos propres saisies ne sont pas modifiées : ce que vous changez ici ne sera gardé que si vous gardez le scénario.`));
    actions.append(bouton('Garder ce scénario', garderScenario, 'bouton principal'), bouton('Revenir à mes saisies', quitterScenario, 'bouton-discret'));
  } else {
    bandeau.append(element('p', etat.message));
    actions.append(bouton('Revenir à mes saisies', quitterScenario, 'bouton-discret'));
  }
  bandeau.append(actions);
  placerBandeau(bandeau);
}

/**
 * A shared link ends with its simulator's anchor (#simulateur-…): the banner goes just above that
 * simulator and the page lands on both, so a phone opening the link sees the banner and the
 * figures together, not the middle of the lesson with the banner thousands of pixels above.
 */
function placerBandeau(bandeau: HTMLElement): void {
  const cible = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (cible?.matches('.labo')) {
    cible.before(bandeau);
    bandeau.scrollIntoView({ block: 'start' });
  } else {
    (document.querySelector('main') ?? document.body).prepend(bandeau);
  }
}

/** A click on a tool button of a simulator. */
export function agir(action: string, bouton: Element): void {
  const labo = bouton.closest<HTMLElement>('.labo');
  if (action === 'aide') return aide();
  if (!labo) return;
  if (action === 'partager') return partager(labo);
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
