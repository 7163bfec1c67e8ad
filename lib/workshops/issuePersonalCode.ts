import { randomInt } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { newPersonalCode, personalCodeHash, sealPersonalCode } from './personalCode'

/** What a participant stores of a new personal code: the lookup hash and the sealed copy, never the code. */
export type PersonalCodeFields = { personalCodeHash: string; personalCodeSealed: string }

/**
 * A personal code no participant holds, made with a CSPRNG (crypto.randomInt). At 46 bits a clash is
 * unlikely even with millions of participants, but it is checked: two learners must never share a code.
 */
export async function freePersonalCode(
  payload: Payload,
  req?: PayloadRequest,
): Promise<{ code: string; fields: PersonalCodeFields }> {
  for (let tries = 0; tries < 5; tries++) {
    const code = newPersonalCode(randomInt)
    const hash = personalCodeHash(code)
    // System read: the hash is a staff-only field, and uniqueness is checked across every workshop.
    const { totalDocs } = await payload.count({
      collection: 'workshop-participants',
      where: { personalCodeHash: { equals: hash } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return { code, fields: { personalCodeHash: hash, personalCodeSealed: sealPersonalCode(code) } }
  }
  throw new Error('no free personal code')
}

/** Gives a participant a new personal code (the old one stops at once) and returns it, for their card. */
export async function givePersonalCode(payload: Payload, participant: number): Promise<string> {
  const fresh = await freePersonalCode(payload)
  // System write: the code fields are the server's alone (collections/WorkshopParticipants/index.ts).
  await payload.update({
    collection: 'workshop-participants',
    id: participant,
    data: fresh.fields,
    overrideAccess: true,
  })
  return fresh.code
}
