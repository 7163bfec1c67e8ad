import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'data/**',
    'payload-types.ts',
    'migrations/**',
    'app/(payload)/admin/importMap.js',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    // Built by scripts/sw/build.mjs at the end of `npm run build` (gitignored); its source is sw/sw.ts.
    'public/sw.js',
  ]),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // One way to import our own code: from the root (`@/lib/…`), so a file reads the same wherever it moves.
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*'], message: 'Import from the root: @/…' }] }],
    },
  },
  // The layers (docs/architecture.md): app → components → lib → access/fields; each arrow points one way only.
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Import from the root: @/…' },
            { group: ['@/components/*', '@/app/*'], message: 'lib/ holds the domain: it never imports UI or routes.' },
          ],
        },
      ],
    },
  },
  {
    files: ['access/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Import from the root: @/…' },
            {
              group: [
                '@/lib/*',
                '!@/lib/payload',
                '@/lib/payload/*',
                '!@/lib/payload/relations',
                '@/components/*',
                '@/app/*',
              ],
              message: 'Access rules decide from the request alone: only pure helpers (lib/payload/relations).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'payload',
              allowTypeImports: true,
              message: 'Components get data from pages and actions, never from Payload.',
            },
            { name: '@payload-config', message: 'Components get data from pages and actions, never from Payload.' },
            {
              name: '@/lib/payload/client',
              message: 'Components get data from pages and actions, never from Payload.',
            },
          ],
          patterns: [{ group: ['../*'], message: 'Import from the root: @/…' }],
        },
      ],
    },
  },
])
