import { publicOrigin } from '@/lib/http/origin'
import { apiJson, preflight } from '@/lib/statistics/api'
import { openApiDocument } from '@/lib/statistics/openapi'

export const dynamic = 'force-dynamic'

/** The OpenAPI 3.1 document of /api/v1, its server URL on the public origin (never the Host behind a proxy). */
export function GET(request: Request) {
  return apiJson(openApiDocument(publicOrigin(request)))
}

export const OPTIONS = preflight
