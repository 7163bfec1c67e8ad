import 'server-only'

import { headers } from 'next/headers'

import { publicOrigin } from './origin'

/**
 * The public origin of the current request, for server actions and dynamic pages (lib/http/origin.ts).
 * Never call it from a cached page or layout: reading headers() makes the page dynamic.
 */
export async function requestOrigin(): Promise<string> {
  return publicOrigin({ headers: await headers() })
}
