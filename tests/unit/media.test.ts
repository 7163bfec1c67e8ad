import { describe, expect, it } from 'vitest'

import { rssFeed } from '@/lib/media/feed'
import { parseArticleFilters } from '@/lib/media/filters'
import { readingMinutes } from '@/lib/media/find'

describe('média', () => {
  it('reads the listing filters from the URL, dropping malformed values', () => {
    expect(parseArticleFilters({ q: '  arnaques  sms ', category: 'Se-Lancer', page: '2' })).toEqual({
      q: 'arnaques sms',
      category: 'se-lancer',
      page: 2,
    })
    expect(parseArticleFilters({ category: '../x', page: '-1' })).toEqual({ q: '', category: '', page: 1 })
  })

  it('counts reading time from the words of the rich text', () => {
    const words = (n: number) => ({
      root: { children: [{ children: [{ type: 'text', text: Array(n).fill('mot').join(' ') }] }] },
    })
    expect(readingMinutes(words(50))).toBe(1)
    expect(readingMinutes(words(1000))).toBe(5)
  })

  it('escapes what editors write in the feed', () => {
    const xml = rssFeed({
      site: 'https://123digit.be',
      locale: 'nl',
      title: 'Feed & co',
      description: 'd',
      articles: [
        {
          id: 1,
          slug: 'a',
          title: 'Fish <&> chips',
          excerpt: '"quoted"',
          publishedAt: '2026-11-20T09:00:00.000Z',
          cover: null,
          categories: [],
        },
      ],
    })
    expect(xml).toContain('<title>Fish &lt;&amp;&gt; chips</title>')
    expect(xml).toContain('<link>https://123digit.be/nl/media/a</link>')
    expect(xml).toContain('<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate>')
    expect(xml).toContain('<language>nl-BE</language>')
  })
})
