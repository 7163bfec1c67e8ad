import 'server-only'

import type { Locale } from '@/i18n/locales'
import { cachedQuery, clockBound } from '@/lib/cache/cachedQuery'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/client'
import { findEvent, findEvents } from './find'

/**
 * The events pages' queries: cached and expired by the hooks of events and of registrations (seats left).
 * "Coming" and "past" follow the clock without any write (clockBound).
 */
export const listEvents = cachedQuery(
  'events',
  [cacheTags.events],
  async (locale: Locale) => findEvents(await getPayloadClient(), locale),
  clockBound,
)

export const getEvent = cachedQuery(
  'event',
  [cacheTags.events],
  async (locale: Locale, slug: string) => findEvent(await getPayloadClient(), locale, slug),
  clockBound,
)
