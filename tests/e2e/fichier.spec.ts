/**
 * The « Fichier de prospects » island of chapter 5, used as a learner would: the quality report
 * against the problems the dataset documents (dist/donnees/<id>.json `fiche.problemesPlantes`),
 * fix / merge / delete then undo, the query « âge < 25 ET ville = Rabat » against a filter
 * written here, the CSV export read back from the download, the log kept across a reload,
 * a company switch, and the time a 1 000-row file takes.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, attendreIlots, violationsAxe } from './outils.ts';
import { consignerMesure } from './mesures.ts';

type Ligne = Record<string, unknown>;
interface Jeu {
  fiche: { nom: string; problemesPlantes: { type: string; ids: string[]; groupes?: string[][] }[] };
  prospects: { champs: string[]; lignes: unknown[][] };
}

async function jeu(
  request: APIRequestContext,
  id: string,
): Promise<{ fiche: Jeu['fiche']; prospects: Ligne[] }> {
  const j = (await (await request.get(`/donnees/${id}.json`)).json()) as Jeu;
  return {
    fiche: j.fiche,
    prospects: j.prospects.lignes.map((l) =>
      Object.fromEntries(j.prospects.champs.map((c, i) => [c, l[i]])),
    ),
  };
}

const ilot = (page: Page) => page.locator('[data-island="fichier"]');
const nombre = (t: string) => Number(t.replace(/[\s\u202f\u00a0]/g, '').replace(/\D.*$/, ''));
const sansAccents = (s: unknown) =>
  String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase();

async function ouvrir(page: Page, entreprise = 'assurances-rabat') {
  await page.addInitScript((id) => {
    if (!sessionStorage.getItem('init')) {
      localStorage.setItem('atelier:v1:entreprise', JSON.stringify(id));
      sessionStorage.setItem('init', '1');
    }
  }, entreprise);
  await page.goto('/chapitres/exploiter-le-fichier/');
  await page.locator('#simulateur-fichier').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="fichier"]');
  await expect(ilot(page)).toHaveAttribute('data-entreprise', entreprise);
  await expect(ilot(page).locator('[data-resultat="lignes"]')).toBeVisible();
}
const totalFiches = async (page: Page) =>
  nombre(await ilot(page).locator('[data-resultat="lignes"]').innerText());
const groupe = (page: Page, type: string) => ilot(page).locator(`[data-probleme="${type}"]`);

for (const id of ['assurances-rabat', 'mobilier-lyon', 'emballages-casablanca']) {
  test(`le rapport de qualité de ${id} retrouve exactement les problèmes documentés du jeu de données`, async ({
    page,
    request,
  }) => {
    const { fiche, prospects } = await jeu(request, id);
    await ouvrir(page, id);
    const lireGroupes = () =>
      ilot(page)
        .locator('[data-probleme]')
        .evaluateAll((els) =>
          els.map((e) => ({
            type: e.getAttribute('data-probleme'),
            lignes: Number(e.getAttribute('data-lignes')),
            problemes: Number(e.getAttribute('data-problemes')),
          })),
        );
    const attendus = fiche.problemesPlantes.map((p) => ({
      type: p.type,
      lignes: new Set(p.ids).size,
      problemes: p.groupes ? p.groupes.length : p.ids.length,
    }));
    // The report comes from a Web Worker: wait until every documented problem is listed.
    await expect
      .poll(async () => (await lireGroupes()).length)
      .toBe(new Set(attendus.map((a) => a.type)).size);
    const affiches = await lireGroupes();
    expect(affiches.sort((a, b) => a.type!.localeCompare(b.type!))).toEqual(
      attendus.sort((a, b) => a.type.localeCompare(b.type)),
    );
    // Independent checks of two kinds straight from the rows.
    const vide = (c: string) => prospects.filter((p) => String(p[c] ?? '').trim() === '').length;
    expect(affiches.find((a) => a.type === 'email-manquant')?.lignes ?? 0).toBe(vide('email'));
    expect(affiches.find((a) => a.type === 'opposition')?.lignes ?? 0).toBe(
      prospects.filter((p) => p.opposition === true).length,
    );
    const union = new Set(fiche.problemesPlantes.flatMap((p) => p.ids)).size;
    await expect
      .poll(async () =>
        nombre(await ilot(page).locator('[data-resultat="concernees"]').innerText()),
      )
      .toBe(union);
    expect(await totalFiches(page)).toBe(prospects.length);
  });
}

test(
  'corriger, fusionner, supprimer, annuler : le journal garde tout, même après un rechargement',
  { tag: '@essentiel' },
  async ({ page, request }) => {
    const { fiche, prospects } = await jeu(request, 'assurances-rabat');
    const plante = (t: string) => fiche.problemesPlantes.find((p) => p.type === t)!;
    await ouvrir(page);
    const total = prospects.length;

    // Correct an e-mail: a bad value is refused in French next to the field, a good one enters the log.
    const emails = groupe(page, 'email-invalide');
    await emails.locator('summary').click();
    await emails
      .getByRole('button', { name: /^Corriger e-mail de/ })
      .first()
      .click();
    const champ = emails.locator('[data-correction]').getByRole('textbox');
    await expect(champ).toBeFocused();
    await champ.fill('salma@@exemple');
    await champ.press('Enter');
    await expect(emails.locator('[data-correction]').getByRole('alert')).toContainText('mal formé');
    await expect(champ).toHaveAttribute('aria-invalid', 'true');
    await champ.fill('salma.bennani@exemple.ma');
    await champ.press('Enter');
    await expect(emails).toHaveAttribute(
      'data-lignes',
      String(plante('email-invalide').ids.length - 1),
    );
    expect(await totalFiches(page)).toBe(total);

    // Merge the first exact-duplicate group, keeping its second row.
    const g = plante('doublon-exact').groupes![0];
    const doublons = groupe(page, 'doublon-exact');
    await doublons.locator('summary').click();
    await doublons.locator('fieldset').first().getByRole('radio').nth(1).check();
    await doublons
      .locator('fieldset')
      .first()
      .getByRole('button', { name: /^Fusionner/ })
      .click();
    await expect.poll(() => totalFiches(page)).toBe(total - (g.length - 1));
    await expect(doublons).toHaveAttribute(
      'data-problemes',
      String(plante('doublon-exact').groupes!.length - 1),
    );

    // Delete every dead contact at once.
    const perimes = plante('contact-perime').ids.filter((x) => !g.includes(x));
    const groupePerimes = groupe(page, 'contact-perime');
    await groupePerimes.locator('summary').click();
    await groupePerimes.getByRole('button', { name: /^Supprimer les/ }).click();
    await expect(groupePerimes).toHaveCount(0);
    const apres = total - (g.length - 1) - perimes.length;
    await expect.poll(() => totalFiches(page)).toBe(apres);
    await expect(ilot(page).locator('[data-journal] li')).toHaveCount(3);

    // Undo the deletion: the dead contacts come back.
    await ilot(page).getByRole('button', { name: 'Annuler la dernière opération' }).click();
    await expect.poll(() => totalFiches(page)).toBe(total - (g.length - 1));
    await expect(groupe(page, 'contact-perime')).toHaveAttribute(
      'data-lignes',
      String(plante('contact-perime').ids.length),
    );

    // The log survives a reload.
    await page.reload();
    await page.locator('#simulateur-fichier').scrollIntoViewIfNeeded();
    await attendreIlots(page, '[data-island="fichier"]');
    await expect(ilot(page).locator('[data-journal] li')).toHaveCount(2);
    await expect.poll(() => totalFiches(page)).toBe(total - (g.length - 1));
    await expect(ilot(page).locator('[data-journal] li').nth(1)).toContainText(
      `fiche gardée\u202f: ${g[1]}`,
    );

    // « Réinitialiser » asks first, then empties the log.
    await ilot(page).getByRole('button', { name: 'Réinitialiser' }).click();
    await ilot(page).getByRole('button', { name: 'Oui, réinitialiser' }).click();
    await expect.poll(() => totalFiches(page)).toBe(total);
    await expect(ilot(page).locator('[data-journal] li')).toHaveCount(0);
  },
);

test('la requête « âge < 25 ET ville = Rabat » donne les fiches d’un filtre indépendant ; OU élargit ; une valeur invalide est signalée', async ({
  page,
  request,
}) => {
  const { prospects } = await jeu(request, 'assurances-rabat');
  await ouvrir(page);
  const jeunes = (p: Ligne) => typeof p.age === 'number' && p.age < 25;
  const rabat = (p: Ligne) => sansAccents(p.ville) === 'rabat';
  const et = prospects.filter((p) => jeunes(p) && rabat(p));
  const ou = prospects.filter((p) => jeunes(p) || rabat(p));
  const resultat = ilot(page).locator('[data-resultat="nombre"]');
  await expect(ilot(page).locator('[data-resultat="requete"]')).toHaveText(
    'âge < 25 ET ville = Rabat',
  );
  expect(nombre(await resultat.innerText())).toBe(et.length);
  expect(et.length).toBeGreaterThan(10);

  // Sorting by age, ascending, on the table: the first row is the youngest of the selection.
  await ilot(page)
    .locator('[data-tableau="fichier"] thead')
    .getByRole('button', { name: 'Âge' })
    .click();
  await expect(ilot(page).locator('[data-tableau="fichier"] th[aria-sort="ascending"]')).toHaveText(
    /Âge/,
  );
  const premier = Number(
    await ilot(page)
      .locator('[data-tableau="fichier"] tbody tr')
      .first()
      .locator('td')
      .nth(2)
      .innerText(),
  );
  expect(premier).toBe(Math.min(...et.map((p) => p.age as number)));
  await expect(ilot(page).locator('[data-tableau="fichier"] tbody tr')).toHaveCount(
    Math.min(20, et.length),
  );

  // A word where a number is expected: French error next to the field, last result kept.
  const valeur = ilot(page).getByLabel('Valeur de la condition 1');
  await valeur.fill('vingt');
  await expect(ilot(page).locator('#condition-0-erreur')).toContainText('attend un nombre');
  await expect(valeur).toHaveAttribute('aria-invalid', 'true');
  expect(nombre(await resultat.innerText())).toBe(et.length);
  await valeur.fill('25');
  await expect.poll(async () => nombre(await resultat.innerText())).toBe(et.length);
  // From a keystroke to the new count on screen, on the 650-row file: recorded (aim: one frame, 16 ms), not asserted.
  const duree = await ilot(page)
    .getByLabel('Valeur de la condition 1')
    .evaluate(async (el) => {
      const input = el as HTMLInputElement;
      const t0 = performance.now();
      input.value = '30';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      if (!document.querySelector('[data-resultat="requete"]')!.textContent!.includes('< 30'))
        throw new Error('requête non recalculée');
      return performance.now() - t0;
    });
  await consignerMesure(test.info(), {
    nom: 'Fichier (650 lignes) : requête recalculée et tableau rendu',
    ms: [duree],
    cible: 16,
    banc: 'tests/bench/fichier.bench.ts',
  });
  await valeur.fill('25');
  await ilot(page).getByLabel('Lien de la condition 2').selectOption('OU');
  await expect.poll(async () => nombre(await resultat.innerText())).toBe(ou.length);
  await expect(ilot(page).locator('[data-resultat="requete"]')).toHaveText(
    'âge < 25 OU ville = Rabat',
  );
});

test('l’export de la sélection est un CSV Excel dont les formules sont neutralisées', async ({
  page,
  request,
}) => {
  const { prospects } = await jeu(request, 'assurances-rabat');
  const cible = prospects.find(
    (p) => typeof p.age === 'number' && p.age < 25 && sansAccents(p.ville) === 'rabat',
  )!;
  // A learner's stored correction that looks like a spreadsheet formula.
  await page.addInitScript((pid) => {
    if (sessionStorage.getItem('formule')) return;
    sessionStorage.setItem('formule', '1');
    localStorage.setItem(
      'atelier:v1:travail',
      JSON.stringify({
        'assurances-rabat': {
          journal: [
            {
              type: 'modifier',
              id: pid,
              champ: 'nom',
              valeur: '=HYPERLINK("http://exemple.invalid";"clic")',
            },
          ],
          grille: null,
          selection: [],
          methode: null,
          budget: null,
          entonnoir: null,
        },
      }),
    );
  }, cible.id as string);
  await ouvrir(page);
  const n = nombre(await ilot(page).locator('[data-resultat="nombre"]').innerText());
  const [telechargement] = await Promise.all([
    page.waitForEvent('download'),
    ilot(page).getByRole('button', { name: 'Exporter la sélection (CSV)' }).click(),
  ]);
  expect(telechargement.suggestedFilename()).toMatch(/selection\.csv$/);
  const octets = readFileSync(await telechargement.path());
  expect([...octets.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lignes = octets
    .toString('utf8')
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '');
  expect(lignes[0].startsWith('Identifiant;Raison sociale;Nom;')).toBe(true);
  expect(lignes).toHaveLength(n + 1);
  const ligne = lignes.find((l) => l.startsWith(`${cible.id};`))!;
  expect(ligne).toContain(`"'=HYPERLINK(""http://exemple.invalid"";""clic"")"`);
  // No cell of the file may start with a character a spreadsheet runs as a formula.
  for (const l of lignes)
    for (const c of l.match(/("([^"]|"")*"|[^;]*)(;|$)/g) ?? [])
      expect(c.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
});

test('le contrôle d’un e-mail aux jeunes Rabatis applique la loi 09-08 : les fiches sans consentement sont exclues', async ({
  page,
  request,
}) => {
  const { prospects } = await jeu(request, 'assurances-rabat');
  await ouvrir(page);
  const selection = prospects.filter(
    (p) => typeof p.age === 'number' && p.age < 25 && sansAccents(p.ville) === 'rabat',
  );
  const sansConsentement = selection.filter((p) => p.consentementEmail !== true);
  const exclues = new Set(
    [...sansConsentement, ...selection.filter((p) => p.opposition === true)].map((p) => p.id),
  );
  await ilot(page).locator('summary', { hasText: 'Vérifier une campagne' }).click();
  await ilot(page).getByLabel('Canal de la campagne').selectOption('email');
  await expect(ilot(page).locator('[data-regle="ma-email"]')).toHaveAttribute(
    'data-lignes',
    String(sansConsentement.length),
  );
  // Moroccan law sets no retention figure: the French 3-year recommendation is not applied.
  await expect(ilot(page).locator('[data-regle="fr-conservation"]')).toHaveCount(0);
  expect(nombre(await ilot(page).locator('[data-resultat="a-exclure"]').innerText())).toBe(
    exclues.size,
  );
  await ilot(page).getByLabel('Canal de la campagne').selectOption('courrier');
  await expect(ilot(page).locator('[data-regle="ma-email"]')).toHaveCount(0);
});

test('le téléphone dépend de la date de la campagne : Bloctel jusqu’au 10 août 2026, consentement préalable ensuite', async ({
  page,
  request,
}) => {
  const { prospects } = await jeu(request, 'mobilier-lyon');
  await ouvrir(page, 'mobilier-lyon');
  // No condition: the whole file is the selection.
  const retirer = ilot(page).getByRole('button', { name: /^Retirer la condition/ });
  for (const reste of [1, 0]) {
    await retirer.first().click();
    await expect(retirer).toHaveCount(reste);
  }
  await expect(ilot(page).locator('[data-resultat="requete"]')).toHaveText('tout le fichier');
  expect(nombre(await ilot(page).locator('[data-resultat="nombre"]').innerText())).toBe(
    prospects.length,
  );
  await ilot(page).locator('summary', { hasText: 'Vérifier une campagne' }).click();
  await ilot(page).getByLabel('Canal de la campagne').selectOption('telephone');
  // Consumers are the rows whose nature says so: the self-employed buying for their practice are professionals.
  const particuliers = prospects.filter((p) => p.nature === 'consommateur');
  expect(particuliers.length).toBeLessThan(prospects.filter((p) => p.type === 'B2C').length);
  // The sample's date (2026-09-01) is after the change: a consumer needs a recorded, dated consent.
  await expect(ilot(page).getByLabel('Date de la campagne')).toHaveValue('2026-09-01');
  await expect(ilot(page).locator('[data-resultat="droit-applique"]')).toContainText(
    'État du droit au 1er\u00a0septembre 2026 — France',
  );
  const sansAccord = particuliers.filter(
    (p) => p.consentementTelephone !== true || !p.dateConsentementTelephone,
  );
  await expect(ilot(page).locator('[data-regle="fr-telephone-consentement"]')).toHaveAttribute(
    'data-lignes',
    String(sansAccord.length),
  );
  await expect(ilot(page).locator('[data-regle="fr-bloctel"]')).toHaveCount(0);
  await ilot(page).getByLabel('Date de la campagne').fill('2026-07-01');
  await expect(ilot(page).locator('[data-regle="fr-bloctel"]')).toHaveAttribute(
    'data-lignes',
    String(particuliers.filter((p) => p.bloctel === true).length),
  );
  await expect(ilot(page).locator('[data-regle="fr-telephone-consentement"]')).toHaveCount(0);
});

test('changer d’entreprise change le fichier, le rapport et la requête proposée', async ({
  page,
  request,
}) => {
  const lyon = await jeu(request, 'mobilier-lyon');
  await ouvrir(page);
  await expect(ilot(page).locator('[data-resultat="requete"]')).toHaveText(
    'âge < 25 ET ville = Rabat',
  );
  await page.goto('/donnees/');
  await page.locator('#entreprise-etudiee').scrollIntoViewIfNeeded();
  await attendreIlots(page, '#choix-entreprise');
  await page.locator('#choix-entreprise').selectOption('mobilier-lyon');
  await expect(page.locator('[data-entreprise-nom]')).toHaveText(lyon.fiche.nom);
  await page.goto('/chapitres/exploiter-le-fichier/');
  await page.locator('#simulateur-fichier').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="fichier"]');
  await expect(ilot(page)).toHaveAttribute('data-entreprise', 'mobilier-lyon');
  await expect.poll(() => totalFiches(page)).toBe(lyon.prospects.length);
  await expect(groupe(page, 'bloctel')).toHaveAttribute(
    'data-lignes',
    String(lyon.prospects.filter((p) => p.bloctel === true).length),
  );
  const villes = new Map<string, number>();
  for (const p of lyon.prospects)
    villes.set(String(p.ville), (villes.get(String(p.ville)) ?? 0) + 1);
  const principale = [...villes].sort((a, b) => b[1] - a[1])[0][0];
  await expect(ilot(page).locator('[data-resultat="requete"]')).toHaveText(
    `taille = PME ET ville = ${principale}`,
  );
  const attendu = lyon.prospects.filter((p) => p.taille === 'PME' && p.ville === principale).length;
  expect(nombre(await ilot(page).locator('[data-resultat="nombre"]').innerText())).toBe(attendu);
});

test('un fichier importé de 1 000 lignes reste fluide : tri du tableau et rapport mesurés', async ({
  page,
}) => {
  // A 1 000-row file built from a sample's own export: rows repeated with new ids (so with many
  // duplicates, the report's worst case), imported through /donnees/ like a learner's file.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('init')) {
      localStorage.setItem('atelier:v1:entreprise', JSON.stringify('mobilier-lyon'));
      sessionStorage.setItem('init', '1');
    }
  });
  await page.goto('/donnees/');
  await page.locator('#entreprise-etudiee').scrollIntoViewIfNeeded();
  await page.locator('#import-fichier-labo').scrollIntoViewIfNeeded();
  await attendreIlots(page);
  const apercu = page.locator('[data-island="apercu-fichier"]');
  await expect(apercu.locator('[data-resultat="lignes"]')).toBeVisible();
  const [export_] = await Promise.all([
    page.waitForEvent('download'),
    apercu.getByRole('button', { name: 'Exporter ce fichier (CSV)' }).click(),
  ]);
  const [entete, ...donnees] = readFileSync(await export_.path(), 'utf8')
    .slice(1)
    .split('\r\n')
    .filter((l) => l !== '');
  const mille = Array.from({ length: 1000 }, (_, k) =>
    donnees[k % donnees.length].replace(/^[^;]*/, `X${String(k).padStart(4, '0')}`),
  );
  const importeur = page.locator('[data-island="import-fichier"]');
  await importeur.locator('#import-fichier').setInputFiles({
    name: 'mille.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([entete, ...mille].join('\r\n')),
  });
  await importeur.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(importeur.locator('[data-resultat="importes"]')).toContainText('1\u202f000');
  await expect(importeur.locator('[data-resultat="enregistrement"]')).toHaveAttribute(
    'data-etat',
    /^(ok|echec|rien)$/,
  );
  await expect(apercu.locator('[data-resultat="lignes"]')).toContainText('1\u202f000 prospects');

  await page.goto('/chapitres/exploiter-le-fichier/');
  await page.locator('#simulateur-fichier').scrollIntoViewIfNeeded();
  await attendreIlots(page, '[data-island="fichier"]');
  await expect.poll(() => totalFiches(page)).toBe(1000);
  const bouton = ilot(page)
    .locator('[data-tableau="fichier"] thead button')
    .filter({ hasText: 'Dernier contact' });
  const tri = await bouton.evaluate(async (b) => {
    const t0 = performance.now();
    (b as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    if (!b.closest('th')!.getAttribute('aria-sort')) throw new Error('tri non appliqué');
    return performance.now() - t0;
  });
  // Deleting a group recomputes the cleaned file, the quality report and the query.
  const opposition = groupe(page, 'opposition');
  await opposition.locator('summary').click();
  const suppression = await opposition
    .getByRole('button', { name: /^Supprimer les/ })
    .evaluate(async (b) => {
      const t0 = performance.now();
      (b as HTMLButtonElement).click();
      // The page's own work: log replay, query, table (the report is computed in a Web Worker).
      await new Promise((r) => setTimeout(r, 0));
      const page = performance.now() - t0;
      // No time limit here: the test's own timeout stops a report that never comes back.
      while (document.querySelector('[data-probleme="opposition"]'))
        await new Promise((r) => requestAnimationFrame(r));
      return { page, rapport: performance.now() - t0 };
    });
  await consignerMesure(test.info(), {
    nom: 'Fichier (1 000 lignes) : tri du tableau',
    ms: [tri],
    cible: 16,
    banc: 'tests/bench/fichier.bench.ts',
  });
  await consignerMesure(test.info(), {
    nom: 'Fichier (1 000 lignes) : suppression d’un groupe, travail de la page',
    ms: [suppression.page],
    cible: 16,
    banc: 'tests/bench/fichier.bench.ts',
  });
  await consignerMesure(test.info(), {
    nom: 'Fichier (1 000 lignes) : suppression d’un groupe, rapport de qualité à jour (Web Worker)',
    ms: [suppression.rapport],
    cible: 1000,
    banc: 'tests/bench/fichier.bench.ts',
  });
});

