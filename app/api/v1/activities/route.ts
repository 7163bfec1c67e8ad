import { getPayloadClient } from '@/lib/payload/client'
import { activitiesEndpoint, preflight } from '@/lib/statistics/api'

export const dynamic = 'force-dynamic'

/** Anonymised activities for an API key (lib/statistics/api.ts, documented at /api/v1/openapi.json). */
export async function GET(request: Request) {
  return activitiesEndpoint(await getPayloadClient(), request)
}

export const OPTIONS = preflight
