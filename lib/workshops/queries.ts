import 'server-only'

import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import type { Workshop } from '@/payload-types'
import type { SignedInMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'

/** What an aidant can share: published modules and parcours, by title. */
export async function shareableContent(locale: Locale) {
  const payload = await getPayloadClient()
  const common = { locale, depth: 0, limit: 0, pagination: false, overrideAccess: false, draft: false } as const
  const [modules, parcours] = await Promise.all([
    payload.find({ collection: 'modules', sort: 'title', select: { title: true, level: true }, ...common }),
    payload.find({ collection: 'parcours', sort: 'title', select: { title: true }, ...common }),
  ])
  return { modules: modules.docs, parcours: parcours.docs }
}

/** The workshops an aidant can see (their structure's and their own), newest first. */
export async function workshopsOf(aidant: SignedInMember): Promise<Workshop[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'workshops',
    sort: '-date',
    depth: 0,
    limit: 50,
    user: aidant,
    overrideAccess: false,
  })
  return docs
}

/** One workshop, read with the aidant's rights: another structure's workshop is a 404. */
export async function requireWorkshop(aidant: SignedInMember, id: string): Promise<Workshop> {
  const payload = await getPayloadClient()
  const workshop = Number.isInteger(Number(id))
    ? await payload.findByID({
        collection: 'workshops',
        id: Number(id),
        depth: 0,
        user: aidant,
        overrideAccess: false,
        disableErrors: true,
      })
    : null
  if (!workshop) notFound()
  return workshop
}
