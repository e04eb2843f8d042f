// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI = ['components', 'islands', 'layouts', 'pages'];
const UI_AND_STATE = ['stores', ...UI];

/** A no-restricted-imports pattern that refuses any import path going through one of `folders`. */
function layer(/** @type {string} */ from, /** @type {string[]} */ folders) {
  return {
    regex: `(^|/)(${folders.join('|')})(/|$)`,
    message: `${from} must not import from src/${folders.join(', src/')} (see the layers in eslint.config.js).`,
  };
}

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // The layers: src/lib is plain domain code (no state, no UI); src/stores holds state and actions over
  // it (no UI); components, islands, layouts and pages sit on top and may import everything below.
  {
    files: ['src/lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('src/lib', UI_AND_STATE)] }] },
  },
  {
    files: ['src/stores/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('src/stores', UI)] }] },
  },
);
