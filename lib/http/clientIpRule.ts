/**
 * Which address a request comes from, for per-IP limits. Pure: unit-tested.
 *
 * Next.js does not give route handlers or server actions the socket address, and keeps whatever
 * `X-Forwarded-For` a client sends. So our server (scripts/server.mjs) writes the socket's peer address into
 * `x-digit-peer`, overwriting any value a client sent: that one entry is always true. The chain is then the
 * `X-Forwarded-For` entries followed by the peer. With `TRUSTED_PROXIES` = N (1 for nginx, 2 for a CDN then
 * nginx), each trusted proxy appended the address it saw, so the client is the entry N places left of the
 * peer; everything further left is whatever the client wrote and is never believed.
 *
 * Without the peer header (`next dev`, tests) the header is believed only as far as `TRUSTED_PROXIES` says,
 * and with none every client shares the bucket `direct`: a limit can never be dodged by rotating a header.
 */
export const directClient = 'direct'
export const peerHeader = 'x-digit-peer'

/** `TRUSTED_PROXIES` as a whole number of hops; anything else counts as 0. */
export function trustedProxies(value: string | undefined = process.env.TRUSTED_PROXIES): number {
  const hops = Number(value?.trim() || 0)
  return Number.isInteger(hops) && hops > 0 && hops < 100 ? hops : 0
}

export function clientIpFrom(list: Pick<Headers, 'get'>, hops: number): string {
  const forwarded = (list.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const peer = list.get(peerHeader)?.trim()
  if (!peer && hops < 1) return directClient
  const chain = peer ? [...forwarded, peer] : forwarded
  const last = peer ? chain.length - 1 : chain.length
  if (!chain.length) return directClient
  // Fewer entries than proxies: the request skipped one of them; the leftmost is the best we have.
  const entry = chain[Math.max(0, last - hops)]!
  // An address, not free text: a bucket key must not be arbitrarily long.
  return entry.length <= 64 ? entry.toLowerCase() : directClient
}
