/**
 * « Mon dossier de prospection » (issue 9), used as a learner would: typed by hand step by step,
 * every figure read back from the screen and checked against a calculation done here; kept over a
 * reload; exported, deleted, imported; bad and hostile files refused without loss; printed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, attendreIlots, preparerAffichage, violationsAxe } from './outils.ts';
import { consignerMesure } from './mesures.ts';

/** Reads a French figure (« 12 000 € », « 13,5 % », « −6,3 % ») back into a number, independently of the site's code. */
function nombreFrancais(texte: string): number {
  return Number(
    texte
      .replace(/[\s\u00a0\u202f]|€|DH|%/g, '')
      .replace('\u2212', '-')
      .replace(',', '.'),
  );
}

/** The figure of an analysis whose label starts with `libelle` (or is exactly it, when `exact`). */
async function chiffre(
  page: Page,
  analyse: string,
  libelle: string,
  exact = false,
): Promise<number> {
  return nombreFrancais(
    await page
      .locator(`[data-analyse="${analyse}"] [data-chiffre${exact ? '' : '^'}="${libelle}"] dd`)
      .innerText(),
  );
}

async function ouvrir(page: Page) {
  await page.goto('/mon-dossier/');
  await attendreIlots(page);
  await expect(page.locator('[data-island="dossier"]')).toHaveAttribute('data-pret', 'oui');
}

/**
 * The dossier as saved in IndexedDB, as JSON text (« » while nothing is saved): what a reload reads.
 * Saving waits a moment after the last keystroke; a test waits for the saved state, not for a time.
 */
const dossierEnregistre = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const ouverture = indexedDB.open('atelier');
        ouverture.onerror = () => resolve('');
        ouverture.onsuccess = () => {
          const base = ouverture.result;
          if (!base.objectStoreNames.contains('fichiers')) {
            base.close();
            resolve('');
            return;
          }
          const lecture = base
            .transaction('fichiers')
            .objectStore('fichiers')
            .get('atelier:v1:dossier');
          lecture.onsuccess = () => {
            base.close();
            resolve(JSON.stringify(lecture.result ?? ''));
          };
          lecture.onerror = () => {
            base.close();
            resolve('');
          };
        };
      }),
  );

const etape = (page: Page, nom: RegExp) =>
  page
    .getByRole('navigation', { name: 'Étapes du dossier' })
    .getByRole('button', { name: nom })
    .click();

/** Step 2.2's file of sales: its messages, its summary and its rejected lines. */
const importVentes = (page: Page) => page.getByRole('group', { name: /Fichier de ventes/ });

async function remplirExemple(page: Page, id = 'mobilier-lyon') {
  await page.getByLabel('Exemple', { exact: true }).selectOption(id);
  await page.getByRole('button', { name: 'Remplir avec l’exemple' }).click();
  await expect(page.getByRole('status')).toContainText('rempli avec l’exemple');
}

