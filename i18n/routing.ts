import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

/** Localized pathnames (DESIGN.md §7): French slug / Dutch slug. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // hreflang alternates are in each page's metadata; next-intl's Link header would repeat them on every response.
  alternateLinks: false,
  pathnames: {
    '/': '/',
    '/catalogue': { fr: '/catalogue', nl: '/catalogus' },
    '/modules/[slug]': '/modules/[slug]',
    '/modules/[slug]/trame': { fr: '/modules/[slug]/trame', nl: '/modules/[slug]/begeleidingsfiche' },
    '/modules/[slug]/fiche': { fr: '/modules/[slug]/fiche', nl: '/modules/[slug]/samenvattingsfiche' },
    '/modules/[slug]/formation': { fr: '/modules/[slug]/formation', nl: '/modules/[slug]/opleiding' },
    '/parcours': { fr: '/parcours', nl: '/leertrajecten' },
    '/parcours/[slug]': { fr: '/parcours/[slug]', nl: '/leertrajecten/[slug]' },
    '/ressources-communaute': { fr: '/ressources-communaute', nl: '/gemeenschapsbronnen' },
  },
})

export type AppPathname = keyof typeof routing.pathnames
