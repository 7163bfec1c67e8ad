import { describe, expect, it } from 'vitest'

import { localizedPath, purgePaths } from '@/lib/cache/purgePaths'

describe('front cache purges', () => {
  it('builds French and Dutch paths from the localized pathnames', () => {
    expect(localizedPath('fr', { pathname: '/' })).toBe('/fr')
    expect(localizedPath('nl', { pathname: '/catalogue' })).toBe('/nl/catalogus')
    expect(localizedPath('nl', { pathname: '/evenements/[slug]', slug: 'atelier' })).toBe('/nl/evenementen/atelier')
  })

  it('lists the lists and the page of a module, under its old slug too when it changed', () => {
    const paths = purgePaths('modules', { slug: 'nouveau' }, { slug: 'ancien' })
    expect(paths).toEqual(
      expect.arrayContaining([
        '/fr',
        '/nl',
        '/fr/catalogue',
        '/nl/catalogus',
        '/fr/parcours',
        '/nl/leertrajecten',
        '/fr/modules/nouveau',
        '/nl/modules/nouveau',
        '/fr/modules/ancien',
        '/nl/modules/ancien',
        '/sitemap.xml',
      ]),
    )
    expect(new Set(paths).size).toBe(paths.length)
    expect(paths.every((path) => path.startsWith('/') && !path.includes('?'))).toBe(true)
  })

  it('covers articles with their feeds, events with their calendars, and nothing for collections without pages', () => {
    expect(purgePaths('articles', { slug: 'un-article' })).toEqual(
      expect.arrayContaining(['/fr/media', '/fr/media/un-article', '/nl/media/un-article', '/fr/media/feed.xml']),
    )
    expect(purgePaths('events', { slug: 'webinaire' })).toEqual(
      expect.arrayContaining(['/nl/evenementen/webinaire', '/api/events/webinaire/ics', '/api/events/calendar.ics']),
    )
    expect(purgePaths('media', { slug: 'x' })).toEqual([])
    expect(purgePaths('faq')).toEqual(['/fr/faq', '/nl/faq'])
  })
})