test(
  'un dossier saisi à la main, étape par étape : chaque analyse est juste, et reste après rechargement',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    await page.getByLabel('Nom de l’entreprise').fill('Bureaux du Rhône');
    await expect(page.locator('[data-island="dossier"]')).toBeVisible();

    await etape(page, /Demande et portefeuille/);
    const ca = [
      ['PME', '100 000', '120 000'],
      ['Grands comptes', '200\u202f000 €', '180000'],
      ['Indépendants', '50 000,50', '60 000'],
    ];
    for (let i = 0; i < ca.length; i++) {
      await page.getByRole('button', { name: '+ Ajouter une catégorie' }).click();
      await page.getByLabel(`Catégorie ${i + 1}`, { exact: true }).fill(ca[i][0]);
      await page.getByLabel(`CA N−1 de la catégorie ${i + 1}`).fill(ca[i][1]);
      await page.getByLabel(`CA N de la catégorie ${i + 1}`).fill(ca[i][2]);
    }
    const n1 = 100_000 + 200_000 + 50_000.5;
    const n = 120_000 + 180_000 + 60_000;
    await expect
      .poll(() => chiffre(page, 'evolution-ca', 'Taux d’évolution global'))
      .toBeCloseTo(((n - n1) / n1) * 100, 1);
    // Typed to the cent, shown to the cent (session 11: a total rounded from its parts did not add up).
    expect(await chiffre(page, 'evolution-ca', 'CA global N−1', true)).toBe(n1);
    await expect(page.locator('[data-analyse="evolution-ca"]')).toContainText(
      'Taux d’évolution = (valeur d’arrivée − valeur de départ) ÷ valeur de départ',
    );
    await expect(page.locator('[data-analyse="repartition-ca"] tbody tr')).toHaveCount(3);
    await expect(page.locator('[data-analyse="repartition-ca"] tbody tr').first()).toContainText(
      'Grands comptes',
    );

    // A wrong number: a French error next to the field, the last valid analysis stays.
    await page.getByLabel('CA N de la catégorie 1').fill('12O');
    await expect(page.locator('#d-cat-0-n-erreur')).toContainText('n’est pas un nombre');
    expect(await chiffre(page, 'evolution-ca', 'CA global N', true)).toBe(n);
    await page.getByLabel('CA N de la catégorie 1').fill('120 000');

    await etape(page, /Valeur client/);
    await page.getByLabel('Nombre de ventes de l’année N').fill('300');
    await page.getByLabel('Prix de vente HT moyen').fill('1 000');
    await page.getByLabel('Coût d’achat HT moyen').fill('600');
    await expect.poll(() => chiffre(page, 'panier-moyen', 'Panier moyen')).toBe(n / 300);
    expect(await chiffre(page, 'taux-de-marque', 'Taux de marque')).toBeCloseTo(40, 1);
    expect(await chiffre(page, 'taux-de-marque', 'Taux de marge')).toBeCloseTo(
      (400 / 600) * 100,
      1,
    );
    await expect(page.locator('[data-analyse="valeur-client"]')).toContainText('il manque');

    await etape(page, /Méthode et coût/);
    for (const [i, [action, montant]] of [
      ['Fichier', '3 000'],
      ['Phoning', '5 000,00 €'],
    ].entries()) {
      await page.getByRole('button', { name: '+ Ajouter une ligne de coût' }).click();
      await page.getByLabel(`Action ${i + 1}`, { exact: true }).fill(action);
      await page.getByLabel(`Montant de l’action ${i + 1}`).fill(montant);
    }
    await expect.poll(() => chiffre(page, 'budget', 'CA minimum')).toBe(Math.round(8000 / 0.4));
    expect(await chiffre(page, 'budget', 'Nouveaux clients')).toBe(
      Math.ceil(8000 / ((n / 300) * 0.4)),
    );

    await etape(page, /Résultats/);
    const reel = { fichier: 400, contactsJoints: 250, rdv: 80, propositions: 40, commandes: 16 };
    for (const [nom, v] of Object.entries({
      'Contacts appelés': reel.fichier,
      'Contacts joints': reel.contactsJoints,
      'Rendez-vous': reel.rdv,
      Propositions: reel.propositions,
      Commandes: reel.commandes,
    })) {
      await page.getByLabel(`${nom} (réalisé)`).fill(String(v));
    }
    await page.getByLabel('Marge générée').fill('9 600');
    await expect
      .poll(() => chiffre(page, 'entonnoir', 'Taux global'))
      .toBeCloseTo((16 / 400) * 100, 1);
    expect(
      nombreFrancais(
        await page
          .locator('[data-analyse="entonnoir"] tbody tr')
          .nth(2)
          .locator('td')
          .nth(1)
          .innerText(),
      ),
    ).toBeCloseTo((80 / 250) * 100, 1);
    expect(await chiffre(page, 'rentabilite', 'Résultat')).toBe(9600 - 8000);
    expect(await chiffre(page, 'rentabilite', 'Retour')).toBeCloseTo(
      ((9600 - 8000) / 8000) * 100,
      1,
    );
    expect(await chiffre(page, 'rentabilite', 'Coût d’acquisition')).toBe(8000 / 16);

    // The learner rewrites an interpretation; it is kept.
    await page.locator('#interp-rentabilite').fill('Mon analyse de la rentabilité.');
    await expect.poll(() => dossierEnregistre(page)).toContain('Mon analyse de la rentabilité.');
    await page.reload();
    await attendreIlots(page);
    await expect(page.getByRole('heading', { level: 2, name: /Résultats/ })).toBeVisible();
    await expect(page.locator('#interp-rentabilite')).toHaveValue('Mon analyse de la rentabilité.');
    await expect(page.getByLabel('Marge générée')).toHaveValue('9\u202f600');
    expect(await chiffre(page, 'rentabilite', 'Résultat')).toBe(1600);
  },
);

