import type { CollectionConfig } from 'payload'

import { serverWritesOnly } from '@/access/serverWritesOnly'
import { lengths } from '@/fields/lengths'

/**
 * Short leases that every server instance sees (lib/concurrency/lease.ts): the unique key is the lock, the
 * expiry lets another instance take over from one that died holding it. Server code only; hidden in /admin.
 */
export const Locks: CollectionConfig = {
  slug: 'locks',
  labels: { singular: { fr: 'Verrou', nl: 'Vergrendeling' }, plural: { fr: 'Verrous', nl: 'Vergrendelingen' } },
  admin: { hidden: true },
  access: { read: serverWritesOnly, create: serverWritesOnly, update: serverWritesOnly, delete: serverWritesOnly },
  fields: [
    { name: 'key', type: 'text', maxLength: lengths.key, required: true, unique: true },
    // Which process holds it (a random id per lease): only the holder renews or releases it.
    { name: 'owner', type: 'text', maxLength: lengths.key, required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
