/**
 * The trainer's tools on a simulator (issue 8), loaded on first use by affichage.ts: full screen
 * (button or F), « Masquer les résultats » then « Révéler la suite » one section at a time
 * (button or M), the list of shortcuts (?). Échap leaves full screen and closes the list
 * (the browser does both). Plain DOM code acting on the server-rendered .labo markup.
 */

import {
  $scenario,
  ecrireCleVisiteur,
  entreesScenario,
  lireCle,
  libelles,
  lireCleVisiteur,
  partiesRefusees,
  validateurs,
} from '../stores/persistance.ts';
import { echec, ok, type Resultat } from '../lib/commun/resultat.ts';
import {
  aGarder,
  encoderScenario,
  lireJson,
  LONGUEUR_MAX,
  PAR_ENTREPRISE,
  saisiesRemplacees,
} from '../stores/scenario.ts';
import { exporterTravail } from '../stores/sauvegarde.ts';
const chargerTousLesStores = () => import('../stores/tous-les-stores.ts');
import { $entreprise, $entreprises, ID_IMPORT } from '../stores/campagne.ts';
import { entrerMasquage, RESULTATS } from './masquage.ts';

function boutonDe(labo: HTMLElement, action: string): HTMLButtonElement | null {
  return labo.querySelector<HTMLButtonElement>(`[data-labo-action="${action}"]`);
}

function pleinEcran(labo: HTMLElement): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else
    void labo.requestFullscreen?.().catch(() => {
      /* refused (iframe, old browser): the page stays as it is */
    });
}

/**
 * Hides every result section; then each press reveals the next one; the last press ends the
 * masking. `avancer` false only labels the button: the press was already taken while this code
 * loaded (labo-outils.ts).
 */
