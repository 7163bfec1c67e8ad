import { randomInt } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, requestMember } from '../../access/isMember'
import { newCode } from './code'

/**
 * A workshop made by an aidant belongs to them and their structure, whatever the form sent; and gets an
 * access code no active workshop uses. (Expired workshops keep theirs: a code only needs to be unique among
 * the codes a learner can still type.)
 */
export const prepareWorkshop: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  const member = requestMember(req)
  if (member && operation === 'create') {
    data.aidant = member.id
    data.structure = idOf(member.structure)
  }
  if (operation === 'create' && !data.code) {
    const now = new Date().toISOString()
    for (let tries = 0; tries < 20; tries++) {
      const code = newCode(randomInt)
      const { totalDocs } = await req.payload.count({
        collection: 'workshops',
        where: { and: [{ code: { equals: code } }, { expiresAt: { greater_than: now } }] },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0) {
        data.code = code
        break
      }
    }
    if (!data.code) throw new Error('no free workshop code')
  }
  return data
}

/** Accompaniments recorded by an aidant are theirs and their structure's. */
export const stampAidant: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  const member = requestMember(req)
  if (member && operation === 'create') {
    data.aidant = member.id
    data.structure = idOf(member.structure)
  }
  return data
}
