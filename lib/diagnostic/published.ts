import 'server-only'

import type { Locale } from '@/i18n/locales'
import { cachedQuery } from '@/lib/cache/cachedQuery'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/client'
import type { DiagnosticDefinition } from './definition'
import { findPublishedDiagnostic } from './load'

/** The pages' read of the published diagnostic: cached, expired by the collection's hooks on every change. */
export const publishedDiagnostic = cachedQuery(
  'diagnostic',
  [cacheTags.diagnostics],
  async (kind: DiagnosticDefinition['kind'], locale: Locale) =>
    findPublishedDiagnostic(await getPayloadClient(), kind, locale),
)
