import { conflict } from '@/lib/errors'

/** What the spam check of a public form (lib/forms/spam.ts: honeypot, then rate limit) says of a submission. */
export type SpamVerdict = 'ok' | 'bot' | 'limited'

/**
 * The spam check as a use case of a public form receives it: asked only once the input is valid (a mistyped
 * address costs no rate-limit token). A bot gets the answer a person would, and nothing is written.
 */
export type SpamGate = () => Promise<SpamVerdict>

/** No check: for callers that are not a public form (tests, scripts). */
export const noSpamCheck: SpamGate = async () => 'ok'

/** Too many submissions from one address: the form says to wait. */
export const rateLimited = () => conflict({ form: 'rateLimited' }, 'rate limited')
