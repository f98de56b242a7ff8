/**
 * Issue 19, the class summary with no server: a learner gives name and class once on « Mon
 * bilan », the export carries them (and its file name too); the trainer drops the files on
 * /classe/ and reads success rates per exercise, frequent mistakes and learners to help. A
 * hostile name renders as text; a malformed file is refused in French; nothing leaves the page
 * (the shared fixture fails on any request outside localhost).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
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

/** A learner as « Mon bilan » stores them: name and class, attempts, self-assessed grids. */
interface Eleve {
  nom: string;
  tentatives: ReturnType<typeof essai>[];
  productions: Record<string, Record<string, number>>;
}
const ELEVES: Eleve[] = [
  {
    nom: 'Amina',
    tentatives: [essai('budgetiser/enveloppe-role', true, 1)],
    productions: {
      persona: { identite: 3, besoins: 2, mobiles: 2, canaux: 1 },
      'email-prospection': { aida: 2, personnalisation: 3, action: 1, legal: 0 },
    },
  },
  {
    // A spreadsheet formula as a name: harmless on a page, dangerous only in a CSV opened in Excel.
    nom: '=HYPERLINK("http://exemple.test/?x","Aide")',
    tentatives: [
      essai('budgetiser/enveloppe-role', false, 1),
      essai('budgetiser/ressources-insuffisantes', false, 2),
      essai('budgetiser/taux-de-marque-calcul', false, 3),
    ],
    productions: { persona: { identite: 1, besoins: 1, mobiles: 3 } },
  },
  {
    nom: '<img src=x onerror="document.title=1">',
    tentatives: [essai('budgetiser/enveloppe-role', true, 1)],
    productions: {
      persona: { identite: 2, besoins: 0, mobiles: 1, canaux: 3 },
      // Written but not self-assessed yet: no average to show for it.
      'script-telephonique': {},
    },
  },
];

/** The learner's export, made by the site itself: their stored work, then « Exporter ma progression ». */
async function exportDe(page: Page, eleve: Eleve) {
  await page.evaluate((e) => {
    localStorage.clear();
    localStorage.setItem('atelier:v1:identite', JSON.stringify({ nom: e.nom, classe: 'BTS 1' }));
    localStorage.setItem(
      'atelier:v1:progression',
      JSON.stringify({ version: 1, tentatives: e.tentatives }),
    );
    localStorage.setItem(
      'atelier:v1:productions',
      JSON.stringify(
        Object.fromEntries(
          Object.entries(e.productions).map(([id, niveaux]) => [
            id,
            { texte: 'Mon travail.', niveaux, date: '2026-03-01T10:00:00.000Z' },
          ]),
        ),
      ),
    );
  }, eleve);
  await page.reload();
  await attendreIlots(page);
  await expect(page.getByLabel('Nom')).toHaveValue(eleve.nom);
  const telechargement = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter ma progression' }).click();
  const d = await telechargement;
  return { name: d.suggestedFilename(), texte: await readFile((await d.path())!, 'utf8') };
}

/** The grids' averages counted from the files themselves, not by the page's code. */
function moyennesAttendues(fichiers: { texte: string }[]) {
  const grilles = new Map<string, { eleves: number; criteres: Map<string, number[]> }>();
  for (const f of fichiers) {
    const productions: Record<string, { niveaux: Record<string, number> }> =
      JSON.parse(f.texte).productions ?? {};
    for (const [id, { niveaux }] of Object.entries(productions)) {
      if (Object.keys(niveaux).length === 0) continue;
      const g = grilles.get(id) ?? { eleves: 0, criteres: new Map() };
      g.eleves++;
      for (const [c, n] of Object.entries(niveaux))
        g.criteres.set(c, [...(g.criteres.get(c) ?? []), n]);
      grilles.set(id, g);
    }
  }
  return grilles;
}

