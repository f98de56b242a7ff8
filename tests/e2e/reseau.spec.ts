import { test, expect, attendreIlots, violationsAxe, preparerAffichage } from './outils.ts';
import { consignerMesure } from './mesures.ts';
import type { Page } from '@playwright/test';

const ILOT = '[data-island="reseau"]';
const CATEGORIES = ['personnel', 'vertical', 'horizontal', 'transversal'] as const;

async function ouvrir(page: Page) {
  await page.goto('/chapitres/reseaux-et-information/');
  await page.locator('#simulateur-reseau').scrollIntoViewIfNeeded();
  await expect(page.locator(ILOT)).toBeVisible();
  await attendreIlots(page, ILOT);
}

/** An ISO date `jours` days before now, in the browser's calendar (computed here, not by the site). */
async function ilYA(page: Page, jours: number): Promise<string> {
  return page.evaluate((j) => {
    const d = new Date(Date.now() - j * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, jours);
}

/** Whether this browser's date fields read mm/jj/aaaa (probed on a scratch field, then removed). */
async function moisEnPremier(page: Page): Promise<boolean> {
  const actif = await page.evaluate(() => document.activeElement?.id ?? '');
  const valeur = await page
    .evaluate(() => {
      const essai = Object.assign(document.createElement('input'), {
        type: 'date',
        id: 'essai-date',
      });
      document.body.append(essai);
      return essai.id;
    })
    .then(async (id) => {
      await page.locator(`#${id}`).focus();
      await page.keyboard.type('01022020');
      const v = await page.locator(`#${id}`).inputValue();
      await page.evaluate((i) => document.getElementById(i)?.remove(), id);
      return v;
    });
  if (actif) await page.locator(`#${actif}`).focus();
  return valeur === '2020-01-02';
}

async function lireCompte(page: Page, quoi: string): Promise<number> {
  return Number(await page.locator(`${ILOT} [data-resultat="${quoi}"]`).innerText());
}

interface Entree {
  nom: string;
  categorie: (typeof CATEGORIES)[number];
  role: string;
  force: 'fort' | 'moyen' | 'faible';
  joursDepuis: number;
}

/** Types a contact with the keyboard only: letters pick the options, Enter submits. */
async function saisirAuClavier(page: Page, e: Entree) {
  await page.locator('#reseau-nom').focus();
  await page.keyboard.type(e.nom);
  await page.keyboard.press('Tab');
  await page.keyboard.type(e.categorie.slice(0, 2));
  await page.keyboard.press('Tab');
  await page.keyboard.type(e.role);
  await page.keyboard.press('Tab'); // organisation: left empty
  await page.keyboard.press('Tab');
  await page.keyboard.type(e.force === 'faible' ? 'fa' : e.force.slice(0, 2));
  await page.keyboard.press('Tab');
  const date = await ilYA(page, e.joursDepuis);
  const [a, m, j] = date.split('-');
  // The date field's segment order follows the browser's own language, not the page's.
  await page.keyboard.type((await moisEnPremier(page)) ? `${m}${j}${a}` : `${j}${m}${a}`);
  await expect(page.locator('#reseau-dernierEchange')).toHaveValue(date);
  await page.keyboard.press('Enter');
}

const ENTREES: Entree[] = [
  { nom: 'Amina Kader', categorie: 'personnel', role: 'cousine', force: 'fort', joursDepuis: 10 },
  {
    nom: 'Bruno Lefort',
    categorie: 'vertical',
    role: 'fournisseur',
    force: 'moyen',
    joursDepuis: 400,
  },
  {
    nom: 'Chloé Navarro',
    categorie: 'vertical',
    role: 'cliente',
    force: 'faible',
    joursDepuis: 30,
  },
  {
    nom: 'David Roux',
    categorie: 'horizontal',
    role: 'commercial',
    force: 'faible',
    joursDepuis: 20,
  },
];

test(
  'des contacts saisis au clavier : comptes, carte, diagnostic, et tout survit au rechargement',
  { tag: '@essentiel' },
  async ({ page }) => {
    await ouvrir(page);
    for (const e of ENTREES) {
      await saisirAuClavier(page, e);
      await expect(page.locator('#reseau-nom')).toHaveValue('');
      await expect(page.locator('#reseau-nom')).toBeFocused();
    }
    const verifier = async () => {
      for (const c of CATEGORIES)
        expect(await lireCompte(page, `compte-${c}`), c).toBe(
          ENTREES.filter((e) => e.categorie === c).length,
        );
      expect(await lireCompte(page, 'total')).toBe(ENTREES.length);
      await expect(page.locator(`${ILOT} svg [data-noeud]`)).toHaveCount(ENTREES.length);
      await expect(page.locator(`${ILOT} [data-liste="contacts"] > li`)).toHaveCount(
        ENTREES.length,
      );
      const diagnostic = page.locator(`${ILOT} [data-resultat="diagnostic"]`);
      // Missing network, weak links and the contact not seen for more than 6 months, from the inputs.
      await expect(diagnostic.locator('[data-point="reseau-manquant"]')).toHaveCount(1);
      await expect(diagnostic.locator('[data-point="reseau-manquant"]')).toContainText(
        'réseau transversal',
      );
      const faibles = ENTREES.filter((e) => e.force === 'faible').map((e) => e.nom);
      await expect(diagnostic.locator('[data-point="liens-faibles"]')).toContainText(
        `${faibles.length}\u00a0contacts sont des liens faibles (${faibles.join(' et ')})`,
      );
      const perdus = ENTREES.filter((e) => e.joursDepuis > 190).map((e) => e.nom);
      await expect(diagnostic.locator('[data-point="perdus-de-vue"]')).toContainText(
        `${perdus.length}\u00a0contact sans échange depuis plus de 6\u00a0mois (${perdus[0]})`,
      );
    };
    await verifier();
    // Each node sits in its network's quarter of the map: personnel top left … transversal bottom left.
    const positions = await page
      .locator(`${ILOT} svg [data-noeud] circle`)
      .evaluateAll((cs) =>
        cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]),
      );
    ENTREES.forEach((e, i) => {
      const [x, y] = positions[i];
      expect(x < 320, e.nom).toBe(e.categorie === 'personnel' || e.categorie === 'transversal');
      expect(y < 320, e.nom).toBe(e.categorie === 'personnel' || e.categorie === 'vertical');
    });
    await page.reload();
    await ouvrir(page);
    await verifier();
  },
);

