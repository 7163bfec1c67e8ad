import type { Payload } from 'payload'

import { lengths } from '@/fields/lengths'
import { idOf } from '@/lib/payload/relations'
import type { Actor } from '@/lib/usecases/types'
import type { DiagnosticResult, Member, WorkshopParticipant } from '@/payload-types'

export type Attribution = Pick<
  DiagnosticResult,
  'member' | 'aidant' | 'structure' | 'shared' | 'learnerCode' | 'workshop' | 'participant'
>

/** An aidant's apprenants, to run a diagnostic for one of them. */
export async function structureLearners(payload: Payload, aidant: Member | null) {
  const structure = aidant?.profile === 'aidant' ? idOf(aidant.structure) : null
  if (!structure) return []
  const { docs } = await payload.find({
    collection: 'members',
    where: { and: [{ structure: { equals: structure } }, { profile: { equals: 'apprenant' } }] },
    sort: 'name',
    limit: 500,
    depth: 0,
    select: { name: true, username: true },
    // Members are not readable by other members; the aidant's own structure is the filter above.
    overrideAccess: true,
  })
  return docs.map((m) => ({ id: m.id, name: m.username ? `${m.name} (${m.username})` : m.name }))
}

/**
 * Who a result belongs to. A member alone: to them only; their structure sees it only through a workshop
 * they agreed to share. An aidant running it with someone: to the aidant's structure, shared, with the
 * chosen apprenant of that structure or an anonymous code (the person takes it with the aidant, who sees
 * every answer as it is given; whoever does not want that takes it alone). A staff user or a visitor: nobody's.
 */
export async function attribution(
  payload: Payload,
  actor: Actor,
  learner: number | null,
  learnerCode: string,
): Promise<Attribution> {
  const current = actor?.collection === 'members' ? actor : null
  if (current?.profile !== 'aidant')
    return { member: current?.id ?? null, aidant: null, structure: null, shared: false, learnerCode: null }
  const structure = idOf(current.structure) ?? null
  const learners = learner ? await structureLearners(payload, current) : []
  const chosen = learners.some((l) => l.id === learner) ? learner : null
  return {
    member: chosen,
    aidant: current.id,
    structure,
    shared: structure !== null,
    learnerCode: chosen ? null : learnerCode.trim().slice(0, lengths.code) || null,
  }
}

/**
 * A result a learner takes in a workshop also belongs to that workshop and participant; the workshop's
 * structure reads it only if the learner agreed to share (access/diagnosticResultRead.ts checks `shared`).
 * Without that consent no structure is recorded at all, not even the learner's own (docs/adr/0011). An
 * aidant running a diagnostic for someone keeps their own attribution.
 */
export function inWorkshop(owner: Attribution, participant: WorkshopParticipant | null | undefined): Attribution {
  if (!participant || owner.aidant) return owner
  const shared = Boolean(participant.shared)
  return {
    ...owner,
    member: owner.member ?? idOf(participant.member),
    workshop: idOf(participant.workshop),
    participant: participant.id,
    structure: shared ? idOf(participant.structure) : null,
    shared,
  }
}
