import type { Locale } from '@/i18n/locales'
import type { CatalogueBounds } from './bounds'

/**
 * The proxy's copy of the catalogue bounds (app/api/catalogue/bounds), per locale, kept `ttlMs`; a slug or
 * view missing from it is checked again at once (below). Read from this server itself (its PORT), never from
 * the public host. Null when it cannot be read: the proxy then avoids the page cache rather than guessing.
 */
const ttlMs = 60_000
const memo = new Map<Locale, { at: number; bounds: Promise<CatalogueBounds | null> }>()

async function load(origin: string, locale: Locale): Promise<CatalogueBounds | null> {
  try {
    const response = await fetch(`${origin}/api/catalogue/bounds?locale=${locale}`, { cache: 'no-store' })
    return response.ok ? ((await response.json()) as CatalogueBounds) : null
  } catch {
    return null
  }
}

/**
 * `maxAgeMs` lets a caller ask for a fresher copy: a slug or view missing from the copy is checked again
 * against bounds at most a second old, so a module published on any instance is served at once, while a
 * flood of unknown URLs costs at most one read per second.
 */
export function catalogueBounds(
  requestOrigin: string,
  locale: Locale,
  maxAgeMs = ttlMs,
): Promise<CatalogueBounds | null> {
  const cached = memo.get(locale)
  if (cached && Date.now() - cached.at < maxAgeMs) return cached.bounds
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : requestOrigin
  const bounds = load(origin, locale)
  memo.set(locale, { at: Date.now(), bounds })
  // A failed read is not kept: the next request tries again.
  void bounds.then((b) => b === null && memo.delete(locale))
  return bounds
}
