import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { requestMember } from '@/access/isMember'
import { idOf } from '@/lib/payload/relations'
import type { Accompaniment } from '@/payload-types'

/**
 * An accompaniment recorded by an aidant is theirs and their structure's, whatever was sent (staff choose in
 * /admin). The person is a workshop participant the aidant may see (their structure, and the learner agreed
 * to share), read with the aidant's own rights; the learner's account is taken from that participant, never
 * from the client. Aidant and structure never change afterwards (collections/Accompaniments/index.ts).
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
  if (data.participant === null) data.member = null
  const participantId = idOf(data.participant ?? null)
  if (participantId === null || participantId === idOf(originalDoc?.participant ?? null)) return data
  const participant = await req.payload.findByID({
    collection: 'workshop-participants',
    id: participantId,
    depth: 0,
    // An aidant reads with their own rights; staff and our server read every participant.
    ...(member ? { user: member, overrideAccess: false } : { overrideAccess: true }),
    disableErrors: true,
    req,
  })
  if (!participant) throw new Forbidden(req.t)
  data.member = idOf(participant.member)
  return data
}
