import { referentStructure } from '@/access/isMember'
import { idOf } from '@/lib/payload/relations'
import type { Actor } from '@/lib/usecases/types'
import type { Workshop } from '@/payload-types'

/**
 * Who may print and renew the personal codes of a workshop's participants: those who may change the workshop
 * (access/ownerOrReferent.ts), that is staff, the aidant who runs it and their structure's référent. Colleagues
 * who only read the follow-up do not hold the learners' codes (docs/adr/0022).
 */
export function canManageWorkshop(actor: Actor, workshop: Workshop): boolean {
  if (actor?.collection === 'users') return true
  if (actor?.collection !== 'members' || actor.profile !== 'aidant') return false
  if (idOf(workshop.aidant) === actor.id) return true
  const structure = referentStructure(actor)
  return structure !== null && structure === idOf(workshop.structure)
}

/** Whether the actor could run workshops at all (an aidant or staff): anyone else is refused outright. */
export const runsWorkshops = (actor: Actor): boolean =>
  actor?.collection === 'users' || (actor?.collection === 'members' && actor.profile === 'aidant')