test('le diagnostic suit les modifications, y compris depuis un point de la carte', async ({
  page,
}) => {
  await ouvrir(page);
  for (const e of ENTREES.slice(0, 3)) await saisirAuClavier(page, e);
  const diagnostic = page.locator(`${ILOT} [data-resultat="diagnostic"]`);
  await expect(diagnostic.locator('[data-point="reseau-manquant"]')).toHaveCount(2);
  // Choose Chloé's node with the keyboard and make the link strong.
  const bouton = page.locator(`${ILOT} [data-noeud-bouton]`).nth(2);
  await expect(bouton).toHaveAccessibleName(/Modifier le contact 3, Chloé Navarro/);
  await bouton.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#reseau-nom')).toBeFocused();
  await expect(page.locator('#reseau-nom')).toHaveValue('Chloé Navarro');
  await page.locator('#reseau-force').selectOption('3');
  await page.locator('#reseau-categorie').selectOption('transversal');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  // Wait on what the edit changes (two missing networks become one, a transversal contact appears),
  // not on the weak-links point being absent, which may hold before the edit is drawn.
  await expect(diagnostic.locator('[data-point="reseau-manquant"]')).toHaveCount(1);
  await expect.poll(() => lireCompte(page, 'compte-transversal')).toBe(1);
  console.log(
    `Réseau : modification enregistrée et affichée en ${Date.now() - t0} ms (clic compris)`,
  );
  await expect(diagnostic.locator('[data-point="liens-faibles"]')).toHaveCount(0);
  expect(await lireCompte(page, 'compte-vertical')).toBe(1);
  // Delete from the list: the map and the counts follow.
  await page.getByRole('button', { name: 'Supprimer Amina Kader' }).click();
  await expect(page.locator(`${ILOT} svg [data-noeud]`)).toHaveCount(2);
  expect(await lireCompte(page, 'compte-personnel')).toBe(0);
  await expect(page.locator('#reseau-liste-titre')).toBeFocused();
});

