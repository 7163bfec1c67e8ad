import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

/** Calls Payload's REST API the way app/(payload)/api/[...slug]/route.ts serves it, without a server. */
export async function rest(
  method: keyof typeof handlers,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: Record<string, unknown>; ms: number }> {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const started = performance.now()
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const ms = performance.now() - started
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, ms }
}
