import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'

export const defaultSqliteFile = 'data/123digit.db'

/** Whether DATABASE_URI points at MongoDB (mongodb:// or mongodb+srv://) rather than SQLite. */
export function usesMongo(): boolean {
  return /^mongodb(\+srv)?:\/\//.test(process.env.DATABASE_URI?.trim() ?? '')
}

/**
 * DATABASE_URI picks the engine: mongodb:// or mongodb+srv:// → MongoDB (production);
 * unset or file: → embedded SQLite, migrated by committed migrations in production.
 */
export function databaseAdapter(root: string): DatabaseAdapterObj {
  const uri = process.env.DATABASE_URI?.trim()
  if (uri && usesMongo()) {
    return mongooseAdapter({ url: uri })
  }
  return sqliteAdapter({
    client: { url: uri || `file:${path.join(root, defaultSqliteFile)}` },
    // Several instances may share the file (docs/production-state.md): a writer waits for another's write
    // instead of failing at once with SQLITE_BUSY, and readers never block the writer (write-ahead log).
    busyTimeout: 10_000,
    wal: true,
    migrationDir: path.join(root, 'migrations'),
    prodMigrations: migrations,
  })
}