test('« Exemple » propose d’abord l’entreprise étudiée (testeur A8)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('atelier:v1:entreprise', JSON.stringify('mobilier-lyon')),
  );
  await ouvrir(page);
  await expect(page.getByLabel('Exemple', { exact: true })).toHaveValue('mobilier-lyon');
});

test('« Exemple » remplit le dossier depuis une entreprise du cours, après confirmation', async ({
  page,
}) => {
  await ouvrir(page);
  await remplirExemple(page);
  const jeu = await (await page.request.get('/donnees/mobilier-lyon.json')).json();
  const i = (c: string) => jeu.ventes.champs.indexOf(c);
  const ventes = jeu.ventes.lignes as unknown[][];
  const fin = ventes.reduce(
    (m, v) => ((v[i('date')] as string) > m ? (v[i('date')] as string) : m),
    '',
  );
  const [a, m] = fin.split('-').map(Number);
  const debut = new Date(Date.UTC(a - 1, m, 1)).toISOString().slice(0, 10);
  const caN = ventes
    .filter((v) => (v[i('date')] as string) >= debut)
    .reduce((s, v) => s + (v[i('montantHT')] as number), 0);
  await etape(page, /Demande et portefeuille/);
  // A sum of sales kept to the cent shows its cents (session 11).
  expect(await chiffre(page, 'evolution-ca', 'CA global 09/2025')).toBeCloseTo(caN, 2);
  await etape(page, /Résultats/);
  const cout = jeu.campagne.lignesDeCout.reduce(
    (s: number, l: { montant: number }) => s + l.montant,
    0,
  );
  expect(await chiffre(page, 'rentabilite', 'Retour')).toBeCloseTo(
    ((jeu.campagne.margeGeneree - cout) / cout) * 100,
    1,
  );

  // Replacing the learner's data asks first; « Annuler » keeps them.
  await etape(page, /L’entreprise/);
  await page.getByLabel('Nom de l’entreprise').fill('Mon entreprise');
  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: 'Remplir avec l’exemple' }).click();
  await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('Mon entreprise');
  page.once('dialog', (d) => d.accept());
  await page.getByLabel('Exemple', { exact: true }).selectOption('assurances-rabat');
  await page.getByRole('button', { name: 'Remplir avec l’exemple' }).click();
  await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('Hilal Conseil Assurances');
});

test(
  'exporter, supprimer puis importer restitue le dossier',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    await remplirExemple(page);
    await etape(page, /Résultats/);
    const avant = await page.locator('[data-analyse] dl').allInnerTexts();
    const [telechargement] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter (JSON)' }).click(),
    ]);
    expect(telechargement.suggestedFilename()).toMatch(/^mon-dossier-.*\.json$/);
    const chemin = await telechargement.path();
    expect(JSON.parse(readFileSync(chemin, 'utf8'))).toMatchObject({
      format: 'atelier-prospection/dossier',
      version: 1,
    });

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await expect(page.getByRole('status')).toContainText('supprimé');
    await expect(page.getByRole('heading', { level: 2, name: /L’entreprise/ })).toBeVisible();
    await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('');
    await page.reload();
    await attendreIlots(page);
    await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('');

    await page.locator('input[type="file"]').setInputFiles(chemin);
    await expect(page.getByRole('status')).toContainText('Dossier importé');
    await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('Vénimob');
    await etape(page, /Résultats/);
    expect(await page.locator('[data-analyse] dl').allInnerTexts()).toEqual(avant);
  },
);

