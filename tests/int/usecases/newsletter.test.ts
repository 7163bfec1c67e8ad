import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SpamVerdict } from '@/lib/forms/gate'
import { confirmSubscription } from '@/lib/newsletter/confirm-subscription'
import { followArticleLink } from '@/lib/newsletter/follow-article-link'
import { newsletterToken } from '@/lib/newsletter/tokens'
import { subscribeToNewsletter } from '@/lib/newsletter/subscribe-to-newsletter'
import { unsubscribeFromNewsletter } from '@/lib/newsletter/unsubscribe-from-newsletter'

import { createArticle } from '@/tests/int/support/articles'
import { mailsTo, settledCount } from '@/tests/support/smtp'
import { startPayload } from '@/tests/int/support/payload'
import { linkIn, refusedDomain, startSmtp } from '@/tests/support/smtp'
import { testOrigin as origin } from '@/tests/int/support/origin'

/** The newsletter use cases, with a real SMTP server: the double opt-in, one-click unsubscribe, article links. */
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtp>>
const now = new Date('2026-12-02T10:00:00Z')

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  payload = await startPayload()
}, 120_000)

afterAll(async () => {
  await smtp?.close()
})

const subscribe = (email: string, verdict: SpamVerdict = 'ok') => {
  let asked = 0
  const result = subscribeToNewsletter({
    payload,
    actor: null,
    input: { email, language: 'fr', origin },
    spam: async () => (asked++, verdict),
  })
  return result.then((r) => ({ result: r, asked }))
}
const subscriber = async (email: string) =>
  (await payload.find({ collection: 'newsletter-subscribers', where: { email: { equals: email } } })).docs[0]
const linkParams = async (email: string, path: RegExp) => {
  const [mail] = await mailsTo(smtp.mails, email)
  const params = new URL(linkIn(mail!, path)).searchParams
  return { id: params.get('id'), token: params.get('token') }
}

describe('subscribeToNewsletter', () => {
  it('records the address as pending (trimmed, lower case) and mails a confirmation link', async () => {
    const { result } = await subscribe('  Lina@Example.com ')
    expect(result.ok).toBe(true)
    expect(await subscriber('lina@example.com')).toMatchObject({ status: 'pending', language: 'fr' })
    const [mail] = await mailsTo(smtp.mails, 'lina@example.com')
    expect(mail!.subject).toBe('Confirmez votre abonnement à la newsletter 123Digit')
  })

  it('says so when the confirmation mail could not leave, so the person tries again later', async () => {
    const { result } = await subscribe(`noor@${refusedDomain}`)
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable', fields: { form: 'mailNotSent' } } })
  })

  it('answers a confirmed address the same, without a second mail', async () => {
    await payload.create({
      collection: 'newsletter-subscribers',
      data: { email: 'deja@example.com', language: 'fr', status: 'confirmed' },
      overrideAccess: true,
    })
    expect((await subscribe('deja@example.com')).result.ok).toBe(true)
    expect(await settledCount(smtp.mails, 'deja@example.com')).toBe(0)
  })

  it('refuses a missing or malformed address before the spam check (no rate-limit token spent)', async () => {
    for (const [email, key] of [
      ['', 'required'],
      ['pas-une-adresse', 'email'],
    ] as const) {
      const { result, asked } = await subscribe(email)
      expect(result.ok ? null : result.error.fields).toEqual({ email: key })
      expect(asked).toBe(0)
    }
  })

  it('refuses too many tries from one address, and stores nothing for a bot while answering as for a person', async () => {
    const limited = await subscribe('limite@example.com', 'limited')
    expect(limited.result.ok ? null : [limited.result.error.kind, limited.result.error.fields]).toEqual([
      'conflict',
      { form: 'rateLimited' },
    ])
    expect((await subscribe('robot@example.com', 'bot')).result.ok).toBe(true)
    for (const email of ['limite@example.com', 'robot@example.com']) {
      expect(await subscriber(email)).toBeUndefined()
      expect(await settledCount(smtp.mails, email)).toBe(0)
    }
  })
})

