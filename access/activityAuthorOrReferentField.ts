import type { FieldAccess } from 'payload'

import { idOf } from '@/lib/payload/relations'
import { referentStructure, requestMember } from './isMember'
import { requestIsStaff } from './isStaff'

/**
 * What an aidant wrote about a person (notes, the anonymous code, the profile): read by the aidant who logged
 * the activity, their structure's référents and staff. Colleagues of the structure still see the activity and
 * its figures, not these.
 */
export const activityAuthorOrReferentField: FieldAccess = ({ req, doc }) => {
  if (requestIsStaff(req)) return true
  const member = requestMember(req)
  if (!member || !doc) return false
  const referent = referentStructure(member)
  return idOf(doc.aidant) === member.id || (referent !== null && idOf(doc.structure) === referent)
}
