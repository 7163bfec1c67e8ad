import 'server-only'

import { draftMode, headers } from 'next/headers'

import { getPayloadClient } from '@/lib/payload/client'

/**
 * Drafts show on the site only while draft mode is on AND a staff session is valid. Draft mode is a browser
 * cookie that outlives the editor's session: on a shared computer, the next person after a sign-out would
 * still see drafts. Headers are read only when draft mode is on, so public pages stay cacheable.
 */
export async function isPreviewing(): Promise<boolean> {
  if (!(await draftMode()).isEnabled) return false
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user?.collection === 'users'
}
