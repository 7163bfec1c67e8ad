import type { Access } from 'payload'

import { requestMember } from '@/access/isMember'

/** Any signed-in member (aidant or apprenant); not staff, not anonymous visitors. */
export const signedInMember: Access = ({ req }) => requestMember(req) !== null