describe('confirmSubscription', () => {
  it('confirms with the link of the mail, and again without change', async () => {
    await subscribe('confirme@example.com')
    const link = await linkParams('confirme@example.com', /\/api\/newsletter\/confirm/)
    expect((await confirmSubscription({ payload, actor: null, input: link, now })).ok).toBe(true)
    expect(await subscriber('confirme@example.com')).toMatchObject({
      status: 'confirmed',
      confirmedAt: now.toISOString(),
    })
    const later = new Date('2027-01-01T00:00:00Z')
    expect((await confirmSubscription({ payload, actor: null, input: link, now: later })).ok).toBe(true)
    expect((await subscriber('confirme@example.com'))?.confirmedAt).toBe(now.toISOString())
  })

  it('refuses a forged token, a damaged id or an unknown subscriber alike, and changes nothing', async () => {
    await subscribe('attente@example.com')
    const link = await linkParams('attente@example.com', /\/api\/newsletter\/confirm/)
    for (const input of [
      { ...link, token: 'x'.repeat(32) },
      { ...link, token: null },
      { id: 'abc', token: link.token },
      { id: '-1', token: link.token },
      { id: '999999', token: link.token },
    ]) {
      const result = await confirmSubscription({ payload, actor: null, input })
      expect(result.ok ? null : result.error.fields, JSON.stringify(input)).toEqual({ form: 'tokenInvalid' })
    }
    expect((await subscriber('attente@example.com'))?.status).toBe('pending')
  })
})

describe('unsubscribeFromNewsletter', () => {
  it('unsubscribes in one click with the link a newsletter carries, and refuses one signed for confirming', async () => {
    const reader = await payload.create({
      collection: 'newsletter-subscribers',
      data: { email: 'partante@example.com', language: 'fr', status: 'confirmed' },
      overrideAccess: true,
    })
    const confirmToken = newsletterToken('confirm', reader.id, reader.email)
    const refused = await unsubscribeFromNewsletter({
      payload,
      actor: null,
      input: { id: String(reader.id), token: confirmToken },
    })
    expect(refused.ok ? null : refused.error.kind).toBe('invalid')
    expect((await subscriber('partante@example.com'))?.status).toBe('confirmed')
    const token = newsletterToken('unsubscribe', reader.id, reader.email)
    const done = await unsubscribeFromNewsletter({ payload, actor: null, input: { id: String(reader.id), token }, now })
    expect(done.ok).toBe(true)
    expect(await subscriber('partante@example.com')).toMatchObject({
      status: 'unsubscribed',
      unsubscribedAt: now.toISOString(),
    })
  })
})

describe('followArticleLink', () => {
  it('counts the click and sends to the article; damaged ids are refused, an unknown issue is not found', async () => {
    const article = await createArticle(payload, 'uc-lien-suivi')
    const issue = await payload.create({
      collection: 'newsletters',
      data: { subject: 'Nouvelles', language: 'fr', intro: 'Bonjour.', articles: [article] },
      overrideAccess: true,
    })
    const follow = (newsletter: unknown, articleId: unknown) =>
      followArticleLink({ payload, actor: null, input: { newsletter, article: articleId } })
    const result = await follow(String(issue.id), String(article))
    expect(result.ok && result.value).toBe(
      `/fr/media/uc-lien-suivi?utm_source=newsletter&utm_medium=email&utm_campaign=newsletter-${issue.id}`,
    )
    const clicks = await payload.find({ collection: 'newsletter-clicks', where: { newsletter: { equals: issue.id } } })
    expect(clicks.docs.map((c) => c.clicks)).toEqual([1])
    for (const [n, a] of [
      ['abc', '1'],
      [String(issue.id), '99999999999999999999'],
      [null, null],
    ]) {
      const refused = await follow(n, a)
      expect(refused.ok ? null : refused.error.kind).toBe('invalid')
    }
    const unknown = await follow(String(issue.id + 1000), String(article))
    expect(unknown.ok ? null : unknown.error.kind).toBe('not-found')
  })
})
