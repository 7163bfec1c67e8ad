import 'server-only'

import { headers } from 'next/headers'

import { referentStructure } from '@/access/isMember'
import { getCurrentMember, type SignedInMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import type { User } from '@/payload-types'

import type { Scope } from './compute'

/** Who asks for statistics on the site: staff (their /admin session) or a signed-in aidant. */
export type StatisticsViewer =
  | { kind: 'staff'; user: User & { collection: 'users' } }
  | { kind: 'member'; member: SignedInMember }

/** A scope's name in a URL (`?scope=structure`). */
export type ScopeName = 'own' | 'structure' | 'platform'

/** The viewer of this request, or null (a visitor, an apprenant). Staff first: one person may have both sessions. */
export async function statisticsViewer(): Promise<StatisticsViewer | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (user?.collection === 'users') return { kind: 'staff', user: user as User & { collection: 'users' } }
  const member = await getCurrentMember()
  // A temporary password must be changed before anything else, as every member page requires (lib/auth/session.ts).
  return member?.profile === 'aidant' && !member.mustChangePassword ? { kind: 'member', member } : null
}

/** What a viewer may see: staff the platform; a référent their structure and their own; an aidant their own. */
export function scopesOf(viewer: StatisticsViewer): ScopeName[] {
  if (viewer.kind === 'staff') return ['platform']
  return referentStructure(viewer.member) ? ['structure', 'own'] : ['own']
}

/** The scope asked for if the viewer may see it, else their widest one. */
export function scopeFor(viewer: StatisticsViewer, requested?: string): { name: ScopeName; scope: Scope } {
  const allowed = scopesOf(viewer)
  const name = allowed.find((s) => s === requested) ?? allowed[0]!
  if (name === 'platform') return { name, scope: { kind: 'platform' } }
  const member = (viewer as Extract<StatisticsViewer, { kind: 'member' }>).member
  if (name === 'structure') return { name, scope: { kind: 'structure', structure: referentStructure(member)! } }
  return { name, scope: { kind: 'aidant', aidant: member.id } }
}
