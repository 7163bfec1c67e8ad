/* Payload REST API (generated shape), behind one guard and the same-origin rule for cookie writes. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { sameOriginOnly } from '@/lib/http/csrf'
import { guardRest } from '@/lib/http/restGuard'

// The guard refuses what Payload would misread or fail on with a 500 (loose ids, malformed where/sort/page/
// limit, oversized JSON bodies) before Payload's handler runs: Payload offers no hook between routing and
// its endpoint handlers (lib/http/restGuard.ts). Cookie writes from another origin are refused first
// (lib/http/csrf.ts, ADR 0012).
export const GET = sameOriginOnly(guardRest(config, REST_GET(config)))
export const POST = sameOriginOnly(guardRest(config, REST_POST(config)))
export const DELETE = sameOriginOnly(guardRest(config, REST_DELETE(config)))
export const PATCH = sameOriginOnly(guardRest(config, REST_PATCH(config)))
export const PUT = sameOriginOnly(guardRest(config, REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
