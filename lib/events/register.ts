import type { Payload } from 'payload'

import type { Event } from '@/payload-types'
import { keyedQueue } from '@/lib/concurrency/keyedQueue'
import { confirmedCount } from './find'

export type Registration = { name: string; email: string; structure: string; language: string }
export type RegistrationResult = 'confirmed' | 'waitlist' | 'already'

// One registration at a time per event: counting the confirmed seats and adding one must not interleave, or
// two people could take the last seat.
const serialized = keyedQueue<number>()

/** Registers someone: confirmed while seats are left, then on the waiting list; once per e-mail address. */
export function registerForEvent(
  payload: Payload,
  event: Pick<Event, 'id' | 'capacity'>,
  person: Registration,
): Promise<RegistrationResult> {
  return serialized(event.id, async () => {
    const existing = await payload.count({
      collection: 'event-registrations',
      where: {
        and: [
          { event: { equals: event.id } },
          { email: { equals: person.email } },
          { status: { not_equals: 'cancelled' } },
        ],
      },
      overrideAccess: true,
    })
    if (existing.totalDocs) return 'already'
    const status = (await confirmedCount(payload, event.id)) < event.capacity ? 'confirmed' : 'waitlist'
    await payload.create({
      collection: 'event-registrations',
      data: { event: event.id, ...person, status },
      overrideAccess: true,
    })
    return status
  })
}
