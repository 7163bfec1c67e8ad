import type { CollectionBeforeChangeHook } from 'payload'

import { freePersonalCode } from '@/lib/workshops/issuePersonalCode'
import type { WorkshopParticipant } from '@/payload-types'

/**
 * Every new participant without an account gets a personal code at once, whoever creates it (joining, the seed, staff), so the
 * card can be printed in the room. Participants from before issue 18 get theirs when a card is first shown
 * (lib/workshops/progressCards.ts). A client never sends one: the fields refuse every client value.
 */
export const issuePersonalCode: CollectionBeforeChangeHook<WorkshopParticipant> = async ({ data, req, operation }) => {
  // A member who joins with their account signs in with it: a code would open nothing.
  if (operation !== 'create' || data.member) return data
  const { fields } = await freePersonalCode(req.payload, req)
  return { ...data, ...fields }
}
