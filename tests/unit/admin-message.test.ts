import { describe, expect, it } from 'vitest'

import { excerpt } from '@/components/admin/ExcerptCell'
import { adminMessage } from '@/lib/payload/adminMessage'

const text = { fr: 'Cochez une réponse.', nl: 'Vink een antwoord aan.' }

describe('admin messages', () => {
  it('speak the editor’s admin language, French when the request has none', () => {
    expect(adminMessage({ i18n: { language: 'nl' } }, text)).toBe('Vink een antwoord aan.')
    expect(adminMessage({ i18n: { language: 'fr' } }, text)).toBe('Cochez une réponse.')
    expect(adminMessage(undefined, text)).toBe('Cochez une réponse.')
  })

  it('list excerpts are one line, cut with an ellipsis', () => {
    expect(excerpt('Merci !\nTrès utile.')).toBe('Merci ! Très utile.')
    expect(excerpt('a'.repeat(200))).toHaveLength(90)
    expect(excerpt('a'.repeat(200)).endsWith('…')).toBe(true)
    expect(excerpt(null)).toBe('')
  })
})
