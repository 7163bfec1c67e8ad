import { sharedLimiter } from '@/lib/auth/rateLimit'

const oneHour = 60 * 60 * 1000

/**
 * Per member, not per address: every proposal and report is signed. Ten proposals and twenty reports an hour
 * is more than anyone shares by hand, and stops a script filling the moderation queue.
 */
export const proposalsByMember = sharedLimiter('resource-proposals-member', 10, oneHour)
export const reportsByMember = sharedLimiter('reports-member', 20, oneHour)