test('un fichier invalide ou hostile donne une erreur en français et ne fait rien perdre', async ({
  page,
}) => {
  // Reads a 7 MB file among others: on a loaded 2-core machine this alone can take 30 s.
  test.slow();
  await ouvrir(page);
  await remplirExemple(page);
  const importer = (nom: string, contenu: string) =>
    page
      .locator('input[type="file"]')
      .setInputFiles({ name: nom, mimeType: 'application/json', buffer: Buffer.from(contenu) });
  let alerte = false;
  // A script's alert() would be a dialog of type « alert »; the import's own question (it empties
  // the example's fields, issue 15 case 6) is a « confirm », accepted here.
  page.on('dialog', (d) => {
    if (d.type() === 'confirm') return void d.accept();
    alerte = true;
    void d.dismiss();
  });
  const erreur = page.getByRole('alert');

  await importer('casse.json', '{ "format": "atelier-prospection/dossier", ');
  await expect(erreur).toContainText('n’est pas un JSON valide');
  await expect(erreur).toContainText('Votre dossier n’a pas changé');

  await importer(
    'enorme.json',
    JSON.stringify({
      format: 'atelier-prospection/dossier',
      version: 1,
      conclusion: 'x'.repeat(7_000_000),
    }),
  );
  await expect(erreur).toContainText('trop gros');

  const hostile = {
    format: 'atelier-prospection/dossier',
    version: 1,
    conclusion: '<img src=x onerror=alert(1)>',
    portefeuille: { categories: [{ nom: 'A', caN: 'beaucoup' }] },
  };
  await importer('hostile.json', JSON.stringify(hostile));
  await expect(erreur).toContainText(
    'Portefeuille › catégories › catégorie 1 › CA N doit être un nombre.',
  );
  await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('Vénimob');

  // Hostile text in a valid file stays text: shown as typed, never run.
  await importer(
    'texte.json',
    JSON.stringify({
      format: 'atelier-prospection/dossier',
      version: 1,
      entreprise: { nom: '<img src=x onerror=alert(1)>' },
    }),
  );
  await expect(page.getByRole('status')).toContainText('Dossier importé');
  await expect(page.getByLabel('Nom de l’entreprise')).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.locator('[data-couverture]')).toContainText('<img src=x onerror=alert(1)>');
  // No element was made of the text, so nothing can run later: no waiting for an alert that cannot come.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(alerte).toBe(false);
});

test('4.1.2 : les chiffres de la base sont repris du fichier étudié sur la page Données', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('atelier:v1:entreprise', JSON.stringify('mobilier-lyon')),
  );
  await ouvrir(page);
  await etape(page, /Préparation/);
  await page.getByRole('button', { name: 'Reprendre les chiffres du fichier étudié' }).click();
  await expect(page.getByRole('status')).toContainText('Vénimob');
  const jeu = await (await page.request.get('/donnees/mobilier-lyon.json')).json();
  const c = (nom: string) => jeu.prospects.champs.indexOf(nom);
  const lignes = jeu.prospects.lignes as unknown[][];
  const opposees = lignes.filter((l) => l[c('opposition')] === true).length;
  await expect(page.getByLabel('Fiches de la base')).toHaveValue(String(lignes.length));
  await expect(page.getByLabel('Opposées à la prospection')).toHaveValue(String(opposees));
  const exploitables = await chiffre(page, 'qualite-base', 'Fiches exploitables', true);
  const ecartees = ['Doublons', 'Fiches incomplètes', 'Opposées à la prospection'];
  let somme = 0;
  for (const nom of ecartees) somme += nombreFrancais(await page.getByLabel(nom).inputValue());
  expect(exploitables).toBe(lignes.length - somme);
  expect(await chiffre(page, 'qualite-base', 'Taux')).toBeCloseTo(
    ((lignes.length - somme) / lignes.length) * 100,
    1,
  );
});

