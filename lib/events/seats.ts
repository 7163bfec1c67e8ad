import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

/**
 * Seats as unique keys: a confirmed registration holds seat `e<event>:s<n>`, n in 1..capacity, in a field
 * with a unique index. Two server instances that both see the last seat free both try to write the same key,
 * and the database refuses the second: no count-then-insert can oversell. A registration without a seat
 * (waiting list, cancelled) holds a key of its own that frees nothing and blocks nothing.
 */
export const seatKey = (event: number, n: number) => `e${event}:s${n}`
export const noSeat = (event: number) => `e${event}:r${randomUUID()}`
export const isSeatOf = (event: number, key: unknown): key is string =>
  typeof key === 'string' && key.startsWith(`e${event}:s`)

/** One live registration per address and event; a cancelled one steps aside. */
export const attendeeKey = (event: number, email: string, status: string) =>
  status === 'cancelled' ? `e${event}:x${randomUUID()}` : `e${event}:${email.trim().toLowerCase()}`

/**
 * The seat numbers still free, smallest first, up to `capacity` (Infinity for staff confirming by hand).
 * Confirmed registrations written before seats were numbered hold none: each still takes one place.
 */
export async function freeSeats(payload: Payload, event: number, capacity: number, max = 50): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { and: [{ event: { equals: event } }, { status: { equals: 'confirmed' } }] },
    select: { seat: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const taken = new Set<number>()
  let unnumbered = 0
  for (const { seat } of docs) {
    if (isSeatOf(event, seat)) taken.add(Number(seat.slice(`e${event}:s`.length)))
    else unnumbered++
  }
  const free: number[] = []
  for (let n = 1; n <= capacity - unnumbered && free.length < max; n++) if (!taken.has(n)) free.push(n)
  return free
}