function masquer(labo: HTMLElement, avancer = true): void {
  const sections = [...labo.querySelectorAll<HTMLElement>(RESULTATS)];
  const bouton = boutonDe(labo, 'masquer');
  const caches = sections.filter((s) => s.dataset.masque === 'oui');
  if (!avancer) {
    // Taken at once by labo-outils.ts; nothing more to do but label the button.
  } else if (labo.dataset.resultats !== 'masques') {
    entrerMasquage(labo);
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
    bouton.textContent = actif
      ? `Révéler la suite (${restants} masqué${restants > 1 ? 's' : ''})`
      : 'Masquer les résultats';
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
    for (const [touche, effet] of [
      ['F', 'plein écran pour le simulateur en cours, ou retour'],
      ['M', 'masquer les résultats, puis les révéler un à un'],
      ['?', 'afficher cette liste'],
      ['Échap', 'quitter le plein écran ou fermer cette liste'],
    ]) {
      const dt = document.createElement('dt'),
        kbd = document.createElement('kbd'),
        dd = document.createElement('dd');
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
  if (
    document.fullscreenElement instanceof HTMLElement &&
    document.fullscreenElement.matches('.labo')
  )
    return document.fullscreenElement;
  return (
    [...document.querySelectorAll<HTMLElement>('.labo')].find((l) => {
      const r = l.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }) ?? null
  );
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  texte?: string,
  classe?: string,
): HTMLElementTagNameMap[K] {
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
export function lienScenario(labo: HTMLElement): Resultat<string> {
  const e = $entreprise.get();
  if (!e) return echec('Aucune entreprise n’est choisie.', 'entreprise');
  if (e.id === ID_IMPORT)
    return echec(
      'Votre fichier importé reste dans ce navigateur et ne voyage pas dans un lien. Choisissez une entreprise d’exemple (page Données) pour partager un scénario.',
      'entreprise',
    );
  const valeurs: Record<string, unknown> = {};
  for (const spec of (labo.dataset.partage ?? '').split(',').filter(Boolean)) {
    const [nom, champ] = spec.split('.');
    let brut: unknown;
    try {
      brut = JSON.parse(lireCle(`atelier:v1:${nom}`) ?? 'null');
    } catch {
      brut = null;
    }
    if (brut === null || typeof brut !== 'object') continue;
    if (!champ) {
      valeurs[nom] = brut;
      continue;
    }
    const entree = (brut as Record<string, Record<string, unknown> | undefined>)[e.id];
    if (!entree || !(champ in entree)) continue;
    const parEntreprise = (valeurs[nom] ??= { [e.id]: {} }) as Record<
      string,
      Record<string, unknown>
    >;
    parEntreprise[e.id][champ] = entree[champ];
  }
  return ok(
    `${location.origin}${location.pathname}?scenario=${encoderScenario({ entreprise: e.id, valeurs })}#${labo.id}`,
  );
}

/** How a part of a scenario is named when it is too long for a link. */
const PARTIES: Record<string, string> = {
  journal: 'le journal de nettoyage (chapitre 5)',
  selection: 'la sélection (chapitre 6)',
  grille: 'la grille de scoring (chapitre 6)',
  reseau: 'le réseau de contacts',
  planning: 'le plan d’actions',
  ecriture: 'le brouillon de l’atelier d’écriture',
};

/** The parts of a link, longest first, named in French, with their length. */
function partiesLongues(labo: HTMLElement): string[] {
  const e = $entreprise.get();
  return (labo.dataset.partage ?? '')
    .split(',')
    .filter(Boolean)
    .map((spec) => {
      const [nom, champ] = spec.split('.');
      let brut: unknown;
      try {
        brut = JSON.parse(lireCle(`atelier:v1:${nom}`) ?? 'null');
      } catch {
        brut = null;
      }
      const v =
        champ && e
          ? (brut as Record<string, Record<string, unknown>> | null)?.[e.id]?.[champ]
          : PAR_ENTREPRISE.has(nom) && e
            ? (brut as Record<string, unknown> | null)?.[e.id]
            : brut;
      return {
        nom: PARTIES[champ ?? nom] ?? `les saisies «\u00a0${nom}\u00a0»`,
        longueur: JSON.stringify(v ?? null).length,
      };
    })
    .sort((a, b) => b.longueur - a.longueur)
    .filter((p, i) => i === 0 || p.longueur > 2000)
    .map((p) => p.nom);
}

/** The simulator's scenario as a work file (Mon bilan, « Importer un travail »): its stores, the company's part only. */
function fichierScenario(labo: HTMLElement): string {
  const e = $entreprise.get()!;
  const cles = [
    'atelier:v1:entreprise',
    ...new Set(
      (labo.dataset.partage ?? '')
        .split(',')
        .filter(Boolean)
        .map((s) => `atelier:v1:${s.split('.')[0]}`),
    ),
  ];
  const lire = (cle: string): string | null => {
    const texte = lireCle(cle),
      nom = cle.slice('atelier:v1:'.length);
    if (!PAR_ENTREPRISE.has(nom)) return texte;
    try {
      const tout = JSON.parse(texte ?? 'null') as Record<string, unknown> | null;
      return tout?.[e.id] === undefined ? null : JSON.stringify({ [e.id]: tout[e.id] });
    } catch {
      return null;
    }
  };
  return exporterTravail({ cles, lire, maintenant: new Date() });
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
  data.forEach((ligne, y) =>
    ligne.forEach((noir, x) => {
      if (noir) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
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
  const parametre = lien.ok ? (/[?&]scenario=([^#&]*)/.exec(lien.valeur)?.[1] ?? '') : '';
  if (!lien.ok) {
    d.append(
      element('p', lien.erreur.message),
      bouton('Fermer', () => d.close()),
    );
  } else if (parametre.length > LONGUEUR_MAX) {
    // A link the reader would refuse is never offered (issue 15, case 10): the scenario travels as a file.
    const trop = element(
      'p',
      `Ce scénario est trop long pour un lien (${parametre.length.toLocaleString('fr-FR')}\u00a0caractères, ${LONGUEUR_MAX.toLocaleString('fr-FR')} au plus)\u202f: ${partiesLongues(labo).join(', ')} ne tien${partiesLongues(labo).length > 1 ? 'nent' : 't'} pas dans une adresse. Envoyez-le plutôt en fichier\u202f: la personne qui le reçoit l’importe depuis la page Mon bilan («\u00a0Importer un travail\u00a0»).`,
    );
    trop.dataset.partageTropLong = '';
    const telecharger = bouton(
      'Télécharger le scénario',
      () => {
        const a = element('a');
        a.href = URL.createObjectURL(
          new Blob([fichierScenario(labo)], { type: 'application/json' }),
        );
        a.download = `scenario-${labo.id}.json`;
        a.click();
      },
      'bouton principal',
    );
    const actions = element('div', undefined, 'labo-actions');
    actions.append(
      telecharger,
      bouton('Fermer', () => d.close(), 'bouton-discret'),
    );
    d.append(trop, actions);
  } else {
    d.append(
      element(
        'p',
        'Ce lien redonne exactement ces saisies et cette entreprise. Qui l’ouvre voit le scénario sans perdre ses propres saisies, et peut choisir de le garder.',
      ),
    );
    const etiquette = element('label', 'Lien du scénario');
    etiquette.htmlFor = 'partage-lien';
    const champ = element('input');
    champ.id = 'partage-lien';
    champ.readOnly = true;
    champ.value = lien.valeur;
    champ.dataset.lien = '';
    const etat = element(
      'p',
      lien.valeur.length > 2000
        ? `Lien long (${lien.valeur.length} caractères) : copiez-le plutôt que de le lire à voix haute.`
        : '',
      'partage-etat',
    );
    etat.setAttribute('role', 'status');
    const qr = element('div', undefined, 'partage-qr');
    const actions = element('div', undefined, 'labo-actions');
    actions.append(
      bouton(
        'Copier le lien',
        () => {
          champ.select();
          void navigator.clipboard?.writeText(lien.valeur).then(
            () => {
              etat.textContent = 'Lien copié.';
            },
            () => {
              etat.textContent =
                'Copie refusée par le navigateur : le lien est sélectionné, copiez-le au clavier (Ctrl + C).';
            },
          );
        },
        'bouton principal',
      ),
      bouton('QR code en plein écran', () => {
        void dessinerQr(qr, lien.valeur).then(() =>
          qr.requestFullscreen?.().catch(() => undefined),
        );
      }),
      bouton('Fermer', () => d.close(), 'bouton-discret'),
    );
    d.append(etiquette, champ, etat, qr, actions);
    void dessinerQr(qr, lien.valeur).catch(() => {
      etat.textContent = 'QR code impossible pour ce lien (trop long) : copiez le lien.';
    });
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
/**
 * « Garder ce scénario »: the scenario's values (as edited since), each checked by its store's
 * own validator, replace the visitor's (per company: only the scenario's company), then the page
 * reloads on them. A part that fails its check is not kept, and the banner says which one.
 */
async function garderScenario(bandeau: HTMLElement, confirme = false): Promise<void> {
  const etat = $scenario.get();
  if (etat.mode !== 'partage') return;
  await chargerTousLesStores();
  const entrees = entreesScenario().filter(
    ([cle]) => !partiesRefusees.has(cle.replace(/^atelier:v1:/, '')),
  );
  const garde = aGarder({
    entrees,
    entreprise: etat.entreprise,
    lire: lireCleVisiteur,
    validateurs,
  });
  if (!confirme && demanderAvantDeRemplacer(bandeau, garde.ecrire, etat.entreprise)) return;
  const { ecrire } = garde,
    refuses = [...partiesRefusees, ...garde.refuses];
  const echecs = ecrire.filter(([cle, texte]) => !ecrireCleVisiteur(cle, texte));
  if (refuses.length === 0 && echecs.length === 0) return quitterScenario();
  const message = element('p');
  message.textContent = [
    refuses.length > 0
      ? `Ces parties du scénario étaient illisibles et n’ont pas été gardées (vos propres saisies y restent) : ${refuses.join(', ')}.`
      : '',
    echecs.length > 0
      ? 'Le navigateur manque de place : une partie du scénario n’a pas pu être enregistrée. Exportez votre travail depuis la page Mon bilan.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  bandeau.replaceChildren(message, bouton('Voir mes saisies', quitterScenario, 'bouton principal'));
}

/**
 * Before « Garder ce scénario » overwrites anything of the visitor's own (their entries for the
 * scenario's company, their company studied), the banner says what and asks (trainer's test: a
 * learner's 777 contacts became the trainer's 321 without a word). True when it asked.
 */
function demanderAvantDeRemplacer(
  bandeau: HTMLElement,
  ecrire: [string, string | undefined][],
  entreprise: string,
): boolean {
  const remplacees = saisiesRemplacees({ ecrire, entreprise, lire: lireCleVisiteur });
  // An unreadable company (undefined) is not the visitor's choice: nothing to warn about.
  const actuelle = lireJson(lireCleVisiteur('atelier:v1:entreprise'));
  const changeEntreprise = typeof actuelle === 'string' && actuelle !== entreprise;
  if (remplacees.length === 0 && !changeEntreprise) return false;
  const nom = $entreprise.get()?.nom ?? entreprise;
  const ancienne = $entreprises.get().find((e) => e.id === actuelle)?.nom ?? actuelle;
  const phrases = [
    remplacees.length > 0
      ? `Garder ce scénario remplacera vos propres saisies pour ${nom} : ${remplacees.map((c) => `celles ${libelles.get(c) ?? `«\u00a0${c.replace(/^atelier:v1:/, '')}\u00a0»`}`).join(', ')}. Elles seront perdues.`
      : '',
    changeEntreprise
      ? `${nom} deviendra l’entreprise étudiée dans tout le site, à la place de ${String(ancienne)} (votre travail sur ${String(ancienne)} est gardé).`
      : '',
  ].filter(Boolean);
  const message = element('p', phrases.join(' '));
  message.dataset.confirmation = '';
  const actions = element('div', undefined, 'labo-actions');
  actions.append(
    bouton(
      remplacees.length > 0 ? 'Remplacer mes saisies' : 'Garder ce scénario',
      () => void garderScenario(bandeau, true),
      'bouton principal',
    ),
    bouton(
      'Annuler',
      () => {
        bandeau.remove();
        bandeauScenario();
      },
      'bouton-discret',
    ),
  );
  bandeau.replaceChildren(message, actions);
  (actions.firstElementChild as HTMLElement).focus();
  return true;
}

/** The banner of a page opened from a shared scenario (or from a damaged link). */
export function bandeauScenario(): void {
  const etat = $scenario.get();
  if (etat.mode === 'aucun' || document.querySelector('.bandeau-scenario')) return;
  const bandeau = element('div', undefined, 'bandeau-scenario');
  bandeau.setAttribute('role', 'status');
  bandeau.dataset.bandeauScenario = '';
  const actions = element('div', undefined, 'labo-actions');
  if (etat.mode === 'partage') {
    void chargerTousLesStores(); // ahead of « Garder », which checks every part with its store's validator
    const nom = $entreprise.get()?.nom ?? etat.entreprise;
    bandeau.append(
      element(
        'p',
        `Vous regardez un scénario partagé (entreprise : ${nom}). Vos propres saisies ne sont pas modifiées : ce que vous changez ici ne sera gardé que si vous gardez le scénario.`,
      ),
    );
    actions.append(
      bouton('Garder ce scénario', () => void garderScenario(bandeau), 'bouton principal'),
      bouton('Revenir à mes saisies', quitterScenario, 'bouton-discret'),
    );
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
  const cible =
    location.hash.length > 1
      ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
      : null;
  if (cible?.matches('.labo')) {
    cible.before(bandeau);
    bandeau.scrollIntoView({ block: 'start' });
  } else {
    (document.querySelector('main') ?? document.body).prepend(bandeau);
  }
}

/**
 * A click on a tool button of a simulator. `avancer` false: « Masquer » was already applied by
 * labo-outils.ts while this code loaded.
 */
export function agir(action: string, bouton: Element, avancer = true): void {
  const labo = bouton.closest<HTMLElement>('.labo');
  if (action === 'aide') return aide();
  if (!labo) return;
  if (action === 'partager') return partager(labo);
  if (action === 'plein-ecran') pleinEcran(labo);
  else if (action === 'masquer') masquer(labo, avancer);
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
  for (const b of document.querySelectorAll<HTMLButtonElement>(
    '[data-labo-action="plein-ecran"]',
  )) {
    const actif = document.fullscreenElement === b.closest('.labo');
    b.setAttribute('aria-pressed', String(actif));
    b.textContent = actif ? 'Quitter le plein écran' : 'Plein écran';
  }
});
