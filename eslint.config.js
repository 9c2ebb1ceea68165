import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of docs/architecture.md, enforced: domain is pure, only db touches Dexie,
// features never reach into db or into each other.
const noDexie = { group: ['dexie', 'dexie/*'], message: 'Only src/db (and workers) may import Dexie.' };
const noDb = { group: ['**/db/*', '**/db/**'], message: 'Go through src/queries, not src/db.' };
const noFeatures = { group: ['**/features/**'], message: 'Features do not import each other; move shared code down.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/out', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          noDexie,
          { group: ['react', 'react-dom', 'zustand', '@tanstack/*', '**/db/**', '**/queries/**', '**/features/**', '**/ui/**', '**/app/**'], message: 'Domain code is pure TypeScript.' },
        ],
      }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Pass the clock in.' },
        { object: 'Math', property: 'random', message: 'Pass a seeded random source in.' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src/queries/**', 'src/ui/**', 'src/lib/**', 'src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDexie] }] },
  },
  {
    files: ['src/features/**'],
    // Tests arrange their data through the repositories; the screens under test may not.
    ignores: ['**/*.test.tsx', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDexie, noDb] }] },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-console': 'off',
      'no-restricted-imports': ['error', { patterns: [noDexie, noDb, noFeatures] }],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'src/cli/**'],
    rules: { 'no-console': 'off' },
  },
);
