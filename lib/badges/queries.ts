import 'server-only'

import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { idOf } from '@/lib/payload/relations'
import type { Learner } from '@/lib/progress/rows'
import type { Badge, Member, WorkshopParticipant } from '@/payload-types'

import { type Achievement, achievementText } from './achievements'
import { publicKeySet, verifyCredential } from './credential'
import { badgePublicId } from './publicId'
import { signingKey } from './signingKey'

/** What the public page, the certificate and the lists show of a badge, in the page's language. */
export type BadgeView = {
  publicId: string
  name: string
  description: string
  criteria: string
  issuedAt: string
  /** The holder's first name, only if they chose to show it. */
  holder: string | null
  showName: boolean
  structure: string | null
  revoked: { at: string; reason: string } | null
}

const named = (value: unknown, field: 'name' | 'title'): string | null =>
  value && typeof value === 'object' && field in value ? String((value as Record<string, unknown>)[field]) : null

/** A badge read at depth 1 in one language, as the page shows it. */
export function badgeView(badge: Badge, locale: Locale): BadgeView {
  const achievement: Achievement =
    badge.kind === 'parcours'
      ? {
          kind: 'parcours',
          key: badge.achievement,
          parcours: {
            id: idOf(badge.parcours) ?? 0,
            title: named(badge.parcours, 'title') ?? badge.title ?? '',
            modules: [],
          },
        }
      : {
          kind: 'level',
          key: badge.achievement,
          theme: { id: idOf(badge.theme) ?? 0, title: named(badge.theme, 'title') ?? badge.title ?? '', slug: '' },
          level: badge.level ?? 0,
        }
  const text = achievementText(achievement, locale)
  const holder = named(badge.participant, 'name') ?? named(badge.member, 'name')
  return {
    publicId: badge.publicId,
    name: text.name,
    description: text.description,
    criteria: text.criteria,
    issuedAt: badge.issuedAt,
    holder: badge.showName ? holder : null,
    showName: Boolean(badge.showName),
    structure: named(badge.structure, 'name'),
    revoked: badge.revoked ? { at: badge.revokedAt ?? badge.updatedAt, reason: badge.revocationReason ?? '' } : null,
  }
}

/** A badge by its public id, for the public page (read as the system: the page shows only what BadgeView keeps). */
export async function findBadge(payload: Payload, id: unknown, locale: Locale): Promise<Badge | null> {
  const publicId = badgePublicId(id)
  if (!publicId) return null
  const { docs } = await payload.find({
    collection: 'badges',
    where: { publicId: { equals: publicId } },
    depth: 1,
    limit: 1,
    locale,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/**
 * Whether the stored credential's signature checks with the key this platform publishes
 * (app/api/open-badges/jwks.json), and that it is this badge's credential.
 */
export async function signatureChecks(badge: Badge): Promise<boolean> {
  const result = await verifyCredential(badge.credential, publicKeySet(await signingKey()))
  return result.valid && result.credential.id === `urn:uuid:${badge.publicId}`
}

/** The badges of the learner in this browser: as a member, and as the workshop participant they are. */
export async function learnerBadges(payload: Payload, learner: Learner, locale: Locale): Promise<BadgeView[]> {
  const or: Where[] = []
  if (learner.member) or.push({ member: { equals: learner.member.id } })
  if (learner.participant) or.push({ participant: { equals: learner.participant.id } })
  if (!or.length) return []
  const { docs } = await payload.find({
    collection: 'badges',
    where: { or },
    sort: '-issuedAt',
    depth: 1,
    limit: 100,
    locale,
    overrideAccess: true,
  })
  return docs.map((b) => badgeView(b, locale))
}

/**
 * The badges an aidant may see of one learner of their structure: read with the aidant's own rights, so only
 * those of learners who agreed to share (access/learnerDataRead.ts).
 */
export async function followedBadges(
  payload: Payload,
  aidant: Member,
  participant: WorkshopParticipant,
  locale: Locale,
): Promise<BadgeView[]> {
  const account = idOf(participant.member)
  const { docs } = await payload.find({
    collection: 'badges',
    where: {
      or: [{ participant: { equals: participant.id } }, ...(account ? [{ member: { equals: account } }] : [])],
    },
    sort: '-issuedAt',
    depth: 1,
    limit: 100,
    locale,
    user: { ...aidant, collection: 'members' },
    overrideAccess: false,
  })
  return docs.map((b) => badgeView(b, locale))
}
