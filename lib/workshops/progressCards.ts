import type { Payload } from 'payload'

import type { WorkshopParticipant } from '@/payload-types'

import { givePersonalCode } from './issuePersonalCode'
import { openPersonalCode } from './personalCode'

/** What a "carte de progression" shows: whose it is and the personal code in clear. */
export type ProgressCard = { participant: number; name: string; code: string }

/**
 * The card of a participant (read with overrideAccess: the sealed code is a staff-only field). A participant
 * from before personal codes, or whose sealed copy cannot be opened (PAYLOAD_SECRET changed), gets a new
 * code now: issuing lazily needs no data migration and works the same on SQLite and MongoDB (docs/adr/0022).
 */
export async function cardOf(payload: Payload, participant: WorkshopParticipant): Promise<ProgressCard> {
  const code = openPersonalCode(participant.personalCodeSealed)
  if (code) return { participant: participant.id, name: participant.name, code }
  return { participant: participant.id, name: participant.name, code: await givePersonalCode(payload, participant.id) }
}
