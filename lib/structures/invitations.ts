/** How long an invitation link works. */
export const invitationDays = 14

/**
 * The only way to hand an invitation token's hash to the collection: `context` exists on the server only
 * (lib/structures/membership.ts invite), never in a REST body. The field itself refuses client values.
 */
export const invitationTokenContext = 'invitationTokenHash'