test('le dossier imprimé a une couverture et toutes ses sections numérotées', async ({
  page,
}, info) => {
  await ouvrir(page);
  await remplirExemple(page);
  await page.getByLabel('Votre nom (pour la couverture)').fill('Inès Martin');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section[aria-labelledby="titre-etape"]')).toBeHidden();
  const document = page.getByRole('article', { name: 'Dossier à imprimer' });
  await expect(document).toBeVisible();
  await expect(document.locator('[data-couverture]')).toContainText('Vénimob');
  await expect(document.locator('[data-couverture]')).toContainText('Inès Martin');
  await expect(document.locator('h2')).toHaveText([
    '1. L’entreprise',
    '2. Analyser le portefeuille client',
    '3. Identifier les cibles de clientèle',
    '4. Mettre en œuvre la prospection',
  ]);
  const sections = await document.locator('[data-section] > h3').allInnerTexts();
  expect(sections.map((s) => s.split(' ')[0])).toEqual([
    '2.1',
    '2.2',
    '2.3',
    '2.4',
    '3.1',
    '3.2',
    '3.3',
    '4.1',
    '4.2',
    '4.3',
  ]);
  await expect(document.locator('[data-analyse-imprimee]')).toHaveCount(14);
  await expect(document.locator('[data-analyse-imprimee] .dossier-tableau table')).toHaveCount(8);
  // The charts print as HTML bars (a canvas in a document hidden on screen would never be drawn).
  await expect(document.locator('[data-graphique-imprime]')).toHaveCount(3);
  for (const id of ['evolution-ca', 'abc-clients', 'entonnoir'])
    await expect(
      document
        .locator(`[data-analyse-imprimee="${id}"] .dossier-barres .dossier-barre-trait`)
        .first(),
    ).toBeVisible();
  const largeurs = await document
    .locator('[data-analyse-imprimee="entonnoir"] .dossier-barre-trait')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  expect(largeurs[0]).toBeGreaterThan(largeurs[largeurs.length - 1]); // the funnel narrows
  await expect(
    document.locator('[data-analyse-imprimee="entonnoir"] .dossier-barres'),
  ).toContainText('Commandes');
  await page.screenshot({ path: info.outputPath('dossier-imprime.png'), fullPage: true });
});

/** The dossier's steps, in order, as their navigation buttons are named. */
const ETAPES = [
  /L’entreprise/,
  /Demande/,
  /Valeur client/,
  /Objectifs/,
  /Cible/,
  /Méthode/,
  /Préparation/,
  /Résultats/,
];
/** A short name of a step for a test title (« L’entreprise », « Valeur client »…). */
const nomEtape = (e: RegExp) => e.source;
/** The step on screen: the only part of the page that changes from one step to the next. */
const ETAPE_COURANTE = 'section[aria-labelledby="titre-etape"]';
/** Opening and filling the dossier is heavy on a busy machine: these tests get 60 s before axe's own time. */
const TEMPS_DOSSIER = 60_000;

// One test per display mode, one page load for its eight steps: the whole page is scanned at the
// first step, then only the step that replaced it (header, tools and step list do not change).
// violationsAxe gives each scan its own time, so eight scans fit where eight tests were needed.
for (const [mode, affichage] of [
  ['clair', { theme: 'clair' }],
  ['sombre', { theme: 'sombre' }],
  ['projection', { theme: 'clair', projection: true }],
] as const) {
  test(`axe-core : aucune violation à chaque étape d’un dossier rempli (${mode})`, async ({
    page,
  }) => {
    test.setTimeout(TEMPS_DOSSIER);
    await preparerAffichage(page, affichage);
    await ouvrir(page);
    await remplirExemple(page);
    // An analysis in error and one incomplete must be accessible too.
    await etape(page, /Préparation/);
    await page.getByLabel('Doublons').fill('100 000');
    for (const [rang, nom] of ETAPES.entries()) {
      await etape(page, nom);
      await expect(page.locator('#titre-etape')).toContainText(nomEtape(nom));
      expect(
        await violationsAxe(page, rang === 0 ? undefined : ETAPE_COURANTE),
        nomEtape(nom),
      ).toEqual([]);
    }
  });
}

test('une saisie recalcule toutes les analyses et les affiche aussitôt (mesure)', async ({
  page,
}) => {
  await ouvrir(page);
  await remplirExemple(page);
  await etape(page, /Méthode et coût/);
  const champ = page.getByLabel('Montant de l’action 1');
  // Time from an input to the recomputed figure on screen (store, all twelve analyses, render of form and document).
  const durees = await champ.evaluate(async (el) => {
    const input = el as HTMLInputElement;
    const mesures: number[] = [];
    for (const valeur of ['10 000', '12 000', '14 000', '16 000', '18 000']) {
      const t0 = performance.now();
      input.value = valeur;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      const total = document.querySelector(
        '[data-analyse="budget"] [data-chiffre="Coût total de la prospection"] dd',
      )!.textContent!;
      if (!total.replace(/\D/g, '')) throw new Error(`résultat inattendu : ${total}`);
      mesures.push(performance.now() - t0);
    }
    return mesures;
  });
  // The computation alone is held to 16 ms by tests/bench/dossier.bench.ts; here the render is included.
  await consignerMesure(test.info(), {
    nom: 'Mon dossier : recalcul et rendu',
    ms: durees,
    cible: 16,
    banc: 'tests/bench/dossier.bench.ts',
  });
});

