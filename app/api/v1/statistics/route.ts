import { getPayloadClient } from '@/lib/payload/client'
import { preflight, statisticsEndpoint } from '@/lib/statistics/api'

export const dynamic = 'force-dynamic'

/** The open statistics API (lib/statistics/api.ts, documented at /api/v1/openapi.json). */
export async function GET(request: Request) {
  return statisticsEndpoint(await getPayloadClient(), request)
}

export const OPTIONS = preflight
