import type { Access, FieldAccess } from 'payload'

import { requestMember } from '@/access/isMember'
import { requestIsStaff } from '@/access/isStaff'
import { idOf } from '@/lib/payload/relations'

/** Approved resources for everyone; staff see all; a member also sees their own proposals (to follow them). */
export const resourceRead: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  const approved = { moderationStatus: { equals: 'approved' } }
  return member ? { or: [approved, { proposedBy: { equals: member.id } }] } : approved
}

/** Who proposed it and why it was refused: staff, and the contributor themself. */
export const staffOrProposer: FieldAccess = ({ req, doc }) =>
  requestIsStaff(req) || (requestMember(req) !== null && idOf(doc?.proposedBy) === requestMember(req)?.id)

/** Reports: any signed-in member may report; staff handle them. */
export const memberOnly: Access = ({ req }) => requestMember(req) !== null

/** A reporter reads their own reports; staff read all. */
export const reporterOrStaff: Access = ({ req }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  return member ? { reporter: { equals: member.id } } : false
}

/** A validation message of the admin in the editor's language (swapped for lib/payload/adminMessage at merge). */
export function adminText(req: { i18n?: { language?: string } } | undefined, text: { fr: string; nl: string }) {
  return req?.i18n?.language === 'nl' ? text.nl : text.fr
}
