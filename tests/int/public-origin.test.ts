// Every absolute URL built while serving a request uses the request's public origin: here a trusted proxy
// (TRUSTED_PROXIES=1) forwards https://digit.example to a server whose request.url says localhost:3000, and
// NEXT_PUBLIC_SERVER_URL is unset. Each e-mail's links and each redirect must name digit.example, never localhost.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as click } from '@/app/api/newsletter/click/route'
import { GET as confirm } from '@/app/api/newsletter/confirm/route'
import { GET as unsubscribe } from '@/app/api/newsletter/unsubscribe/route'
import { GET as preview } from '@/app/api/preview/route'
import { GET as calendar } from '@/app/api/events/calendar.ics/route'
import { GET as eventCalendar } from '@/app/api/events/[slug]/ics/route'
import { registerForEvent } from '@/lib/events/register-for-event'
import { publicOrigin } from '@/lib/http/origin'
import { requestPasswordReset } from '@/lib/members/request-password-reset'
import { sendNewsletter, sendTest } from '@/lib/newsletter/send'
import { subscribeToNewsletter } from '@/lib/newsletter/subscribe-to-newsletter'
import { inviteMember } from '@/lib/structures/invite-member'
import { createArticle } from '@/tests/int/support/articles'
import { startPayloadWithSmtp } from '@/tests/int/support/mail'
import { createMember, createStaff, createStructure } from '@/tests/int/support/members'
import { rest } from '@/tests/int/support/rest'
import { mailsTo, type ReceivedMail } from '@/tests/support/smtp'
import { NextRequest } from 'next/server'

const site = 'https://digit.example'
const proxied = { host: 'localhost:3000', 'x-forwarded-host': 'digit.example', 'x-forwarded-proto': 'https' }
/** A request as our proxy hands it to the server: Next's own URL says localhost. */
const viaProxy = (path: string) => new NextRequest(`http://localhost:3000${path}`, { headers: proxied })

let payload: Payload
let inbox: Awaited<ReturnType<typeof startPayloadWithSmtp>>
let origin: string
const day = 86_400_000

beforeAll(async () => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
  process.env.TRUSTED_PROXIES = '1'
  inbox = await startPayloadWithSmtp()
  payload = inbox.payload
  // What an action or route handler hands to the use cases.
  origin = publicOrigin(viaProxy('/'))
}, 120_000)

afterAll(async () => {
  delete process.env.TRUSTED_PROXIES
  await inbox.stop()
})

/** Every absolute URL of a mail, in its HTML and its text. */
function urlsOf(mail: ReceivedMail): string[] {
  return [...`${mail.html}\n${mail.text}`.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)].map((m) =>
    m[0].replaceAll('&amp;', '&'),
  )
}

function expectPublicLinks(mail: ReceivedMail, atLeast = 1) {
  const urls = urlsOf(mail)
  expect(urls.length, mail.subject).toBeGreaterThanOrEqual(atLeast)
  for (const url of urls) expect(url.startsWith(`${site}/`), url).toBe(true)
  expect(`${mail.html}${mail.text}`).not.toContain('localhost')
}

describe('the origin handed to use cases', () => {
  it('is the forwarded host and scheme, not request.url', () => {
    expect(origin).toBe(site)
  })
})

