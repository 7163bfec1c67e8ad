import type { Href } from '@/i18n/pathnames'
import type { Hit, SearchKind } from './engine'

/** Where a search result leads: its own page, or for FAQ answers and resources, their list at that entry. */
export function hitHref(hit: Pick<Hit, 'kind' | 'slug' | 'title'>): Href {
  switch (hit.kind) {
    case 'module':
      return { pathname: '/modules/[slug]', params: { slug: hit.slug } }
    case 'parcours':
      return { pathname: '/parcours/[slug]', params: { slug: hit.slug } }
    case 'article':
      return { pathname: '/media/[slug]', params: { slug: hit.slug } }
    case 'event':
      return { pathname: '/evenements/[slug]', params: { slug: hit.slug } }
    case 'faq':
      return { pathname: '/faq', query: { q: hit.title } }
    case 'resource':
      return { pathname: '/ressources-communaute', query: { q: hit.title } }
  }
}

/** Every result of one kind: that kind's own search page where it has one, else this search for that kind. */
export function kindHref(kind: SearchKind, q: string): Href {
  const own = { module: '/catalogue', article: '/media', faq: '/faq', resource: '/ressources-communaute' } as const
  return kind in own
    ? { pathname: own[kind as keyof typeof own], query: { q } }
    : { pathname: '/recherche', query: { q, kind } }
}
