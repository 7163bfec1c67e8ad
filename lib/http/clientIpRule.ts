/**
 * Which address a request comes from, for per-IP limits. Pure: unit-tested.
 *
 * Next.js does not give route handlers or server actions the socket address. It only copies it into
 * `X-Forwarded-For` when the request carries no such header, so a client talking to Next directly can write
 * any value there, and rotating it would give each attempt a fresh bucket. The header is therefore believed
 * only as far as `TRUSTED_PROXIES` says: with N reverse proxies in front of the site (1 for nginx, 2 for a
 * CDN then nginx), each proxy appends the address it saw, so the entry N places from the right is the one the
 * outermost trusted proxy wrote, and everything to its left is whatever the client sent.
 *
 * With `TRUSTED_PROXIES` unset or 0 the header is ignored and every client shares the bucket `direct`: safe
 * (a limit cannot be dodged) and right on a development machine or the one-machine demo, where everyone
 * comes from the same address anyway. Production always runs behind a TLS proxy: set the variable there
 * (README, Configuration), otherwise a whole room of learners would share one limit.
 */
export const directClient = 'direct'

/** `TRUSTED_PROXIES` as a whole number of hops; anything else counts as 0. */
export function trustedProxies(value: string | undefined = process.env.TRUSTED_PROXIES): number {
  const hops = Number(value?.trim() || 0)
  return Number.isInteger(hops) && hops > 0 && hops < 100 ? hops : 0
}

export function clientIpFrom(list: Pick<Headers, 'get'>, hops: number): string {
  if (hops < 1) return directClient
  const entries = (list.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!entries.length) return directClient
  // Fewer entries than proxies: the request skipped one of them; the leftmost is the best we have.
  const entry = entries[Math.max(0, entries.length - hops)]!
  // An address, not free text: a bucket key must not be arbitrarily long.
  return entry.length <= 64 ? entry.toLowerCase() : directClient
}
