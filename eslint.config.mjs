import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import deskbook from './scripts/eslint/feature-boundaries.mjs';

const DB_MODULE = ['better-sqlite3-multiple-ciphers', 'better-sqlite3'];

/** Layers by where code runs (see docs/ARCHITECTURE.md). */
const layers = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...DB_MODULE].map((name) => ({
            name,
            message: 'shared/ runs on both sides.',
          })),
          patterns: [
            { group: ['node:*'], message: 'shared/ runs in the renderer too: no Node modules.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...DB_MODULE].map((name) => ({
            name,
            message: 'The renderer reaches main only through the contract.',
          })),
          patterns: [
            { group: ['node:*'], message: 'The renderer is a browser page.' },
            {
              group: ['**/electron/**'],
              message: 'The renderer imports only shared/ and its own code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only stores talk to main; screens and components read stores.
    files: ['renderer/src/**/*.tsx'],
    ignores: ['renderer/src/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...DB_MODULE],
          patterns: [
            {
              group: ['node:*', '**/electron/**'],
              message: 'The renderer imports only shared/ and its own code.',
            },
            { group: ['**/api/client'], message: 'Only feature stores call the api client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only electron/main and electron/preload may use Electron; the rest runs under plain Node.',
            },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // A feature reaches another only through its index.ts (tests may look inside).
    files: ['electron/**/*.ts'],
    plugins: { deskbook },
    rules: { 'deskbook/feature-boundaries': 'error' },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'tests/e2e/screenshots/**',
      'coverage/**',
      '.electron-native/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'info', 'warn'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.mjs', '*.mjs', '*.mts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  ...layers,
);
