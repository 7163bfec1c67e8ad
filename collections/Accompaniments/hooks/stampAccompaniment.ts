import { type CollectionBeforeChangeHook, Forbidden, type PayloadRequest } from 'payload'

import { requestMember } from '@/access/isMember'
import { territoryOf } from '@/lib/accompaniments/territory'
import { idOf } from '@/lib/payload/relations'
import type { Accompaniment } from '@/payload-types'

type Id = number | { id: number } | null | undefined

/**
 * An activity recorded by an aidant is theirs and their structure's, whatever was sent (staff choose in
 * /admin). People, participants and the workshop are read with the aidant's own rights (their structure's, and
 * learners who agreed to share): one they may not see is refused. The learner's account is taken from the
 * participant, the territory from the postcode (or the structure's), never from the client. A one-to-one
 * activity keeps no collective fields and the reverse, so the figures count each person once.
 */
export const stampAccompaniment: CollectionBeforeChangeHook<Accompaniment> = async ({
  data,
  req,
  operation,
  originalDoc,
}) => {
  const member = requestMember(req)
  if (member && operation === 'create') {
    data.aidant = member.id
    data.structure = idOf(member.structure) ?? undefined
  }
  const doc = { ...originalDoc, ...data }
  const visible = visibleTo(req)

  if (doc.kind === 'collective') {
    Object.assign(data, { participant: null, member: null, personCode: null, autonomy: null })
    data.beneficiary = { gender: null, ageBand: null, situation: null, residencePostcode: null, firstTime: null }
    // Hooks run before validation: a malformed value is left for it to refuse (400), never read here (500).
    const participants = (Array.isArray(doc.participants) ? doc.participants : [])
      .map((p) => idOf(p as Id))
      .filter((id): id is number => Number.isInteger(id))
    const before = new Set((originalDoc?.participants ?? []).map((p) => idOf(p as Id)))
    for (const id of participants) if (!before.has(id)) await visible('workshop-participants', id)
    const count = typeof doc.participantsCount === 'number' ? doc.participantsCount : 0
    data.participantsCount = Math.max(count, participants.length, 1)
  } else {
    Object.assign(data, { title: null, level: null, participants: [], participantsCount: null })
    if (data.participant === null) data.member = null
    const participantId = idOf(data.participant ?? null)
    if (Number.isInteger(participantId) && participantId !== idOf(originalDoc?.participant ?? null)) {
      const participant = await visible('workshop-participants', participantId!)
      data.member = idOf(participant.member as Id)
    }
  }
  if (!doc.referred) data.referredTo = null

  const workshop = idOf(data.workshop as Id)
  if (Number.isInteger(workshop) && workshop !== idOf(originalDoc?.workshop as Id))
    await visible('workshops', workshop!)

  const placeChanged =
    operation === 'create' ||
    data.postcode !== undefined ||
    data.country !== undefined ||
    !originalDoc?.territory?.country
  if (placeChanged) data.territory = await territoryFor(req, doc)
  return data
}

/** Reads a document as the acting aidant may (staff and our server read all); one they may not see is refused. */
const visibleTo =
  (req: PayloadRequest) =>
  async <C extends 'workshop-participants' | 'workshops'>(collection: C, id: number) => {
    const member = requestMember(req)
    const found = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      ...(member ? { user: member, overrideAccess: false } : { overrideAccess: true }),
      disableErrors: true,
      req,
    })
    if (!found) throw new Forbidden(req.t)
    return found
  }

/** The activity's postcode if it has a valid one, else its structure's. */
async function territoryFor(req: PayloadRequest, doc: Partial<Accompaniment>): Promise<Accompaniment['territory']> {
  const own = doc.postcode ? await territoryOf(doc.country ?? 'BE', doc.postcode) : null
  if (own) return own
  const structureId = idOf(doc.structure as Id)
  const structure = structureId
    ? await req.payload.findByID({
        collection: 'structures',
        id: structureId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { postcode: true, country: true },
        req,
      })
    : null
  const fallback = structure?.postcode ? await territoryOf(structure.country ?? 'BE', structure.postcode) : null
  return fallback ?? { country: null, region: null, province: null, municipality: null, municipalityName: null }
}
