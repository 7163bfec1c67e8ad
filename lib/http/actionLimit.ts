/**
 * Server actions refuse bodies over Next's `serverActions.bodySizeLimit` (next.config.mjs), but the error
 * surfaces as a 500. The proxy answers 413 first when the declared length is over the limit (browsers
 * always declare it for an action's form or fetch body): 1 MB for every action, except on the pages whose
 * form carries a file (`uploadPaths`), which may send up to `uploadActionBodyLimitBytes`. Next's own limit is
 * the larger one; the proxy holds every other page to the small one. Both stay under the 10 MB the proxy
 * buffers of a body.
 */
export const actionBodyLimitBytes = 1024 * 1024

/** A proposed resource's file (8 MB, lib/resources/fileTypes.ts) and its form's fields. */
export const uploadActionBodyLimitBytes = 9 * 1024 * 1024

/** The pages with a file in their form: "Proposer une ressource" in French and Dutch. */
const uploadPaths = new Set(['/fr/espace-aidant/ressources/proposer', '/nl/helpersruimte/bronnen/voorstellen'])

export function actionBodyTooLarge(request: Pick<Request, 'method' | 'headers'>, pathname = ''): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false
  const limit = uploadPaths.has(pathname) ? uploadActionBodyLimitBytes : actionBodyLimitBytes
  return Number(request.headers.get('content-length') ?? 0) > limit
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
