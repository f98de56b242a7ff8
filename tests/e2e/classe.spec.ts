/**
 * Issue 19, the class summary with no server: a learner gives name and class once on « Mon
 * bilan », the export carries them (and its file name too); the trainer drops the files on
 * /classe/ and reads success rates per exercise, frequent mistakes and learners to help. A
 * hostile name renders as text; a malformed file is refused in French; nothing leaves the page
 * (the shared fixture fails on any request outside localhost).
 */
import { readFile } from 'node:fs/promises';
import { test, expect, attendreIlots, violationsAxe } from './outils.ts';

const essai = (exerciceId: string, correct: boolean, minute: number, erreur?: string) => ({
  exerciceId,
  code: correct ? '' : '',
  correct,
  date: `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
  ...(erreur ? { erreur } : {}),
});
const fichier = (nom: string, tentatives: unknown[]) => ({
  name: `${nom}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'atelier-prospection/progression',
      version: 1,
      eleve: { nom, classe: '1A' },
      tentatives,
    }),
  ),
});

test('l’export de « Mon bilan » porte le nom et la classe, dans le fichier et son nom', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('i')) return;
    localStorage.setItem(
      'atelier:v1:progression',
      JSON.stringify({
        version: 1,
        tentatives: [
          {
            exerciceId: 'budgetiser/enveloppe-role',
            code: '',
            correct: false,
            date: '2026-03-01T10:00:00.000Z',
            erreur: 'Ce n’est pas son rôle.',
          },
        ],
      }),
    );
    sessionStorage.setItem('i', '1');
  });
  await page.goto('/bilan/');
  await attendreIlots(page);
  await page.getByLabel('Nom').fill('Amina El Fassi');
  await page.getByLabel('Classe').fill('BTS 1');
  await page.getByLabel('Classe').blur();
  // Asked once: kept for the next visit.
  await page.reload();
  await attendreIlots(page);
  await expect(page.getByLabel('Nom')).toHaveValue('Amina El Fassi');
  const telechargement = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter ma progression' }).click();
  const d = await telechargement;
  expect(d.suggestedFilename()).toMatch(/^progression-bts-1-amina-el-fassi-\d{4}-\d\d-\d\d\.json$/);
  const contenu = JSON.parse(await readFile((await d.path())!, 'utf8'));
  expect(contenu.eleve).toEqual({ nom: 'Amina El Fassi', classe: 'BTS 1' });
  expect(contenu.tentatives[0].erreur).toBe('Ce n’est pas son rôle.');
});

test(
  '/classe/ : les fichiers déposés donnent taux de réussite, erreurs fréquentes et élèves à aider',
  { tag: '@essentiel' },
  async ({ page }) => {
    await page.goto('/classe/');
    await attendreIlots(page);
    const depot = page.locator('input[type="file"]');
    await depot.setInputFiles([
      fichier('Amina', [
        essai('budgetiser/enveloppe-role', false, 1, 'Le budget ne se fixe pas ainsi.'),
        essai('budgetiser/enveloppe-role', true, 2),
        essai('budgetiser/ressources-insuffisantes', true, 3),
      ]),
      fichier('<img src=x onerror="document.title=1">', [
        essai('budgetiser/enveloppe-role', false, 1, 'Le budget ne se fixe pas ainsi.'),
        essai('budgetiser/ressources-insuffisantes', false, 2),
        essai('budgetiser/taux-de-marque-calcul', false, 3),
      ]),
      {
        name: 'abime.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"atelier-prospection/progression"'),
      },
    ]);
    await expect(page.locator('[data-classe-eleves]')).toHaveAttribute('data-classe-eleves', '2');
    await expect(page.getByRole('alert')).toContainText(
      '«\u00a0abime.json\u00a0» n’est pas un fichier JSON lisible',
    );
    // 2 learners tried « enveloppe-role », 1 got it right.
    const ligne = page.locator('[data-exercice="budgetiser/enveloppe-role"]');
    await expect(ligne.locator('td').nth(0)).toHaveText('2');
    await expect(ligne.locator('td').nth(1)).toHaveText('1');
    await expect(ligne.locator('[data-taux]')).toHaveText(/^50\s?%$/);
    await expect(page.locator('[data-classe-erreurs] li').first()).toContainText(
      'Le budget ne se fixe pas ainsi. ',
    );
    await expect(page.locator('[data-classe-erreurs] li').first()).toContainText('2\u00a0élèves');
    // The hostile name is shown as text, never as an element.
    await expect(page.locator('[data-classe-aide]')).toContainText(
      '<img src=x onerror="document.title=1">',
    );
    await expect(page.locator('[data-island="classe"] img')).toHaveCount(0);
    expect(await page.title()).not.toBe('1');
    expect(await violationsAxe(page)).toEqual([]);
  },
);

test('un code de résultat affiché sur « Mon bilan » se tape sur /classe/ ; un code mal recopié est refusé en français', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('i')) return;
    localStorage.setItem(
      'atelier:v1:progression',
      JSON.stringify({
        version: 1,
        tentatives: [
          {
            exerciceId: 'budgetiser/enveloppe-role',
            code: '',
            correct: true,
            date: '2026-03-01T10:00:00.000Z',
          },
          {
            exerciceId: 'budgetiser/ressources-insuffisantes',
            code: '',
            correct: true,
            date: '2026-03-01T10:01:00.000Z',
          },
          {
            exerciceId: 'pourquoi-prospecter/attrition',
            code: '',
            correct: false,
            date: '2026-03-01T10:02:00.000Z',
          },
        ],
      }),
    );
    localStorage.setItem('atelier:v1:identite', JSON.stringify({ nom: 'Yanis', classe: '' }));
    sessionStorage.setItem('i', '1');
  });
  await page.goto('/bilan/');
  await attendreIlots(page);
  const code = await page.locator('[data-code-resultat]').innerText();
  expect(code).toMatch(/RP-[2-9A-Z]+-[2-9A-Z]{2}$/);
  await page.goto('/classe/');
  await attendreIlots(page);
  const champ = page.getByLabel(/codes de résultat/);
  // One right, one with a wrong character: the right one is read, the wrong one stays, explained.
  const faux = code.replace(
    /([2-9A-Z])(-[2-9A-Z]{2})$/,
    (_, c, k) => `${c === '2' ? '3' : '2'}${k}`,
  );
  expect(faux).not.toBe(code);
  await champ.fill(`${code}\nSami : ${faux.replace(/^.*RP-/, 'RP-')}`);
  await page.getByRole('button', { name: 'Lire les codes' }).click();
  const ligne = page.locator('[data-classe-codes] tr[data-code-eleve]');
  await expect(ligne).toHaveCount(1);
  await expect(ligne.locator('th')).toHaveText(
    code.includes(':') ? code.split(':')[0].trim() : 'Élève 1',
  );
  await expect(page.getByRole('alert').filter({ hasText: 'mal recopié' })).toBeVisible();
  await expect(champ).toHaveValue(/^Sami : RP-/);
  expect(await violationsAxe(page)).toEqual([]);
});
