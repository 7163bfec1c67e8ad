import type { Locale } from '@/i18n/locales'
import { keyedQueue } from '@/lib/concurrency/keyedQueue'
import { invalid, notFound } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { confirmedCount, findPublishedEvent } from './find'
import { checkRegistration, normalizeRegistration, type RegistrationInput } from './registration'
import { sendRegistrationMail } from './registrationMail'

/** `origin`: the public origin of the request (lib/http/origin.ts), for the links of the mail. */
export type RegisterInput = RegistrationInput & { slug: string; locale: Locale; origin: string }
export type RegistrationStatus = 'confirmed' | 'waitlist' | 'already'

// One registration at a time per event: counting the confirmed seats and adding one must not interleave, or
// two people could take the last seat.
const serialized = keyedQueue<number>()

/**
 * Someone registers for a published event still to come: a seat while there are some, else the waiting
 * list, and a mail either way; once per e-mail address ('already' the second time, without a mail).
 */
export async function registerForEvent({
  payload,
  input,
  now = new Date(),
}: UseCaseArgs<RegisterInput> & { now?: Date }): Promise<Result<RegistrationStatus>> {
  const errors = checkRegistration(input)
  if (Object.keys(errors).length) return fail(invalid(errors))
  const person = normalizeRegistration(input)
  // Read with the public's rights (access/publishedOrStaff.ts): a draft is no event to register for.
  const event = await findPublishedEvent(payload, input.locale, input.slug)
  if (!event || new Date(event.endsAt) < now) return fail(notFound())
  const status = await serialized(event.id, async () => {
    // System reads and write: registrations come only through here, the REST API takes none.
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
    const seat = (await confirmedCount(payload, event.id)) < event.capacity ? 'confirmed' : 'waitlist'
    await payload.create({
      collection: 'event-registrations',
      data: { event: event.id, ...person, language: input.locale, status: seat },
      overrideAccess: true,
    })
    return seat
  })
  if (status !== 'already')
    await sendRegistrationMail(payload, {
      event,
      status,
      ...person,
      locale: input.locale,
      origin: input.origin,
    })
  return ok(status)
}
