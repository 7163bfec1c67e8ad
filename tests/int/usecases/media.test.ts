import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SpamVerdict } from '@/lib/forms/gate'
import { postComment, type CommentInput } from '@/lib/media/post-comment'

import { createArticle } from '@/tests/int/support/articles'
import { startPayload } from '@/tests/int/support/payload'

/** A reader's comment on a média article, as the form's action calls it. */
let payload: Payload
let published: number, draft: number, scheduled: number

beforeAll(async () => {
  payload = await startPayload()
  published = await createArticle(payload, 'uc-commentable')
  draft = await createArticle(payload, 'uc-brouillon', 'draft')
  scheduled = await createArticle(payload, 'uc-plus-tard', 'published', 3)
}, 120_000)

const input = (over: Partial<CommentInput> = {}): CommentInput => ({
  article: published,
  name: ' Lectrice ',
  email: ' Lectrice@Example.com ',
  body: ' Merci pour cet article. ',
  language: 'fr',
  ...over,
})
const post = (over: Partial<CommentInput> = {}, verdict: SpamVerdict = 'ok') =>
  postComment({ payload, actor: null, input: input(over), spam: async () => verdict })
const comments = async () => (await payload.count({ collection: 'comments' })).totalDocs

describe('postComment', () => {
  it('stores the comment "to moderate" on a published article, hidden from the public until approved', async () => {
    expect(await post()).toEqual({ ok: true, value: true })
    const { docs } = await payload.find({ collection: 'comments', where: { article: { equals: published } } })
    expect(docs[0]).toMatchObject({
      name: 'Lectrice',
      email: 'lectrice@example.com',
      body: 'Merci pour cet article.',
      status: 'pending',
    })
    const visible = await payload.find({ collection: 'comments', overrideAccess: false })
    expect(visible.docs).toEqual([])
  })

  it('refuses an article the public may not read (a draft, one scheduled for later, none, a tampered id)', async () => {
    const before = await comments()
    for (const article of [draft, scheduled, 999_999, '6abc', -1, {}]) {
      const result = await post({ article })
      expect(result.ok ? null : result.error.kind, JSON.stringify(article)).toBe('not-found')
    }
    expect(await comments()).toBe(before)
  })

  it('answers bad input field by field, and stores nothing', async () => {
    const before = await comments()
    const result = await post({ name: '', email: 'lectrice', body: 'x'.repeat(10_001) })
    expect(result.ok ? null : result.error.fields).toEqual({ name: 'required', email: 'email', body: 'tooLong' })
    expect(await comments()).toBe(before)
  })

  it('refuses too many comments from one address; a bot gets a person’s answers but nothing is stored', async () => {
    const before = await comments()
    const limited = await post({}, 'limited')
    expect(limited.ok ? null : limited.error.fields).toEqual({ form: 'rateLimited' })
    expect(await post({}, 'bot')).toEqual({ ok: true, value: false })
    const onDraft = await post({ article: draft }, 'bot')
    expect(onDraft.ok ? null : onDraft.error.kind).toBe('not-found')
    expect(await comments()).toBe(before)
  })
})
