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
      // As in Chart.js: a function with more than 10 paths asks to be split. A warning, so that
      // it guides the next change instead of blocking one.
      complexity: ['warn', 10],
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
);
