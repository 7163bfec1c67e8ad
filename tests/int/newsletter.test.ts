import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countClick } from '@/lib/newsletter/clicks'
import { sendNewsletter, sendTest } from '@/lib/newsletter/send'
import { confirmSubscription } from '@/lib/newsletter/confirm-subscription'
import { subscribeToNewsletter } from '@/lib/newsletter/subscribe-to-newsletter'
import { unsubscribeFromNewsletter } from '@/lib/newsletter/unsubscribe-from-newsletter'

import { linkIn, type ReceivedMail, startSmtp } from '@/tests/support/smtp'
import { startPayload } from './support/payload'
import { testOrigin as origin } from '@/tests/int/support/origin'

/** The newsletter through the Local API and a real SMTP server: double opt-in, sending, resuming, clicks. */
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtp>>

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  payload = await startPayload()
}, 60_000)

afterAll(async () => {
  await smtp?.close()
})

async function mailsTo(address: string, count = 1): Promise<ReceivedMail[]> {
  for (let i = 0; i < 50; i++) {
    const mails = smtp.mails.filter((m) => m.to.includes(address))
    if (mails.length >= count) return mails
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no mail to ${address}`)
}

const params = (url: string) => new URL(url).searchParams

/** The use cases as the forms and links call them: true when done, false when refused. */
const subscribe = async (email: string, language: 'fr' | 'nl') =>
  (await subscribeToNewsletter({ payload, actor: null, input: { email, language, origin } })).ok
const confirm = async (id: number, token: string) =>
  (await confirmSubscription({ payload, actor: null, input: { id, token } })).ok
const unsubscribe = async (id: number, token: string) =>
  (await unsubscribeFromNewsletter({ payload, actor: null, input: { id, token } })).ok

async function confirmedSubscriber(email: string, language: 'fr' | 'nl' = 'fr') {
  return payload.create({
    collection: 'newsletter-subscribers',
    data: { email, language, status: 'confirmed' },
    overrideAccess: true,
  })
}

describe('double opt-in', () => {
  it('subscribes only after the link of the confirmation e-mail, and a forged link does nothing', async () => {
    expect(await subscribe('lea@example.com', 'nl')).toBe(true)
    const [mail] = await mailsTo('lea@example.com')
    expect(mail!.subject).toBe('Bevestig je abonnement op de nieuwsbrief van 123Digit')
    const link = params(linkIn(mail!, /\/api\/newsletter\/confirm/))
    const id = Number(link.get('id'))
    expect((await payload.findByID({ collection: 'newsletter-subscribers', id })).status).toBe('pending')
    expect(await confirm(id, 'x'.repeat(32))).toBe(false)
    expect(await confirm(id, link.get('token')!)).toBe(true)
    expect(await payload.findByID({ collection: 'newsletter-subscribers', id })).toMatchObject({
      status: 'confirmed',
      language: 'nl',
    })

    // Subscribing a confirmed address again sends nothing.
    expect(await subscribe('lea@example.com', 'nl')).toBe(true)
    await new Promise((r) => setTimeout(r, 300))
    expect(smtp.mails.filter((m) => m.to.includes('lea@example.com'))).toHaveLength(1)
  })
})

describe('sending an issue', () => {
  it('mails every confirmed subscriber of its language once, resumes after an interruption, counts clicks, and unsubscribes in one click', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const cover = await payload.create({
      collection: 'media',
      data: { alt: 'Image' },
      file: { data: png, mimetype: 'image/png', name: 'nl-cover.png', size: png.length },
    })
    const article = await payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        slug: 'article-de-la-newsletter',
        title: 'Article de la newsletter',
        excerpt: 'Chapeau',
        cover: cover.id,
        author: 'Équipe',
        publishedAt: new Date().toISOString(),
        content: {
          root: {
            type: 'root',
            version: 1,
            format: '',
            indent: 0,
            direction: 'ltr',
            children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Texte' }] }],
          },
        },
      },
    })
    const readers = await Promise.all(
      ['r1', 'r2', 'r3', 'r4', 'r5'].map((n) => confirmedSubscriber(`${n}@example.com`)),
    )
    await confirmedSubscriber('dutch@example.com', 'nl')
    await payload.create({
      collection: 'newsletter-subscribers',
      data: { email: 'waiting@example.com', language: 'fr', status: 'pending' },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'newsletter-subscribers',
      data: { email: 'gone@example.com', language: 'fr', status: 'unsubscribed' },
      overrideAccess: true,
    })
    const issue = await payload.create({
      collection: 'newsletters',
      data: {
        subject: 'Les nouvelles de novembre',
        language: 'fr',
        intro: 'Bonjour à toutes et à tous.',
        articles: [article.id],
      },
    })

    await sendTest(payload, issue.id, 'editrice@example.com', origin)
    expect((await mailsTo('editrice@example.com'))[0]!.subject).toBe('[TEST] Les nouvelles de novembre')
    expect(smtp.mails.filter((m) => m.to.includes('r1@example.com'))).toHaveLength(0)

    // An earlier run was cut off just as it was mailing r1: its delivery row exists, its fate is unknown.
    await payload.create({
      collection: 'newsletter-deliveries',
      data: {
        key: `${issue.id}:${readers[0]!.id}`,
        newsletter: issue.id,
        subscriber: readers[0]!.id,
        status: 'sending',
      },
      overrideAccess: true,
    })
    expect(await sendNewsletter(payload, issue.id, origin)).toEqual({ sent: 4, failed: 0 })
    expect(await sendNewsletter(payload, issue.id, origin)).toEqual({ sent: 0, failed: 0 })
    await mailsTo('r5@example.com')
    for (const address of ['r2', 'r3', 'r4', 'r5'])
      expect(smtp.mails.filter((m) => m.to.includes(`${address}@example.com`))).toHaveLength(1)
    for (const address of ['r1', 'dutch', 'waiting', 'gone'])
      expect(smtp.mails.filter((m) => m.to.includes(`${address}@example.com`))).toHaveLength(0)
    expect(await payload.findByID({ collection: 'newsletters', id: issue.id })).toMatchObject({
      status: 'sent',
      sentCount: 4,
    })

    const [mail] = await mailsTo('r2@example.com')
    const click = params(linkIn(mail!, /\/api\/newsletter\/click/))
    expect(await countClick(payload, Number(click.get('n')), Number(click.get('a')))).toBe(
      `/fr/media/article-de-la-newsletter?utm_source=newsletter&utm_medium=email&utm_campaign=newsletter-${issue.id}`,
    )
    await countClick(payload, Number(click.get('n')), Number(click.get('a')))
    const clicks = await payload.find({ collection: 'newsletter-clicks', where: { newsletter: { equals: issue.id } } })
    expect(clicks.docs.map((c) => c.clicks)).toEqual([2])

    const leave = params(linkIn(mail!, /\/api\/newsletter\/unsubscribe/))
    expect(await unsubscribe(readers[1]!.id, 'forged')).toBe(false)
    expect(await unsubscribe(Number(leave.get('id')), leave.get('token')!)).toBe(true)
    expect((await payload.findByID({ collection: 'newsletter-subscribers', id: readers[1]!.id })).status).toBe(
      'unsubscribed',
    )
  }, 60_000)
})

describe('access', () => {
  it('subscribers, issues, deliveries and clicks are staff only', async () => {
    for (const collection of [
      'newsletter-subscribers',
      'newsletters',
      'newsletter-deliveries',
      'newsletter-clicks',
    ] as const) {
      await expect(payload.find({ collection, overrideAccess: false })).rejects.toThrow()
    }
    await expect(
      payload.create({
        collection: 'newsletter-subscribers',
        data: { email: 'x@example.com', language: 'fr', status: 'confirmed' },
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
