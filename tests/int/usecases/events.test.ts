import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registerForEvent, type RegisterInput } from '@/lib/events/register-for-event'
import type { Event } from '@/payload-types'

import { startPayloadWithSmtp } from '@/tests/int/support/mail'
import { refusedDomain } from '@/tests/support/smtp'
import { testOrigin as origin } from '@/tests/int/support/origin'

/** Event registrations, as the event page's form calls them: real database, real SMTP. */
let payload: Payload
let smtp: Awaited<ReturnType<typeof startPayloadWithSmtp>>
let event: Event
const day = 86_400_000

const createEvent = (slug: string, over: Partial<Event> = {}, status: 'published' | 'draft' = 'published') =>
  payload.create({
    collection: 'events',
    data: {
      title: `Atelier ${slug}`,
      slug,
      kind: 'workshop',
      summary: 'Résumé',
      startsAt: new Date(Date.now() + day).toISOString(),
      endsAt: new Date(Date.now() + day + 5_400_000).toISOString(),
      startsAt_tz: 'Europe/Brussels',
      endsAt_tz: 'Europe/Brussels',
      capacity: 2,
      place: 'Rue de Fer 1, Namur',
      language: 'fr',
      audience: 'aidants',
      _status: status,
      ...over,
    },
    locale: 'fr',
    overrideAccess: true,
    ...(status === 'draft' ? { draft: true } : {}),
  })

const input = (over: Partial<RegisterInput> = {}): RegisterInput => ({
  slug: event.slug,
  locale: 'fr',
  name: 'Alice',
  email: 'alice@example.com',
  structure: 'CPAS de Ciney',
  origin,
  ...over,
})
const register = (over: Partial<RegisterInput> = {}, now?: Date) =>
  registerForEvent({ payload, actor: null, input: input(over), now })
const registrations = async (eventId = event.id) =>
  (await payload.find({ collection: 'event-registrations', where: { event: { equals: eventId } }, sort: 'id' })).docs
const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address))
const mailTo = (address: string) => smtp.mailTo(address)

beforeAll(async () => {
  smtp = await startPayloadWithSmtp()
  payload = smtp.payload
  event = await createEvent('uc-fiches')
})

afterAll(async () => {
  await smtp?.stop()
})

describe('registerForEvent', () => {
  it('gives seats while there are some, then the waiting list, each with a mail in the visitor’s language', async () => {
    const first = await register({ name: '  Alice ', email: ' Alice@Example.COM ' })
    expect(first).toEqual({ ok: true, value: 'confirmed' })
    const mail = await mailTo('alice@example.com')
    expect(mail.subject).toBe(`Inscription confirmée\u00a0: ${event.title}`)
    expect(mail.text).toContain('Bonjour Alice,')
    expect(mail.text).toContain('(heure belge)')
    expect(mail.text).toContain('Adresse\u00a0: Rue de Fer 1, Namur')
    expect(mail.text).toContain(`/fr/evenements/${event.slug}`)
    expect(mail.text).toContain(`/api/events/${event.slug}/ics?locale=fr`)

    expect(await register({ name: 'Bruno', email: 'bruno@example.com', locale: 'nl' })).toEqual({
      ok: true,
      value: 'confirmed',
    })
    expect((await mailTo('bruno@example.com')).subject).toBe(`Inschrijving bevestigd: ${event.title}`)
    expect(await register({ name: 'Chloé', email: 'chloe@example.com' })).toEqual({ ok: true, value: 'waitlist' })
    expect((await mailTo('chloe@example.com')).subject).toBe(`Liste d’attente\u00a0: ${event.title}`)

    expect((await registrations()).map((r) => [r.name, r.email, r.structure, r.language, r.status])).toEqual([
      ['Alice', 'alice@example.com', 'CPAS de Ciney', 'fr', 'confirmed'],
      ['Bruno', 'bruno@example.com', 'CPAS de Ciney', 'nl', 'confirmed'],
      ['Chloé', 'chloe@example.com', 'CPAS de Ciney', 'fr', 'waitlist'],
    ])
  })

  it('keeps a seat whose confirmation the mail server refused, and says no e-mail left', async () => {
    const other = await createEvent('uc-unmailed')
    const email = `dora@${refusedDomain}`
    expect(await register({ slug: other.slug, name: 'Dora', email })).toEqual({ ok: true, value: 'confirmed-unmailed' })
    expect((await registrations(other.id)).map((r) => [r.email, r.status])).toEqual([[email, 'confirmed']])
    await register({ slug: other.slug, name: 'Emma', email: 'emma@example.com' })
    expect(await register({ slug: other.slug, name: 'Eli', email: `eli@${refusedDomain}` })).toEqual({
      ok: true,
      value: 'waitlist-unmailed',
    })
  })

  it('says "already" to the same address, registers it once and sends no second mail', async () => {
    const before = await registrations()
    expect(await register({ email: 'ALICE@example.com' })).toEqual({ ok: true, value: 'already' })
    await new Promise((r) => setTimeout(r, 300))
    expect(await registrations()).toHaveLength(before.length)
    expect(mailsTo('alice@example.com')).toHaveLength(1)
  })

  it('gives the last seat to one person only when two register at the same moment', async () => {
    const last = await createEvent('uc-last-seat', { capacity: 1 })
    const both = await Promise.all(
      ['dora', 'eric'].map((name) => register({ slug: last.slug, name, email: `${name}@example.com` })),
    )
    expect(both.map((r) => (r.ok ? r.value : null)).sort()).toEqual(['confirmed', 'waitlist'])
    expect((await registrations(last.id)).map((r) => r.status).sort()).toEqual(['confirmed', 'waitlist'])
  })

  it('refuses an unknown event, a draft and an event that is over, and writes nothing', async () => {
    const draft = await createEvent('uc-draft', {}, 'draft')
    const over = new Date(new Date(event.endsAt).getTime() + 60_000)
    const before = (await payload.count({ collection: 'event-registrations' })).totalDocs
    for (const result of [
      await register({ slug: 'nothing-here', email: 'f@example.com' }),
      await register({ slug: draft.slug, email: 'f@example.com' }),
      await register({ email: 'f@example.com' }, over),
    ]) {
      expect(result.ok ? null : result.error.kind).toBe('not-found')
      expect(result.ok ? null : result.error.fields).toEqual({ form: 'notFound' })
    }
    expect((await payload.count({ collection: 'event-registrations' })).totalDocs).toBe(before)
    expect(mailsTo('f@example.com')).toEqual([])
  })

  it('answers bad input field by field, before looking for the event, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'event-registrations' })).totalDocs
    const blank = await register({ slug: 'nothing-here', name: ' ', email: '', structure: 'x'.repeat(151) })
    expect(blank.ok ? null : [blank.error.kind, blank.error.fields]).toEqual([
      'invalid',
      { name: 'required', email: 'required', structure: 'tooLong' },
    ])
    const wrong = await register({ name: 'x'.repeat(151), email: 'pas-une-adresse' })
    expect(wrong.ok ? null : wrong.error.fields).toEqual({ name: 'tooLong', email: 'email' })
    expect((await payload.count({ collection: 'event-registrations' })).totalDocs).toBe(before)
  })
})
