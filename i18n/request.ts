import { getRequestConfig } from 'next-intl/server'

import { brusselsZone } from '@/lib/time/brussels'

import { isLocale } from './locales'
import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : routing.defaultLocale
  return {
    locale,
    // Dates formatted through next-intl read in Belgian time, not the server's zone.
    timeZone: brusselsZone,
    messages: (await import(`../messages/${locale}.json`)).default,
  }
})
