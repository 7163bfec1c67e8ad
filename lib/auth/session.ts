import 'server-only'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'

import { auth } from '@/auth'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import type { Member } from '@/payload-types'
import { getPayloadClient } from '@/lib/payload/client'

export { safeReturnPath } from './returnPath'

/** A member as Payload's access rules expect a `user`. */
export type SignedInMember = Member & { collection: 'members' }

/** The signed-in member, read fresh from the database (once per request). */
export const getCurrentMember = cache(async (): Promise<SignedInMember | null> => {
  const session = await auth()
  const id = session?.member?.id
  if (!id) return null
  const payload = await getPayloadClient()
  const member = await payload.findByID({
    collection: 'members',
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
  })
  return member ? { ...member, collection: 'members' } : null
})

/**
 * Pages for members call this first: anonymous visitors go to sign-in and come back to `returnTo`; a
 * temporary password must be changed before anything else; aidant-only pages send apprenants to their space.
 */
export async function requireMember(
  locale: Locale,
  returnTo: string,
  { aidant = false, temporaryPasswordAllowed = false } = {},
): Promise<SignedInMember> {
  const member = await getCurrentMember()
  if (!member) redirect(getPathname({ href: { pathname: '/connexion', query: { retour: returnTo } }, locale }))
  if (member.mustChangePassword && !temporaryPasswordAllowed)
    redirect(getPathname({ href: '/compte', locale }) + '#mot-de-passe')
  if (aidant && member.profile !== 'aidant') redirect(getPathname({ href: '/espace-apprenant', locale }))
  return member
}

/**
 * A readable cookie with the member's first name and profile, so the header of cached pages can greet them
 * without asking the server. It grants nothing: every page and action checks the real session.
 */
export const memberHintCookie = 'digit_member'

export async function setMemberHint(member: Pick<Member, 'name' | 'profile'>): Promise<void> {
  ;(await cookies()).set(memberHintCookie, JSON.stringify({ n: member.name, p: member.profile }), {
    path: '/',
    sameSite: 'lax',
    maxAge: 14 * 24 * 3600,
  })
}

export async function clearMemberHint(): Promise<void> {
  ;(await cookies()).delete(memberHintCookie)
}
