import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'

export type EventWithSeats = Event & { confirmed: number; seatsLeft: number }

const read = { depth: 0, overrideAccess: false } as const

/** Published events still to come (soonest first) and past ones (latest first). */
export async function findEvents(payload: Payload, locale: Locale): Promise<{ upcoming: Event[]; past: Event[] }> {
  const now = new Date().toISOString()
  const [upcoming, past] = await Promise.all([
    payload.find({
      collection: 'events',
      where: { endsAt: { greater_than_equal: now } },
      sort: 'startsAt',
      limit: 50,
      locale,
      ...read,
    }),
    payload.find({
      collection: 'events',
      where: { endsAt: { less_than: now } },
      sort: '-startsAt',
      limit: 12,
      locale,
      ...read,
    }),
  ])
  return { upcoming: upcoming.docs, past: past.docs }
}

export async function confirmedCount(payload: Payload, eventId: number): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'event-registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] },
    overrideAccess: true,
  })
  return totalDocs
}

/** A published event by its slug (the public rule of access/publishedOrStaff.ts applies). */
export async function findPublishedEvent(payload: Payload, locale: Locale, slug: string): Promise<Event | null> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { slug: { equals: slug } },
    limit: 1,
    locale,
    ...read,
  })
  return docs[0] ?? null
}

export async function findEvent(payload: Payload, locale: Locale, slug: string): Promise<EventWithSeats | null> {
  const event = await findPublishedEvent(payload, locale, slug)
  if (!event) return null
  const confirmed = await confirmedCount(payload, event.id)
  return { ...event, confirmed, seatsLeft: Math.max(0, event.capacity - confirmed) }
}

/** The iCal feed's events: published ones (the public rule applies) ending at most 30 days ago. */
export async function findCalendarEvents(payload: Payload, locale: Locale): Promise<Event[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { endsAt: { greater_than_equal: new Date(Date.now() - 30 * 86_400_000).toISOString() } },
    sort: 'startsAt',
    limit: 200,
    locale,
    ...read,
  })
  return docs
}