test('/classe/ : les grilles autoévaluées des fichiers exportés sont moyennées critère par critère ; les noms hostiles restent du texte ; la synthèse s’imprime', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { impressions: number };
    w.impressions = 0;
    window.print = () => {
      w.impressions++;
    };
  });
  await page.goto('/bilan/');
  await attendreIlots(page);
  const fichiers = [];
  for (const e of ELEVES) fichiers.push(await exportDe(page, e));
  // The export's file name never carries the name's markup or formula characters.
  for (const f of fichiers) expect(f.name).toMatch(/^progression-bts-1-[a-z0-9-]+-[\d-]+\.json$/);
  const attendu = moyennesAttendues(fichiers);
  expect([...attendu.keys()].sort()).toEqual(['email-prospection', 'persona']);

  await page.goto('/classe/');
  await attendreIlots(page);
  await page.locator('input[type="file"]').setInputFiles(
    fichiers.map((f) => ({
      name: f.name,
      mimeType: 'application/json',
      buffer: Buffer.from(f.texte),
    })),
  );
  await expect(page.locator('[data-classe-eleves]')).toHaveAttribute('data-classe-eleves', '3');
  for (const [id, g] of attendu) {
    const tableau = page.locator(`[data-classe-production="${id}"]`);
    await expect(tableau.locator('caption')).toContainText(`${g.eleves}\u00a0élève`);
    await expect(tableau.locator('tbody tr')).toHaveCount(g.criteres.size);
    for (const [critere, niveaux] of g.criteres) {
      const ligne = tableau.locator(`tr[data-critere="${critere}"]`);
      await expect(ligne.locator('td').nth(0)).toHaveText(String(niveaux.length));
      const moyenne = niveaux.reduce((s, n) => s + n, 0) / niveaux.length;
      await expect(ligne.locator('[data-moyenne]')).toHaveText(
        moyenne.toFixed(1).replace('.', ','),
      );
    }
  }
  // Hand-checked: persona's « Identité et situation » is (3 + 1 + 2) ÷ 3, « Canaux » (1 + 3) ÷ 2.
  const persona = page.locator('[data-classe-production="persona"]');
  await expect(persona.locator('caption')).toHaveText('Construire un persona — 3\u00a0élèves');
  await expect(persona.locator('tr[data-critere="identite"] th')).toHaveText(
    'Identité et situation',
  );
  await expect(persona.locator('tr[data-critere="identite"] [data-moyenne]')).toHaveText('2,0');
  await expect(persona.locator('tr[data-critere="canaux"] td').nth(0)).toHaveText('2');
  await expect(page.locator('[data-classe-production]')).toHaveCount(2);
  // Only the chapter worked on has its table; the others are named on one line, not 12 tables of zeros.
  await expect(page.locator('[data-classe-chapitre]')).toHaveCount(1);
  await expect(page.locator('[data-classe-non-travailles]')).toContainText(
    '1. Pourquoi prospecter',
  );

  // Hostile names are shown as the text they are, in the class list and among learners to help.
  const liste = page.locator('[data-classe-eleves]');
  await expect(liste).toContainText('=HYPERLINK("http://exemple.test/?x","Aide") (BTS 1)');
  await expect(liste).toContainText('<img src=x onerror="document.title=1"> (BTS 1)');
  await expect(page.locator('[data-classe-aide]')).toContainText('=HYPERLINK(');
  await expect(page.locator('[data-island="classe"] img')).toHaveCount(0);
  await expect(page.locator('[data-island="classe"] a')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
  expect(await violationsAxe(page, '[data-classe-production]')).toEqual([]);

  // « Imprimer la synthèse » opens the browser's print dialog (stubbed: it records the call).
  await page.getByRole('button', { name: 'Imprimer la synthèse' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { impressions: number }).impressions))
    .toBe(1);
  // On paper: the summary and its tables, without the drop zone, the buttons or the site's header.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.classe-depot')).toHaveCSS('display', 'none');
  await expect(page.getByRole('heading', { name: 'Synthèse de classe' })).toBeVisible();
  await expect(page.locator('[data-classe-eleves]')).toBeVisible();
  await expect(page.locator('[data-classe-chapitre="budgetiser"]')).toBeVisible();
  await expect(persona).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Élèves à aider' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer la synthèse' })).toBeHidden();
  await expect(page.locator('header.entete')).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('classe-impression.png'), fullPage: true });
});
