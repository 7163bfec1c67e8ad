/* Payload REST API (generated shape), behind the same-origin rule for cookie writes (lib/http/csrf.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { sameOriginOnly } from '@/lib/http/csrf'

export const GET = sameOriginOnly(REST_GET(config))
export const POST = sameOriginOnly(REST_POST(config))
export const DELETE = sameOriginOnly(REST_DELETE(config))
export const PATCH = sameOriginOnly(REST_PATCH(config))
export const PUT = sameOriginOnly(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
