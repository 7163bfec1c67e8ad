import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { uniqueRefusal } from '@/lib/concurrency/lease'
import { invalid, notFound } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { findPublishedEvent } from './find'
import { checkRegistration, normalizeRegistration, type RegistrationInput } from './registration'
import { sendRegistrationMail } from './registrationMail'
import { freeSeats, seatKey } from './seats'

/** `origin`: the public origin of the request (lib/http/origin.ts), for the links of the mail. */
export type RegisterInput = RegistrationInput & { slug: string; locale: Locale; origin: string }
export type RegistrationStatus = 'confirmed' | 'waitlist' | 'already'
/** What the person is told: their status, and whether its mail could not leave (the registration stands). */
export type RegistrationOutcome = RegistrationStatus | 'confirmed-unmailed' | 'waitlist-unmailed'

/**
 * Someone registers for a published event still to come: a seat while there are some, else the waiting
 * list, and a mail either way; once per e-mail address ('already' the second time, without a mail). A mail
 * that could not leave does not undo the registration: the person is told to note the date themselves.
 */
export async function registerForEvent({
  payload,
  input,
  now = new Date(),
}: UseCaseArgs<RegisterInput> & { now?: Date }): Promise<Result<RegistrationOutcome>> {
  const errors = checkRegistration(input)
  if (Object.keys(errors).length) return fail(invalid(errors))
  const person = normalizeRegistration(input)
  // Read with the public's rights (access/publishedOrStaff.ts): a draft is no event to register for.
  const event = await findPublishedEvent(payload, input.locale, input.slug)
  if (!event || new Date(event.endsAt) < now) return fail(notFound())
  const status = await claimSeat(payload, event, { ...person, language: input.locale })
  if (status === 'already') return ok(status)
  const mailed = await sendRegistrationMail(payload, {
    event,
    status,
    ...person,
    locale: input.locale,
    origin: input.origin,
  })
  return ok<RegistrationOutcome>(mailed ? status : `${status}-unmailed`)
}

/**
 * Writes the registration with the smallest free seat number, or on the waiting list when none is left. The
 * unique keys decide races between server instances (lib/events/seats.ts): a refused seat was just taken by
 * someone else, so the next free one is tried; a refused address is a registration already there.
 */
async function claimSeat(
  payload: Payload,
  event: { id: number; capacity: number },
  data: RegistrationInput & { language: Locale },
): Promise<RegistrationStatus> {
  // System reads and write: registrations come only through here, the REST API takes none.
  const existing = await payload.count({
    collection: 'event-registrations',
    where: {
      and: [
        { event: { equals: event.id } },
        { email: { equals: data.email } },
        { status: { not_equals: 'cancelled' } },
      ],
    },
    overrideAccess: true,
  })
  if (existing.totalDocs) return 'already'
  // Each refusal means another registration took a seat: after `capacity` of them the event is full anyway.
  for (let attempt = 0; attempt <= event.capacity; attempt++) {
    const [n] = await freeSeats(payload, event.id, event.capacity, 1)
    const status = n === undefined ? 'waitlist' : 'confirmed'
    try {
      await payload.create({
        collection: 'event-registrations',
        data: { event: event.id, ...data, status, ...(n === undefined ? {} : { seat: seatKey(event.id, n) }) },
        overrideAccess: true,
      })
      return status
    } catch (error) {
      if (uniqueRefusal(error, 'attendee')) return 'already'
      if (!uniqueRefusal(error, 'seat')) throw error
    }
  }
  await payload.create({
    collection: 'event-registrations',
    data: { event: event.id, ...data, status: 'waitlist' },
    overrideAccess: true,
  })
  return 'waitlist'
}