test('une saisie invalide affiche une erreur en français à côté du champ et n’ajoute rien', async ({
  page,
}) => {
  await ouvrir(page);
  await page.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(page.locator('#reseau-nom')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#reseau-nom-erreur')).toHaveText('Le nom du contact est obligatoire.');
  await expect(page.locator('#reseau-categorie-erreur')).toContainText('Choisissez le réseau');
  await expect(page.locator('#reseau-nom')).toBeFocused();
  await page.locator('#reseau-nom').fill('Futur');
  await page.locator('#reseau-categorie').selectOption('personnel');
  await page.locator('#reseau-dernierEchange').fill(await ilYA(page, -30));
  await page.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(page.locator('#reseau-dernierEchange-erreur')).toHaveText(
    'La date du dernier échange ne peut pas être dans le futur.',
  );
  expect(await lireCompte(page, 'total')).toBe(0);
});

test('un texte hostile s’affiche comme du texte, jamais comme du HTML', async ({ page }) => {
  let alerte = false;
  page.on('dialog', async (d) => {
    alerte = true;
    await d.dismiss();
  });
  await ouvrir(page);
  const hostile = '<img src=x onerror=alert(1)>';
  await page.locator('#reseau-nom').fill(hostile);
  await page.locator('#reseau-categorie').selectOption('horizontal');
  await page.locator('#reseau-role').fill('<b>gras</b>');
  await page.locator('#reseau-nom').press('Enter');
  await expect(page.locator(`${ILOT} [data-liste="contacts"] strong`).first()).toHaveText(hostile);
  await expect(page.locator(`${ILOT} img, ${ILOT} b`)).toHaveCount(0);
  await expect(page.locator(`${ILOT} [data-point="reseau-manquant"]`).first()).toBeVisible();
  await page.reload();
  await ouvrir(page);
  await expect(page.locator(`${ILOT} [data-liste="contacts"] strong`).first()).toHaveText(hostile);
  await expect(page.locator(`${ILOT} img`)).toHaveCount(0);
  expect(alerte).toBe(false);
});

test('l’exemple fictif se charge, demande confirmation s’il remplace des contacts, et s’imprime', async ({
  page,
}) => {
  await ouvrir(page);
  await page.getByRole('button', { name: 'Charger un exemple' }).click();
  // The lesson's table: 2 personal, 4 vertical, 2 horizontal, 3 transversal contacts.
  const attendu = { personnel: 2, vertical: 4, horizontal: 2, transversal: 3 };
  for (const c of CATEGORIES) expect(await lireCompte(page, `compte-${c}`)).toBe(attendu[c]);
  await expect(page.locator(`${ILOT} svg [data-noeud]`)).toHaveCount(11);
  const categoriesListe = await page
    .locator(`${ILOT} [data-liste="contacts"] > li`)
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-categorie')));
  for (const c of CATEGORIES)
    expect(categoriesListe.filter((x) => x === c).length).toBe(attendu[c]);
  await expect(page.locator(`${ILOT} svg`)).toHaveAttribute('aria-label', /11\u00a0contacts/);
  await expect(page.locator(`${ILOT} [data-point="perdus-de-vue"]`)).toContainText(
    'Julien Texier et Marc Olivier',
  );
  // A second click asks before replacing.
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await page.getByRole('button', { name: 'Non, garder mes contacts' }).click();
  expect(await lireCompte(page, 'total')).toBe(11);
  expect(await violationsAxe(page)).toEqual([]);

  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`${ILOT} .reseau-formulaire`)).toBeHidden();
  await expect(page.locator(`${ILOT} .labo-actions`).first()).toBeHidden();
  await expect(page.locator(`${ILOT} svg[data-carte="reseau"]`)).toBeVisible();
  await expect(page.locator(`${ILOT} [data-liste="contacts"]`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Supprimer Camille Roussel' })).toBeHidden();
  await page
    .locator('#simulateur-reseau')
    .screenshot({ path: process.env.CAPTURE_RESEAU ?? 'test-results/reseau-impression.png' });
});

test('la liste de contrôle RGPD garde ses coches après un rechargement', async ({ page }) => {
  await page.goto('/chapitres/reseaux-et-information/');
  const liste = page.locator('checklist-rgpd');
  const total = await liste.locator('input[type="checkbox"]').count();
  expect(total).toBeGreaterThanOrEqual(8);
  await liste.getByLabel(/appeler un particulier/).check();
  await liste.getByLabel(/opposition est enregistrée/).press('Space');
  await expect(liste.locator('[data-bilan]')).toHaveText(
    `2\u00a0points vérifiés sur ${total}\u202f; ${total - 2} à mettre en place.`,
  );
  await page.reload();
  await expect(page.locator('checklist-rgpd input:checked')).toHaveCount(2);
  await expect(page.locator('checklist-rgpd').getByLabel(/appeler un particulier/)).toBeChecked();
  // Every point carries its one-line explanation.
  await expect(page.locator('checklist-rgpd .checklist-pourquoi')).toHaveCount(total);
});

for (const [id, nom, pays, loi] of [
  ['emballages-casablanca', 'Sadaf Emballages', 'Maroc', 'droit marocain'],
  ['assurances-rabat', 'Hilal Conseil Assurances', 'Maroc', 'droit marocain'],
  ['mobilier-lyon', 'Vénimob', 'France', 'droit français'],
] as const) {
  test(`la liste de contrôle RGPD met d’abord la loi du pays de ${nom} (${pays})`, async ({
    page,
  }) => {
    await page.addInitScript(
      (x) => localStorage.setItem('atelier:v1:entreprise', JSON.stringify(x)),
      id,
    );
    await page.goto('/chapitres/reseaux-et-information/');
    const liste = page.locator('checklist-rgpd');
    await expect(liste.locator('[data-pays-entreprise]')).toHaveText(
      new RegExp(`^${nom} relève du ${loi}`),
    );
    // Under every point that cites both countries, the first line shown is the company's own.
    const lois = liste.locator('.checklist-loi');
    const n = await lois.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const lignes = lois.nth(i).locator('li');
      const premiere = await lignes.evaluateAll(
        (ls, p) => {
          const visibles = ls
            .map((l) => ({ l, y: l.getBoundingClientRect().top }))
            .sort((a, b) => a.y - b.y);
          const pays = visibles.map((v) => v.l.getAttribute('data-pays'));
          return pays.includes(p) ? pays[0] : p;
        },
        pays === 'Maroc' ? 'MA' : 'FR',
      );
      expect(premiere).toBe(pays === 'Maroc' ? 'MA' : 'FR');
    }
    await expect(
      liste
        .locator(`li[data-pays="${pays === 'Maroc' ? 'MA' : 'FR'}"] .checklist-votre-pays`)
        .first(),
    ).toBeVisible();
  });
}

