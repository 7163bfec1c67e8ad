import type { MetadataRoute } from 'next'

import { getPayloadClient } from '@/lib/payload/client'
import { sitemapEntries } from '@/lib/seo/sitemap'
import { requestOrigin } from '@/lib/http/requestOrigin'

/** Built per request: it follows what editors publish. */
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getPayloadClient(), await requestOrigin())
}
