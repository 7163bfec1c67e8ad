import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.join(root, 'payload.config.ts'),
      'server-only': path.join(root, 'tests/support/server-only.ts'),
      '@/': `${root}/`,
    },
  },
  test: {
    environment: 'node',
    // next-intl and next-auth import 'next/navigation', 'next/server' without an extension: let Vite resolve them.
    server: { deps: { inline: ['next-intl', 'next-auth'] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          setupFiles: ['tests/int/setup.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
