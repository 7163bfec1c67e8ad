import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { openPreview, type PreviewInput } from '@/lib/preview/open-preview'
import type { Actor } from '@/lib/usecases/types'

import { createModule, createTheme } from '@/tests/int/support/fixtures'
import { createMember, createStaff } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

/** The admin's "Preview" button (app/api/preview): staff only, to the page that shows the document. */
let payload: Payload
let draftModule: string

beforeAll(async () => {
  payload = await startPayload()
  const theme = await createTheme(payload, 'uc-apercu', 'Aperçu')
  draftModule = String(
    (await createModule(payload, { slug: 'uc-apercu', title: 'Aperçu', themes: [theme.id], status: 'draft' })).id,
  )
}, 120_000)

const preview = (actor: Actor, over: Partial<PreviewInput> = {}) =>
  openPreview({ payload, actor, input: { collection: 'modules', id: draftModule, locale: 'nl', ...over } })

describe('openPreview', () => {
  it('opens a draft for an editor, on its page in the chosen language', async () => {
    const editor = await createStaff(payload, 'uc.preview.editor@example.com', 'editor')
    expect(await preview(editor)).toEqual({ ok: true, value: '/nl/modules/uc-apercu' })
    for (const over of [{ id: '999999' }, { id: '6abc' }, { collection: 'users', id: String(editor.id) }]) {
      const result = await preview(editor, over)
      expect(result.ok ? null : result.error.kind, JSON.stringify(over)).toBe('not-found')
    }
  })

  it('refuses members and visitors, whatever they ask for', async () => {
    const aidant = await createMember(payload, { name: 'Ada', profile: 'aidant', email: 'uc.preview.ada@example.com' })
    for (const actor of [null, aidant]) {
      const result = await preview(actor)
      expect(result.ok ? null : result.error.kind).toBe('not-allowed')
    }
  })
})
