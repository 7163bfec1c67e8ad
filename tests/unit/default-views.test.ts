import { describe, expect, it } from 'vitest'

import { defaultViewPath } from '@/lib/cache/defaultViews'

describe('lists without a query go to their cached default view', () => {
  it.each([
    ['/fr/media', '', '/fr/media/v/index'],
    ['/nl/media/', '', '/nl/media/v/index'],
    ['/fr/faq', '?', '/fr/faq/v/index'],
    ['/nl/gemeenschapsbronnen', '', '/nl/ressources-communaute/v/index'],
    ['/fr/cartographie', '', '/fr/cartographie/v/index'],
    ['/nl/kaart', '', '/nl/cartographie/v/index'],
  ])('%s%s → %s', (pathname, search, expected) => expect(defaultViewPath(pathname, search)).toBe(expected))

  it.each([
    ['/fr/media', '?q=wifi'],
    ['/nl/kaart', '?q=gent'],
    ['/fr/media/un-article', ''],
    ['/fr/catalogue', ''],
    ['/nl/cartographie', ''],
  ])('%s%s stays as it is', (pathname, search) => expect(defaultViewPath(pathname, search)).toBeNull())
})
