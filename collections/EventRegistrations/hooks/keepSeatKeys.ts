import type { CollectionBeforeChangeHook } from 'payload'

import { attendeeKey, freeSeats, isSeatOf, noSeat, seatKey } from '@/lib/events/seats'
import { idOf } from '@/lib/payload/relations'
import type { EventRegistration } from '@/payload-types'

/**
 * beforeChange on registrations: keeps the unique keys (lib/events/seats.ts) true to the status, whoever
 * writes. Cancelled or waiting: the seat is freed. Confirmed by lib/events/register-for-event.ts: the seat it
 * claimed stays. Confirmed by staff in /admin (a promotion from the waiting list): the smallest free number,
 * beyond capacity if staff decide so, as before seats were numbered.
 */
export const keepSeatKeys: CollectionBeforeChangeHook<EventRegistration> = async ({ data, originalDoc, req }) => {
  const event = idOf(data.event ?? originalDoc?.event)
  const email = data.email ?? originalDoc?.email
  const status = data.status ?? originalDoc?.status ?? 'confirmed'
  if (event === null || !email) return data
  const wasLive = originalDoc && originalDoc.status !== 'cancelled'
  if (status === 'cancelled' || !wasLive || data.email) data.attendee = attendeeKey(event, email, status)
  if (status !== 'confirmed') data.seat = noSeat(event)
  else if (isSeatOf(event, data.seat)) return data
  else if (originalDoc?.status === 'confirmed' && isSeatOf(event, originalDoc.seat)) data.seat = originalDoc.seat
  else {
    const [n] = await freeSeats(req.payload, event, Infinity, 1)
    data.seat = seatKey(event, n ?? 1)
  }
  return data
}