test('sur un téléphone de 390 px, aucune étape ne déborde en largeur', async ({ page }) => {
  test.setTimeout(TEMPS_DOSSIER);
  await page.setViewportSize({ width: 390, height: 844 });
  await ouvrir(page);
  await remplirExemple(page);
  for (const [rang, nom] of ETAPES.entries()) {
    if (nom.source === 'Préparation') {
      // From « Préparation » on, the counts are those of the studied file. The example already
      // filled them: replacing them asks first.
      await etape(page, /Préparation/);
      page.once('dialog', (d) => d.accept());
      await page.getByRole('button', { name: 'Reprendre les chiffres du fichier étudié' }).click();
      await expect(page.getByText(/Chiffres repris du fichier/)).toBeVisible();
    }
    await etape(page, nom);
    await expect(page.locator('#titre-etape')).toContainText(nomEtape(nom));
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      nomEtape(nom),
    ).toBeLessThanOrEqual(390);
    expect(
      await violationsAxe(page, rang === 0 ? undefined : ETAPE_COURANTE),
      nomEtape(nom),
    ).toEqual([]);
  }
});

// ——— The sales file (2.2): imported CSV → ABC and RFM by client, checked against a calculation done here ———

/** A sales file of 12 clients over two years, written here with its expected figures computed independently. */
function fichierVentes(): {
  csv: string;
  ventes: { client: string; date: string; montant: number; categorie: string }[];
} {
  const ventes: { client: string; date: string; montant: number; categorie: string }[] = [];
  for (let k = 1; k <= 12; k++) {
    const client = `Client ${String(k).padStart(2, '0')}`;
    const categorie = k <= 4 ? 'Grands comptes' : 'PME';
    const achats = k <= 6 ? 13 - k : 2; // frequent buyers first
    for (let j = 0; j < achats; j++) {
      // Clients 9 and 10 stopped buying in 2025: good clients gone quiet.
      const mois = k === 9 || k === 10 ? 1 + j : ((k * 3 + j * 5) % 12) + 1;
      const annee = k === 9 || k === 10 ? 2025 : j % 2 ? 2025 : 2026;
      const jour = String(((k + j) % 27) + 1).padStart(2, '0');
      ventes.push({
        client,
        date: `${annee}-${String(annee === 2026 ? Math.min(mois, 10) : mois).padStart(2, '0')}-${jour}`,
        montant: (k === 9 ? 9000 : 13 - k) * 100 + j * 10,
        categorie,
      });
    }
  }
  const fr = (iso: string) => iso.split('-').reverse().join('/');
  const lignes = ventes.map(
    (v) => `${v.client};${fr(v.date)};${String(v.montant).replace('.', ',')};${v.categorie};`,
  );
  return {
    ventes,
    csv: [
      'Client;Date;Montant HT;Catégorie;Coût',
      ...lignes,
      'Client 99;32/13/2026;10;PME;',
      ';01/01/2026;5;PME;',
    ].join('\r\n'),
  };
}

/** Independent ABC (80/95 % on the cumulated CA before each client) and RFM (mid-rank quintiles) on the file. */
function attendus(ventes: ReturnType<typeof fichierVentes>['ventes']) {
  const fin = ventes.reduce((m, v) => (v.date > m ? v.date : m), '');
  const [a, m] = fin.split('-').map(Number);
  const debutN = new Date(Date.UTC(a - 1, m, 1)).toISOString().slice(0, 10);
  const caN = new Map<string, number>();
  for (const v of ventes)
    if (v.date >= debutN) caN.set(v.client, (caN.get(v.client) ?? 0) + v.montant);
  const tries = [...caN.values()].sort((x, y) => y - x);
  const total = tries.reduce((s, x) => s + x, 0);
  let cumul = 0,
    nA = 0,
    caA = 0;
  for (const x of tries) {
    if (cumul / total < 0.8) {
      nA++;
      caA += x;
    }
    cumul += x;
  }
  const jour = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const clients = new Map<string, { r: number; f: number; m: number }>();
  for (const v of ventes) {
    const c = clients.get(v.client) ?? { r: Infinity, f: 0, m: 0 };
    c.r = Math.min(c.r, jour(fin) - jour(v.date));
    c.f++;
    c.m += v.montant;
    clients.set(v.client, c);
  }
  const liste = [...clients.values()];
  const note = (v: number, tous: number[], petitMieux: boolean) => {
    const pires = tous.filter((x) => (petitMieux ? x > v : x < v)).length,
      egaux = tous.filter((x) => x === v).length;
    return Math.min(5, Math.max(1, Math.ceil(((pires + egaux / 2) / tous.length) * 5 - 1e-9)));
  };
  let excellents = 0,
    relance = 0,
    caRelance = 0;
  const totalM = liste.reduce((s, c) => s + c.m, 0);
  for (const c of liste) {
    const r = note(
        c.r,
        liste.map((x) => x.r),
        true,
      ),
      f = note(
        c.f,
        liste.map((x) => x.f),
        false,
      ),
      mm = note(
        c.m,
        liste.map((x) => x.m),
        false,
      );
    if (r >= 4 && f >= 4 && mm >= 4) excellents++;
    else if (r <= 2 && (f >= 3 || mm >= 3)) {
      relance++;
      caRelance += c.m;
    }
  }
  return {
    actifsN: caN.size,
    nA,
    partA: caA / total,
    clients: liste.length,
    excellents,
    relance,
    partRelance: caRelance / totalM,
  };
}

