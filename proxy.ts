import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

/** Locale detection and prefixing for every site page; Payload (/admin, /api) and assets are left alone. */
export default createMiddleware(routing)

export const config = {
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
