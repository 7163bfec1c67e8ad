import { randomInt } from 'node:crypto'

import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { requestMember } from '@/access/isMember'
import { idOf } from '@/lib/payload/relations'
import type { Workshop } from '@/payload-types'
import { newCode } from '@/lib/workshops/code'

/** Whether an active workshop (not yet expired) already uses this code. */
async function codeInUse(req: PayloadRequest, code: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'workshops',
    where: { and: [{ code: { equals: code } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * On create, a workshop made by an aidant belongs to them and their structure, whatever was sent; and gets
 * an access code no active workshop uses. (Expired workshops keep theirs: a code only needs to be unique
 * among the codes a learner can still type.) A client's code never reaches here (the field refuses it);
 * our seed may bring its own demo code, checked the same way. On update nothing is decided here: code,
 * aidant and structure refuse every client value (collections/Workshops/index.ts).
 */
export const prepareWorkshop: CollectionBeforeChangeHook<Workshop> = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const member = requestMember(req)
  if (member) {
    data.aidant = member.id
    data.structure = idOf(member.structure) ?? undefined
  }
  if (data.code) {
    if (await codeInUse(req, data.code)) throw new Error(`workshop code ${data.code} is in use`)
    return data
  }
  for (let tries = 0; tries < 20; tries++) {
    const code = newCode(randomInt)
    if (!(await codeInUse(req, code))) {
      data.code = code
      return data
    }
  }
  throw new Error('no free workshop code')
}
