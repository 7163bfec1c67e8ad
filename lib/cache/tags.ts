/** One cache tag per collection: a query is tagged with every collection it reads. */
export const cacheTags = {
  themes: 'themes',
  modules: 'modules',
  trames: 'trames',
  fiches: 'fiches',
  formations: 'formations',
  parcours: 'parcours',
  communityResources: 'community-resources',
  media: 'media',
  articles: 'articles',
  comments: 'comments',
  faq: 'faq',
  events: 'events',
  structures: 'structures',
  diagnostics: 'diagnostics',
} as const

export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags]
