import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendContactMessage, type ContactInput } from '@/lib/contact/send-contact-message'
import type { SpamVerdict } from '@/lib/forms/gate'

import { mailsTo, settledCount } from '@/tests/support/smtp'
import { startPayload } from '@/tests/int/support/payload'
import { refusedDomain, startSmtp } from '@/tests/support/smtp'

/** The contact form's use case, with a real SMTP server: kept in /admin and mailed to the team. */
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtp>>
const team = 'equipe.contact@example.com'

beforeAll(async () => {
  smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  process.env.CONTACT_EMAIL = team
  payload = await startPayload()
}, 120_000)

afterAll(async () => {
  delete process.env.CONTACT_EMAIL
  await smtp?.close()
})

const input = (over: Partial<ContactInput> = {}): ContactInput => ({
  name: ' Awa ',
  email: ' Awa@Example.com ',
  subject: 'Un atelier à Namur ?',
  message: 'Bonjour, organisez-vous des ateliers ?',
  language: 'fr',
  ...over,
})
const send = (over: Partial<ContactInput> = {}, verdict: SpamVerdict = 'ok') =>
  sendContactMessage({ payload, actor: null, input: input(over), spam: async () => verdict })
const stored = async () => (await payload.count({ collection: 'contact-messages' })).totalDocs

describe('sendContactMessage', () => {
  it('keeps the message for /admin and mails it to the team, the sender as Reply-To', async () => {
    const result = await send()
    expect(result).toEqual({ ok: true, value: true })
    const { docs } = await payload.find({
      collection: 'contact-messages',
      where: { subject: { equals: input().subject } },
    })
    expect(docs[0]).toMatchObject({ name: 'Awa', email: 'awa@example.com', language: 'fr' })
    const [mail] = await mailsTo(smtp.mails, team)
    expect(mail!.subject).toBe('[123Digit contact] Un atelier à Namur ?')
    expect(mail!.text).toContain('Awa <Awa@Example.com>')
  })

  it('keeps the message and thanks the sender when the mail to the team could not leave', async () => {
    const before = await stored()
    expect(await send({ email: `awa@${refusedDomain}` })).toEqual({ ok: true, value: true })
    expect(await stored()).toBe(before + 1)
  })

  it('answers bad input field by field, and neither stores nor mails', async () => {
    const before = await stored()
    const sentBefore = await settledCount(smtp.mails, team)
    const result = await send({ name: ' ', email: 'awa@', subject: 'x'.repeat(500), message: '' })
    expect(result.ok ? null : result.error.fields).toEqual({
      name: 'required',
      email: 'email',
      subject: 'tooLong',
      message: 'required',
    })
    expect(await stored()).toBe(before)
    expect(await settledCount(smtp.mails, team)).toBe(sentBefore)
  })

  it('refuses too many messages from one address; a bot is thanked but nothing is kept or sent', async () => {
    const before = await stored()
    const sentBefore = await settledCount(smtp.mails, team)
    const limited = await send({}, 'limited')
    expect(limited.ok ? null : [limited.error.kind, limited.error.fields]).toEqual([
      'conflict',
      { form: 'rateLimited' },
    ])
    expect(await send({}, 'bot')).toEqual({ ok: true, value: false })
    expect(await stored()).toBe(before)
    expect(await settledCount(smtp.mails, team)).toBe(sentBefore)
  })
})
