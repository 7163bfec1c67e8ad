import { describe, expect, it } from 'vitest'

import { slugify } from '@/lib/text/slugify'

describe('slugify', () => {
  it('makes URL-safe slugs from French and Dutch titles', () => {
    expect(slugify('Démarches en ligne : itsme & CSAM !')).toBe('demarches-en-ligne-itsme-csam')
    expect(slugify('  Veilig online bankieren ')).toBe('veilig-online-bankieren')
    expect(slugify('Ça coûte combien ?')).toBe('ca-coute-combien')
  })
})