test('2.2 : un fichier de ventes importé donne l’ABC et le RFM par client, justes, et se garde', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await ouvrir(page);
  await etape(page, /Demande et portefeuille/);
  await expect(page.locator('[data-analyse="abc-clients"]')).toContainText(
    'fichier de ventes importé',
  );
  await expect(page.locator('[data-analyse="rfm"]')).toContainText('il manque');
  const avant = scripts.length;
  expect(
    scripts.some((u) => /papaparse|chargeur-ventes|csv\./i.test(u)),
    'le lecteur CSV ne se charge pas avant le choix d’un fichier',
  ).toBe(false);

  const { csv, ventes } = fichierVentes();
  await page
    .getByLabel('Importer un fichier de ventes (CSV)')
    .setInputFiles({ name: 'ventes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(importVentes(page).getByRole('status')).toContainText(
    `${ventes.length} ventes importées, 2 lignes rejetées`,
  );
  await expect(page.getByRole('list', { name: 'Lignes rejetées' })).toContainText(
    `Ligne ${ventes.length + 2}\u202f: date «\u00a032/13/2026\u00a0» illisible`,
  );
  await expect(page.getByRole('list', { name: 'Lignes rejetées' })).toContainText(
    `Ligne ${ventes.length + 3}\u202f: client vide.`,
  );
  expect(
    scripts.slice(avant).some((u) => u.includes('chargeur-ventes')),
    'le lecteur CSV se charge au choix du fichier',
  ).toBe(true);
  expect(await violationsAxe(page), 'étape 2 avec fichier de ventes et lignes rejetées').toEqual(
    [],
  );

  const x = attendus(ventes);
  await expect.poll(() => chiffre(page, 'abc-clients', 'Clients actifs')).toBe(x.actifsN);
  expect(await chiffre(page, 'abc-clients', 'Clients en classe A', true)).toBe(x.nA);
  expect(await chiffre(page, 'abc-clients', 'Part du CA faite par la classe A', true)).toBeCloseTo(
    x.partA * 100,
    1,
  );
  expect(await chiffre(page, 'rfm', 'Clients notés', true)).toBe(x.clients);
  expect(await chiffre(page, 'rfm', 'Clients excellents', true)).toBe(x.excellents);
  expect(await chiffre(page, 'rfm', 'Clients à relancer', true)).toBe(x.relance);
  expect(x.relance).toBeGreaterThan(0);
  expect(await chiffre(page, 'rfm', 'Part du CA des clients à relancer', true)).toBeCloseTo(
    x.partRelance * 100,
    1,
  );
  // No category typed: the CA by category comes from the file.
  const fin = ventes.reduce((m, v) => (v.date > m ? v.date : m), '');
  const [a, m] = fin.split('-').map(Number);
  const debutN = new Date(Date.UTC(a - 1, m, 1)).toISOString().slice(0, 10);
  const caN = ventes.filter((v) => v.date >= debutN).reduce((s, v) => s + v.montant, 0);
  expect(await chiffre(page, 'evolution-ca', 'CA global 11/2025')).toBeCloseTo(caN, 2);

  // The charts are drawn on screen (Chart.js, lazy), next to their tables.
  const toile = page.locator('[data-analyse="abc-clients"] canvas');
  await toile.scrollIntoViewIfNeeded();
  await expect.poll(() => toile.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
  await expect(
    page.locator('[data-analyse="evolution-ca"] [data-graphique-analyse]'),
  ).toBeVisible();

  // A malformed file: a French error, nothing lost.
  await page.getByLabel('Importer un fichier de ventes (CSV)').setInputFiles({
    name: 'produits.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Produit;Quantité\nChaise;4\n'),
  });
  await expect(importVentes(page).getByRole('alert')).toContainText(
    'Colonnes introuvables\u202f: client, date, montant HT',
  );
  await expect(importVentes(page).getByRole('alert')).toContainText('Votre dossier n’a pas changé');
  expect(await chiffre(page, 'abc-clients', 'Clients en classe A', true)).toBe(x.nA);
  // Windows-1252 with accents is read too (French Excel's default).
  const latin = Buffer.from('client;date;montant HT\nCafé Éloïse;01/02/2026;100\n', 'latin1');
  await page
    .getByLabel('Importer un fichier de ventes (CSV)')
    .setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: latin });
  await expect(importVentes(page).getByRole('status')).toContainText('1 vente importée');
  await expect(
    page.locator(
      '[data-analyse="abc-clients"] [data-chiffre="Clients actifs sur la période N"] dd',
    ),
  ).toHaveText('1');

  // Kept over a reload, and in the exported file.
  await page
    .getByLabel('Importer un fichier de ventes (CSV)')
    .setInputFiles({ name: 'ventes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(importVentes(page).getByRole('status')).toContainText(
    `${ventes.length} ventes importées`,
  );
  await expect.poll(() => dossierEnregistre(page)).toContain('ventes.csv');
  await page.reload();
  await attendreIlots(page);
  expect(await chiffre(page, 'rfm', 'Clients à relancer', true)).toBe(x.relance);
  await expect(importVentes(page).getByText(/^Fichier\s«/)).toContainText('ventes.csv');
  const [telechargement] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter (JSON)' }).click(),
  ]);
  const exporte = JSON.parse(readFileSync(await telechargement.path(), 'utf8'));
  expect(exporte.ventes).toMatchObject({ version: 1, fichier: 'ventes.csv' });
  expect(exporte.ventes.lignes).toHaveLength(ventes.length);
});

