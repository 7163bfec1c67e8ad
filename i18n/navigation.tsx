import { getLocale } from 'next-intl/server'
import NextLink from 'next/link'
import type { ComponentProps } from 'react'

import type { Locale } from './locales'
import { getPathname, type Href } from './pathnames'

export { getPathname, type Href }

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale }

/**
 * A link to a localized page, resolved on the server: unlike next-intl's Link it ships no i18n code to the
 * browser. Prefetching is off by default: our users are often on metered, slow mobile data.
 */
export async function Link({ href, locale, prefetch = false, ...rest }: LinkProps) {
  const target = locale ?? ((await getLocale()) as Locale)
  return <NextLink href={getPathname({ href, locale: target })} prefetch={prefetch} {...rest} />
}
