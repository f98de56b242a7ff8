/**
 * The header link « Entreprise : … » in plain DOM code: it runs on every page, including pages
 * without islands (2 KB budget), so no store and no framework here. It reads the same keys as
 * src/stores/campagne.ts and import-fichier.ts (`atelier:v1:entreprise`, `atelier:v1:import`);
 * the sample names come from the server in `data-noms`. The store sends `atelier:entreprise`
 * when the company changes on this page; other tabs send `storage`.
 */
const lien = document.querySelector<HTMLElement>('[data-entreprise-lien]');

function lire(cle: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(`atelier:v1:${cle}`) ?? 'null');
  } catch {
    return null;
  }
}

/** The company of a shared scenario shown by this page (`?scenario=1.<base64url JSON { e }>`, scenario.ts), if any. */
function entrepriseDuScenario(): string | undefined {
  const p = new URLSearchParams(location.search).get('scenario');
  if (!p?.startsWith('1.') || document.documentElement.dataset.scenarioRefuse) return undefined;
  try {
    const e: unknown = JSON.parse(atob(p.slice(2).replace(/-/g, '+').replace(/_/g, '/'))).e;
    return typeof e === 'string' && /^[a-z0-9-]{1,60}$/.test(e) ? e : undefined;
  } catch {
    return undefined;
  }
}

function afficher(): void {
  if (!lien) return;
  let noms: Record<string, string> = {};
  try {
    noms = JSON.parse(lien.dataset.noms ?? '{}');
  } catch {
    /* keep the server's text */
  }
  // A shared scenario's page studies the scenario's company, not the visitor's (issue 15).
  const id = entrepriseDuScenario() ?? lire('entreprise'),
    meta = lire('import') as { nom?: unknown } | null;
  const nom =
    id === 'mon-fichier' && typeof meta?.nom === 'string'
      ? meta.nom
      : typeof id === 'string'
        ? noms[id]
        : undefined;
  // textContent, never innerHTML: an imported file's name is whatever the learner's file was called.
  // Twice: in the header's row, and in its « Menu » on a phone (src/components/layout/Entete.astro).
  for (const cible of document.querySelectorAll('[data-entreprise-nom], [data-entreprise-copie]'))
    cible.textContent = nom ?? Object.values(noms)[0] ?? '';
  // A worked example on another sample company says where the learner's own figures are.
  const etudiee = typeof id === 'string' ? id : Object.keys(noms)[0];
  for (const exemple of document.querySelectorAll<HTMLElement>('[data-exemple-entreprise]')) {
    const autre = exemple.querySelector<HTMLElement>('[data-exemple-autre]');
    const votre = exemple.querySelector('[data-exemple-votre]');
    if (!autre || !votre) continue;
    autre.hidden = !nom || exemple.dataset.exempleEntreprise === etudiee;
    votre.textContent = nom ?? '';
  }
}

afficher();
addEventListener('atelier:entreprise', afficher);
addEventListener('storage', afficher);

export {}; // a module, not a global script: its names stay its own
