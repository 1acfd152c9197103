import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' };
const layer = (patterns, paths = []) => ['error', { paths, patterns }];

export default ts.config(
  {
    ignores: [
      '**/*.tmp.*',
      '**/.dev-tmp/',
      'dist/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.cache/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  {
    files: ['renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layer boundaries: core and api run in plain Node and never see Electron; the renderer never reaches the core.
  {
    files: ['electron/core/**', 'electron/api/**', 'electron/host/**', 'electron/cli/**'],
    rules: {
      'no-restricted-imports': layer(
        [
          { group: ['electron/*'], message: noElectron.message },
          {
            group: ['**/main/*', '**/preload/*', '**/renderer/*'],
            message: 'core, api, host and cli never import main, preload or renderer code.',
          },
        ],
        [noElectron],
      ),
    },
  },
  {
    files: ['electron/core/**', 'electron/api/**'],
    rules: {
      'no-restricted-imports': layer(
        [
          { group: ['electron/*'], message: noElectron.message },
          {
            group: ['**/main/*', '**/preload/*', '**/renderer/*', '**/host/*', '**/cli/*'],
            message: 'core and api depend on nothing above them.',
          },
        ],
        [noElectron],
      ),
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': layer(
        [
          {
            group: ['**/electron/core/**', '**/electron/main/**', '**/electron/host/**', '**/electron/cli/**'],
            message: 'The renderer reaches the back end only through renderer/lib/api.ts.',
          },
          { group: ['node:*'], message: 'The renderer runs in a sandboxed page.' },
        ],
        [noElectron],
      ),
    },
  },
  {
    files: ['renderer/views/**', 'renderer/components/**', 'renderer/state/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use renderer/lib/api.ts.' }],
    },
  },
);