test('ouverts (doublon, correction en erreur, contrôle RGPD), les éléments du simulateur restent accessibles au clavier et sans violation axe', async ({
  page,
}) => {
  await ouvrir(page, 'mobilier-lyon');
  const doublons = groupe(page, 'doublon-probable');
  await doublons.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(doublons.locator('fieldset').first()).toBeVisible();
  const emails = groupe(page, 'email-invalide');
  await emails.locator('summary').focus();
  await page.keyboard.press('Enter');
  await emails
    .getByRole('button', { name: /^Corriger/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(emails.locator('[data-correction]').getByRole('textbox')).toBeFocused();
  await page.keyboard.type('pas-un-email');
  await page.keyboard.press('Enter');
  await expect(emails.locator('[data-correction]').getByRole('alert')).toBeVisible();
  await ilot(page).locator('summary', { hasText: 'Vérifier une campagne' }).click();
  await ilot(page).getByLabel('Canal de la campagne').selectOption('telephone');
  await expect(ilot(page).locator('[data-regle]').first()).toBeVisible();
  expect(await violationsAxe(page)).toEqual([]);
  // Escape closes the correction without writing anything.
  await emails.locator('[data-correction]').getByRole('textbox').press('Escape');
  await expect(emails.locator('[data-correction]')).toHaveCount(0);
  await expect(ilot(page).locator('[data-journal] li')).toHaveCount(0);
});
