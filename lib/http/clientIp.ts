import 'server-only'

import { headers } from 'next/headers'

import { clientIpFrom, trustedProxies } from './clientIpRule'

export { clientIpFrom, directClient, trustedProxies } from './clientIpRule'

/** The client address of the current request (server actions, pages), under the rule of ./clientIpRule. */
export async function requestIp(): Promise<string> {
  return clientIpFrom(await headers(), trustedProxies())
}
