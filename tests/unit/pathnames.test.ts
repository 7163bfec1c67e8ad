import { describe, expect, it } from 'vitest'

import { getPathname } from '@/i18n/pathnames'

describe('getPathname', () => {
  it('localizes pathnames, fills parameters and keeps the query', () => {
    expect(getPathname({ href: '/', locale: 'nl' })).toBe('/nl')
    expect(getPathname({ href: '/catalogue', locale: 'nl' })).toBe('/nl/catalogus')
    expect(getPathname({ href: { pathname: '/modules/[slug]/trame', params: { slug: 'e-mail' } }, locale: 'nl' })).toBe(
      '/nl/modules/e-mail/begeleidingsfiche',
    )
    expect(
      getPathname({ href: { pathname: '/catalogue', query: { theme: ['a', 'b'], q: 'mot clé' } }, locale: 'fr' }),
    ).toBe('/fr/catalogue?theme=a&theme=b&q=mot+cl%C3%A9')
  })

  it('refuses a missing parameter rather than building a broken link', () => {
    expect(() => getPathname({ href: { pathname: '/modules/[slug]' }, locale: 'fr' })).toThrow(/slug/)
  })
})
