import type { Payload } from 'payload'

import type { Accompaniment } from '@/payload-types'

type Data = Partial<Omit<Accompaniment, 'id' | 'createdAt' | 'updatedAt'>>

/** An activity written as the system (seed-like): `structure` and `aidant` are required, the rest has defaults. */
export function createActivity(payload: Payload, data: Data & { structure: number; aidant: number }) {
  return payload.create({
    collection: 'accompaniments',
    data: {
      kind: 'individual',
      date: '2026-06-15T10:00:00.000Z',
      minutes: 30,
      themes: ['email'],
      place: 'structure',
      ...data,
    } as Accompaniment,
    depth: 0,
    overrideAccess: true,
  })
}

/** Many activities at once, a few at a time (SQLite writes one by one anyway). */
export async function createActivities(
  payload: Payload,
  count: number,
  data: (i: number) => Data & { structure: number; aidant: number },
) {
  for (let i = 0; i < count; i += 20)
    await Promise.all(Array.from({ length: Math.min(20, count - i) }, (_, j) => createActivity(payload, data(i + j))))
}
