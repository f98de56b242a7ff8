// ESLint flat config: JavaScript and typescript-eslint recommended rules for .ts/.tsx, and
// eslint-plugin-astro for .astro (frontmatter and <script> tags). Formatting is Prettier's job,
// not ESLint's: no stylistic rule here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'screenshots/',
    '.lighthouse/',
    'content/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    // The same modules run in the browser (islands, stores) and in Node (scripts, tests, the build).
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // As in Chart.js: a function with more than 10 paths asks to be split into named helpers
      // (issue 20). An error, so that the limit is real: new code and every folder already under
      // it stay under it. The files still over it are listed below, as warnings.
      complexity: ['error', 10],
      // French typography puts no-break spaces (U+00A0, U+202F) in text: strings, templates, JSX
      // text and comments. Anywhere else (between tokens) one is still a mistake.
      'no-irregular-whitespace': [
        'error',
        {
          skipStrings: true,
          skipTemplates: true,
          skipJSXText: true,
          skipComments: true,
          skipRegExps: true,
        },
      ],
      // An empty catch says « nothing to do when this fails » (storage blocked in the theme script).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `_name` says « received but deliberately unused » (a signature shared with other functions).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Still over the complexity limit (74 warnings in 62 files on 2026-12-07, down from 121 the day
    // before and 144 at first):
    // a warning here, so that each guides the next change to its file without blocking it. Remove
    // a file from the list once it is under 10. By folder:
    // - src/islands (32): Preact components whose JSX conditionals (`cond && <X/>`, `a ? b : c`)
    //   each count as a path; splitting them means sub-components and an e2e run per island.
    // - src/stores (16): the validators of stored state still written by hand. Moving them to
    //   zod/mini (issue 20's « one way to validate ») removes their branches, but puts the library
    //   (about 8,7 Ko gzip) on the chapter pages that load them: done where the page loads it anyway
    //   or loads the store after its first JS (identite, productions, portefeuille); the rest waits.
    // - src/lib (6, in 4 files): fichier/, dossier/, scoring/, droit/, ecriture/, planning/ and the
    //   evaluations moved from the stores are split (see the git log for the pattern: a table of
    //   checks, named steps). Left: campagne/diagnostic, fil, plan and tableau-plan, whose splits
    //   were dropped at a merge in favour of the same day's coherence fixes (to split again).
    // - src/elements (8): custom elements, checked by e2e only. The rest (12): dataset
    //   generators (outils/datasets: regeneration must keep its bytes), build-time readers, tests.
    files: [
      'src/islands/**',
      'src/stores/**',
      'tests/**',
      'src/elements/**',
      'outils/datasets/portefeuille.ts',
      'outils/datasets/problemes.ts',
      'outils/datasets/prospects.ts',
      'src/build/chiffres-entreprise.ts',
      'src/components/exercises/FicheExercices.astro',
      'src/schemas/valider-dataset.ts',
      'src/lib/campagne/diagnostic.ts',
      'src/lib/campagne/fil.ts',
      'src/lib/campagne/plan.ts',
      'src/lib/campagne/tableau-plan.ts',
    ],
    rules: { complexity: ['warn', 10] },
  },
);
