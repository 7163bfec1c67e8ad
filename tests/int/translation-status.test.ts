import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Trame } from '@/payload-types'
import { backfillTranslationStatus } from '@/lib/i18n/backfillTranslationStatus'
import { paragraphs } from '@/seed/lexical'

import { createStaff } from './support/members'
import { startPayload } from './support/payload'

/**
 * Issue 16, point 4: every save records what exists in one language and not the other (a column and a filter
 * for editors, and the texts a page shows in the other language).
 */
let payload: Payload
let trame: Trame

beforeAll(async () => {
  payload = await startPayload()
  trame = await payload.create({
    collection: 'trames',
    locale: 'fr',
    data: {
      title: 'Le wifi à la maison',
      slug: 'traduction-wifi',
      audience: 'Personnes qui débutent',
      steps: [
        { minutes: 10, title: 'Accueil', description: paragraphs('Tour de table.') },
        { minutes: 20, title: 'Se connecter', description: paragraphs('Chacun se connecte au réseau.') },
      ],
      _status: 'published',
    },
  })
})

describe('translation status', () => {
  it('a document written in French only lacks its Dutch version', () => {
    expect(trame.translationStatus).toBe('missing-nl')
    expect(trame.translationGaps).toEqual({
      nl: [
        'title',
        'audience',
        `steps.${trame.steps[0]!.id}.title`,
        `steps.${trame.steps[0]!.id}.description`,
        `steps.${trame.steps[1]!.id}.title`,
        `steps.${trame.steps[1]!.id}.description`,
      ],
    })
  })

  it('translating part of it leaves exactly the rest to do; translating all of it completes it', async () => {
    const [first, second] = trame.steps
    const partly = await payload.update({
      collection: 'trames',
      id: trame.id,
      locale: 'nl',
      data: {
        title: 'Wifi thuis',
        audience: 'Beginners',
        steps: [
          { id: first!.id, minutes: 10, title: 'Onthaal', description: paragraphs('Kennismaking.') },
          { id: second!.id, minutes: 20, title: 'Verbinden' },
        ],
      },
    })
    expect(partly.translationStatus).toBe('missing-nl')
    expect(partly.translationGaps).toEqual({ nl: [`steps.${second!.id}.description`] })

    const done = await payload.update({
      collection: 'trames',
      id: trame.id,
      locale: 'nl',
      data: {
        steps: [
          { id: first!.id, minutes: 10, title: 'Onthaal', description: paragraphs('Kennismaking.') },
          { id: second!.id, minutes: 20, title: 'Verbinden', description: paragraphs('Iedereen maakt verbinding.') },
        ],
      },
    })
    expect(done.translationStatus).toBe('complete')
    expect(done.translationGaps).toEqual({})

    // Saving French again keeps the Dutch texts in the count.
    const again = await payload.update({
      collection: 'trames',
      id: trame.id,
      locale: 'fr',
      data: { audience: 'Tout public' },
    })
    expect(again.translationStatus).toBe('complete')
  })

  it('editors filter on it', async () => {
    await payload.create({
      collection: 'trames',
      locale: 'nl',
      data: { title: 'Alleen Nederlands', slug: 'traduction-nl-seulement', steps: [{ minutes: 5, title: 'Start' }] },
    })
    const missingFr = await payload.find({
      collection: 'trames',
      where: { translationStatus: { equals: 'missing-fr' } },
      draft: true,
      depth: 0,
    })
    expect(missingFr.docs.map((d) => d.slug)).toEqual(['traduction-nl-seulement'])
  })

  it('nobody writes it through the API, staff included', async () => {
    const editor = await createStaff(payload, 'traduction-editeur@example.com', 'editor')
    const forged = await payload.update({
      collection: 'trames',
      id: trame.id,
      locale: 'fr',
      overrideAccess: false,
      user: editor,
      data: { title: 'Le wifi chez soi', translationStatus: 'complete', translationGaps: { nl: [] } } as never,
    })
    expect(forged.translationStatus).toBe('complete')
    const created = await payload.create({
      collection: 'trames',
      locale: 'fr',
      overrideAccess: false,
      user: editor,
      data: {
        title: 'Forgé',
        slug: 'traduction-forgee',
        steps: [{ minutes: 5, title: 'Début' }],
        translationStatus: 'complete',
      } as never,
    })
    expect(created.translationStatus).toBe('missing-nl')
  })

  it('documents saved before the status existed get theirs from the backfill', async () => {
    await payload.db.updateOne({
      collection: 'trames',
      id: trame.id,
      data: { translationStatus: null, translationGaps: null },
    })
    expect(await backfillTranslationStatus(payload)).toBeGreaterThanOrEqual(1)
    const after = await payload.findByID({ collection: 'trames', id: trame.id, depth: 0 })
    expect([after.translationStatus, after.translationGaps]).toEqual(['complete', {}])
  })
})
