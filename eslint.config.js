import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The core must run anywhere: no UI framework, no schema compiler, no browser globals. */
const coreBoundary = {
  files: ['packages/core/src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: '@changemap/core must stay free of React.' },
          { group: ['@xyflow/*'], message: '@changemap/core must stay free of React Flow.' },
          { group: ['ajv', 'ajv/*', 'ajv-*'], message: '@changemap/core must stay free of ajv; schemas live in @changemap/schemas.' },
          { group: ['@changemap/schemas', '@changemap/editor'], message: 'Dependencies point core ← schemas ← editor, never back.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'HTMLElement'].map((name) => ({
        name,
        message: '@changemap/core must stay free of the DOM.',
      })),
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-app/**',
      '**/dist-viewer/**',
      '**/dist-board/**',
      '**/node_modules/**',
      '**/storybook-static/**',
      'packages/schemas/src/generated/**',
      '**/*.gen.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  coreBoundary,
  {
    // Node scripts (end-to-end runner, static server).
    files: ['**/*.mjs'],
    languageOptions: {
      // document and window appear inside functions that Playwright runs in the page.
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        document: 'readonly',
        window: 'readonly',
        Event: 'readonly',
      },
    },
  },
);
