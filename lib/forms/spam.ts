import 'server-only'

import { sharedLimiter } from '@/lib/auth/rateLimit'
import { requestIp } from '@/lib/http/clientIp'

/** The name of the field people never see and bots fill in (components/forms/Honeypot.tsx). */
export const honeypotName = 'website_url'

const tenMinutes = 10 * 60 * 1000
/** Public forms (comments, contact, newsletter, event registrations): per IP address. */
// Generous: a public computer room shares one address between many people.
export const publicFormsByIp = sharedLimiter('public-forms-ip', 30, tenMinutes)

/** One rule for client addresses (X-Forwarded-For only as far as TRUSTED_PROXIES says): lib/http/clientIp. */
export const clientIp = requestIp

/**
 * 'bot' when the hidden field was filled (answer as if all went well, store nothing), 'limited' after too
 * many submissions from one address, else 'ok'.
 */
export async function spamCheck(form: FormData, limiter = publicFormsByIp): Promise<'ok' | 'bot' | 'limited'> {
  if (String(form.get(honeypotName) ?? '').trim()) return 'bot'
  return (await limiter.take(await clientIp())) ? 'ok' : 'limited'
}
