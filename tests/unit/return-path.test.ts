import { describe, expect, it } from 'vitest'

import { safeReturnPath } from '@/lib/auth/returnPath'

describe('safeReturnPath: one rule for every return path', () => {
  it('keeps a local path with its query and fragment', () => {
    expect(safeReturnPath('/fr/espace-aidant?x=1#y')).toBe('/fr/espace-aidant?x=1#y')
    expect(safeReturnPath('/fr/modules/x/trame')).toBe('/fr/modules/x/trame')
    // A bare word is a relative path: it resolves on our own site.
    expect(safeReturnPath('evil.example')).toBe('/evil.example')
  })

  it('refuses anything that leaves the site or carries control characters', () => {
    const bad = [
      '/%09/evil.example',
      '/\t/evil.example',
      '/\t/evil',
      '//evil.example',
      '/\\evil.example',
      '/\\\\evil',
      '\\/evil.example',
      '/%0A',
      '/\n',
      '/\r/evil.example',
      '/\u0000x',
      '/\u007fx',
      '/\u0085x',
      '%0A',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'https://evil.example',
      'https://evil.example/fr',
      '',
      undefined,
      42,
    ]
    for (const value of bad) expect(safeReturnPath(value), JSON.stringify(value)).toBeNull()
  })

  it('compares against the given origin: the same origin in absolute form is brought back to a path', () => {
    expect(safeReturnPath('https://123digit.be/fr/catalogue?q=a', 'https://123digit.be')).toBe('/fr/catalogue?q=a')
    expect(safeReturnPath('https://other.example/fr', 'https://123digit.be')).toBeNull()
  })
})