describe('e-mails link to the public origin', () => {
  it('the newsletter confirmation, and its link lands on the public host', async () => {
    expect(
      await subscribeToNewsletter({
        payload,
        actor: null,
        input: { email: 'po.lea@example.com', language: 'fr', origin },
      }),
    ).toEqual({ ok: true, value: undefined })
    const [mail] = await mailsTo(inbox.mails, 'po.lea@example.com')
    expectPublicLinks(mail!)
    const link = new URL(urlsOf(mail!).find((u) => u.includes('/api/newsletter/confirm'))!)
    const response = await confirm(viaProxy(link.pathname + link.search))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${site}/fr/newsletter?etat=confirme`)
  })

  it('an event registration, with its page and calendar links', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Atelier public',
        slug: 'atelier-origine',
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
        _status: 'published',
      },
      locale: 'fr',
      overrideAccess: true,
    })
    const input = { slug: event.slug, locale: 'fr' as const, name: 'Alice', email: 'po.alice@example.com', origin }
    expect(await registerForEvent({ payload, actor: null, input: { ...input, structure: '' } })).toEqual({
      ok: true,
      value: 'confirmed',
    })
    const [mail] = await mailsTo(inbox.mails, 'po.alice@example.com')
    expectPublicLinks(mail!, 2)

    // The calendar files served for the same request carry the same origin.
    for (const response of [
      await calendar(viaProxy('/api/events/calendar.ics?locale=fr')),
      await eventCalendar(viaProxy(`/api/events/${event.slug}/ics?locale=fr`), {
        params: Promise.resolve({ slug: event.slug }),
      }),
    ]) {
      const body = await response.text()
      expect(body).toContain(`URL:${site}/fr/`)
      expect(body).not.toContain('localhost')
    }
  })

  it('an invitation into a structure', async () => {
    const structure = await createStructure(payload, 'Origine Publique')
    const referent = await createMember(payload, {
      name: 'Réf Origine',
      profile: 'aidant',
      email: 'po.ref@example.com',
      structure: structure.id,
      structureRole: 'referent',
    })
    const result = await inviteMember({
      payload,
      actor: referent,
      input: { email: 'po.invited@example.com', profile: 'aidant', locale: 'fr', origin },
    })
    expect(result.ok).toBe(true)
    const [mail] = await mailsTo(inbox.mails, 'po.invited@example.com')
    expectPublicLinks(mail!)
  })

  it('a member’s password reset, asked on the site', async () => {
    await createMember(payload, { name: 'Ines', profile: 'aidant', email: 'po.ines@example.com', locale: 'nl' })
    await requestPasswordReset({
      payload,
      actor: null,
      input: { email: 'po.ines@example.com', ip: '10.9.0.1', origin },
    })
    const [fromSite] = await mailsTo(inbox.mails, 'po.ines@example.com')
    expectPublicLinks(fromSite!)
    expect(urlsOf(fromSite!)[0]).toMatch(/^https:\/\/digit\.example\/nl\/wachtwoord\/nieuw\?token=/)
  })

  it('a staff password reset (Payload’s own e-mail) links to the admin on the public origin', async () => {
    await createStaff(payload, 'po.editor@example.com', 'editor')
    const answer = await rest('POST', '/users/forgot-password', {
      body: { email: 'po.editor@example.com' },
      headers: proxied,
    })
    expect(answer.status).toBe(200)
    const [mail] = await mailsTo(inbox.mails, 'po.editor@example.com')
    expectPublicLinks(mail!)
    expect(urlsOf(mail!)[0]).toMatch(/^https:\/\/digit\.example\/admin\/reset\/\w+/)
  })

  it('a newsletter issue, test and real sending, and its tracked links land on the public host', async () => {
    const article = await createArticle(payload, 'article-origine')
    await payload.create({
      collection: 'newsletter-subscribers',
      data: { email: 'po.reader@example.com', language: 'fr', status: 'confirmed' },
      overrideAccess: true,
    })
    const issue = await payload.create({
      collection: 'newsletters',
      data: { subject: 'Origine', language: 'fr', intro: 'Bonjour.', articles: [article] },
    })
    await sendTest(payload, issue.id, 'po.editrice@example.com', origin)
    expectPublicLinks((await mailsTo(inbox.mails, 'po.editrice@example.com'))[0]!, 2)
    await sendNewsletter(payload, issue.id, origin)
    const [mail] = await mailsTo(inbox.mails, 'po.reader@example.com')
    expectPublicLinks(mail!, 2)

    const tracked = new URL(urlsOf(mail!).find((u) => u.includes('/api/newsletter/click'))!)
    const followed = await click(viaProxy(tracked.pathname + tracked.search))
    expect(followed.status).toBe(302)
    expect(followed.headers.get('location')).toMatch(/^https:\/\/digit\.example\/fr\/media\/article-origine\?utm_/)
    const leave = new URL(urlsOf(mail!).find((u) => u.includes('/api/newsletter/unsubscribe'))!)
    const left = await unsubscribe(viaProxy(leave.pathname + leave.search))
    expect(left.headers.get('location')).toMatch(/^https:\/\/digit\.example\/fr\/.*etat=desabonne$/)
  })
})

describe('route handlers answer on the public origin', () => {
  it('the preview sends a signed-out editor to the admin sign-in on the public host', async () => {
    const response = await preview(viaProxy('/api/preview?collection=articles&id=1&locale=fr'))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toMatch(/^https:\/\/digit\.example\/admin\/login\?redirect=/)
  })
})
