/**
 * Server actions refuse bodies over Next's `serverActions.bodySizeLimit` (next.config.mjs), but the error
 * surfaces as a 500. The proxy answers 413 first when the declared length is over the limit (browsers
 * always declare it for an action's form or fetch body).
 */
export const actionBodyLimitBytes = 1024 * 1024

export function actionBodyTooLarge(request: Pick<Request, 'method' | 'headers'>): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false
  return Number(request.headers.get('content-length') ?? 0) > actionBodyLimitBytes
}

/**
 * The arguments of an action called without a form (React sends them as text: a JSON list). Anything else
 * makes Next itself fail with a 500 before the action runs (`CreateListFromArrayLike called on non-object`).
 */
export function malformedActionArguments(contentType: string | null, body: string): boolean {
  if (!contentType?.startsWith('text/plain')) return false
  try {
    return !Array.isArray(JSON.parse(body))
  } catch {
    return true
  }
}
