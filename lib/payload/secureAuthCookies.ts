import type { Config, Plugin } from 'payload'

/**
 * Marks the session cookie of every auth collection (users, members) `Secure` when the site is served over
 * https, in one place rather than on each collection. The origin is static configuration here
 * (`NEXT_PUBLIC_SERVER_URL`); when it is unset, the REST route adds `Secure` per request from the public
 * origin (lib/http/csrf.ts `withSecureSessionCookie`). Plain http (local demo) keeps a cookie without it, or
 * the browser would drop it.
 */
export function secureAuthCookies(secure: boolean): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (!collection.auth) return collection
      const auth = collection.auth === true ? {} : collection.auth
      return { ...collection, auth: { ...auth, cookies: { ...auth.cookies, secure } } }
    }),
  })
}