/**
 * A tester's report (Sadaf, fresh browser): four fields typed, a reload, the first two came back
 * empty and the last two were kept. The first two were saved (and gone from the journal), the
 * last two were still in the journal, and the reload could not read the stored dossier (IndexedDB
 * failing to open, as it can on a fresh profile): the page showed the journal alone. Here the
 * reload's first opening of IndexedDB fails.
 */
test('la lecture du dossier enregistré échoue au rechargement : les quatre champs tapés reviennent', async ({
  page,
}) => {
  await ouvrir(page);
  const champ = (libelle: string) => page.getByLabel(libelle, { exact: true });
  await champ('Votre nom (pour la couverture)').fill('Amina');
  await champ('Nom de l’entreprise').fill('Sadaf Emballages');
  await expect.poll(() => dossierEnregistre(page)).toContain('Sadaf Emballages');
  await champ('Activité').fill('Emballages en carton');
  await champ('Offre (produits, services)').fill('Cartons sur mesure');
  await page.addInitScript(() => {
    const ouvrir = IDBFactory.prototype.open;
    let echecs = 1;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
      if (echecs-- <= 0) return ouvrir.apply(this, args);
      const requete = {
        error: new DOMException('Internal error opening backing store', 'UnknownError'),
      } as unknown as IDBOpenDBRequest;
      setTimeout(() => requete.onerror?.(new Event('error')));
      return requete;
    };
  });
  await page.reload();
  await expect(champ('Offre (produits, services)')).toHaveValue('Cartons sur mesure');
  await expect(champ('Votre nom (pour la couverture)')).toHaveValue('Amina');
  await expect(champ('Nom de l’entreprise')).toHaveValue('Sadaf Emballages');
  await expect(champ('Activité')).toHaveValue('Emballages en carton');
  await expect(page.locator('[data-island="dossier"] [role="alert"]')).toHaveCount(0);
});