test('un stockage corrompu est signalé et la carte repart vide, sans page blanche', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('atelier:v1:reseau', '{"contacts":[{"nom":"<script>"}]}'),
  );
  await ouvrir(page);
  await expect(page.getByRole('alert').filter({ hasText: 'illisibles' })).toBeVisible();
  expect(await lireCompte(page, 'total')).toBe(0);
  await expect(page.locator(`${ILOT} [data-point="vide"]`)).toBeVisible();
});

test('40 contacts : l’ajout du dernier se calcule et se dessine sur place (durée relevée) ; changer d’entreprise ne touche pas au réseau', async ({
  page,
}) => {
  const categories = ['personnel', 'vertical', 'horizontal', 'transversal'];
  const contacts = Array.from({ length: 39 }, (_, i) => ({
    id: `t${i}`,
    nom: `Contact ${i + 1}`,
    categorie: categories[i % 4],
    role: '',
    organisation: '',
    force: (i % 3) + 1,
    dernierEchange: '2026-01-15',
  }));
  await page.addInitScript((c) => {
    if (!sessionStorage.getItem('fait')) {
      localStorage.setItem('atelier:v1:reseau', JSON.stringify({ contacts: c }));
      sessionStorage.setItem('fait', '1');
    }
  }, contacts);
  await ouvrir(page);
  await expect(page.locator(`${ILOT} svg [data-noeud]`)).toHaveCount(39);
  await page.locator('#reseau-nom').fill('Quarantième');
  await page.locator('#reseau-categorie').selectOption('vertical');
  const duree = await page.getByRole('form', { name: 'Ajouter un contact' }).evaluate(async (f) => {
    const t0 = performance.now();
    (f as HTMLFormElement).requestSubmit();
    await new Promise((r) => setTimeout(r, 0));
    if (document.querySelectorAll('[data-island="reseau"] svg [data-noeud]').length !== 40)
      throw new Error('le 40e point manque');
    return performance.now() - t0;
  });
  await consignerMesure(test.info(), {
    nom: 'Réseau : 40e contact validé, diagnostiqué, placé et dessiné',
    ms: [duree],
    cible: 16,
    banc: 'tests/bench/reseau.bench.ts',
  });
  // Every node inside the picture, and no two closer than a node's diameter (read from the SVG).
  const points = await page
    .locator(`${ILOT} svg [data-noeud] circle`)
    .evaluateAll((cs) =>
      cs.map((c) => [
        Number(c.getAttribute('cx')),
        Number(c.getAttribute('cy')),
        Number(c.getAttribute('r')),
      ]),
    );
  for (const [i, [x, y, r]] of points.entries()) {
    expect(x - r >= 0 && y - r >= 0 && x + r <= 640 && y + r <= 640).toBe(true);
    for (const [x2, y2, r2] of points.slice(i + 1))
      expect(Math.hypot(x - x2, y - y2)).toBeGreaterThanOrEqual(r + r2);
  }
  await expect(page.locator('#reseau-nom-erreur')).toHaveCount(0);
  await page.locator('#reseau-nom').fill('Quarante et unième');
  await page.locator('#reseau-categorie').selectOption('vertical');
  await page.getByRole('button', { name: 'Ajouter le contact' }).click();
  await expect(page.locator('#reseau-nom-erreur')).toContainText('déjà 40\u00a0contacts');
  // The network is the learner's own: another sample company leaves it as it is.
  await page.evaluate(() =>
    localStorage.setItem('atelier:v1:entreprise', JSON.stringify('assurances-rabat')),
  );
  await page.reload();
  await ouvrir(page);
  expect(await lireCompte(page, 'total')).toBe(40);
});

test('sur un téléphone en mode sombre, l’exemple chargé tient dans 390 px et reste sans violation axe-core', async ({
  page,
}) => {
  await preparerAffichage(page, { theme: 'sombre' });
  await page.setViewportSize({ width: 390, height: 844 });
  await ouvrir(page);
  await page.getByRole('button', { name: 'Charger un exemple' }).click();
  await expect(page.locator(`${ILOT} svg [data-noeud]`)).toHaveCount(11);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Nodes too close for a finger on a phone: the list's « Modifier » buttons do the editing there.
  await expect(page.locator(`${ILOT} [data-noeud-bouton]`).first()).toBeHidden();
  expect(await violationsAxe(page)).toEqual([]);
});
