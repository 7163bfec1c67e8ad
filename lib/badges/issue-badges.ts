import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { uniqueRefusal } from '@/lib/concurrency/lease'
import { notAllowed } from '@/lib/errors'
import { idOf } from '@/lib/payload/relations'
import { completedModules, type Learner } from '@/lib/progress/rows'
import { fail, ok, type Result } from '@/lib/result'
import type { Badge } from '@/payload-types'

import { type Achievement, achievementText, badgePath, type BadgeCatalogue, earnedAchievements } from './achievements'
import { buildCredential, signCredential } from './credential'
import { signingKey } from './signingKey'

export type IssueBadgesInput = {
  catalogue: BadgeCatalogue
  /** The language the learner is using: the credential's texts are written in it. */
  locale: Locale
  /** The public origin (lib/http/origin.ts), for the issuer's and the verification page's URLs. */
  origin: string
}

/** The platform's name as issuer of every credential (a brand, the same in both languages). */
export const issuerName = '123Digit'

/**
 * Issues the badges a learner has earned and does not hold yet, from every formation they completed: called
 * after a save that completed a formation (app/api/player/progress), so a badge missed once (a crash, a lost
 * response) is issued at the next completion. One per learner and achievement: the unique `key` decides
 * between instances saving at the same moment, and the loser simply skips it. The learner acts instead of an
 * actor (a workshop participant is nobody the access layer knows), as in lib/progress/save-progress.ts.
 */
export async function issueBadges({
  payload,
  learner,
  input,
  now = new Date(),
}: {
  payload: Payload
  learner: Learner
  input: IssueBadgesInput
  now?: Date
}): Promise<Result<Badge[]>> {
  const holder = learner.member ? `m${learner.member.id}` : learner.participant ? `p${learner.participant.id}` : null
  if (!holder) return fail(notAllowed())
  const earned = earnedAchievements(input.catalogue, await completedModules(payload, learner))
  if (!earned.length) return ok([])
  const held = await payload.find({
    collection: 'badges',
    where: { key: { in: earned.map((a) => `${holder}:${a.key}`) } },
    select: { key: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const heldKeys = new Set(held.docs.map((b) => b.key))
  const issued: Badge[] = []
  for (const achievement of earned) {
    const key = `${holder}:${achievement.key}`
    if (heldKeys.has(key)) continue
    try {
      issued.push(await createBadge(payload, learner, key, achievement, input, now))
    } catch (error) {
      // Another instance issued it a moment ago: the learner holds it, which is all that matters.
      if (!uniqueRefusal(error, 'key')) throw error
    }
  }
  return ok(issued)
}

async function createBadge(
  payload: Payload,
  learner: Learner,
  key: string,
  achievement: Achievement,
  { locale, origin }: IssueBadgesInput,
  now: Date,
): Promise<Badge> {
  const publicId = randomUUID()
  const text = achievementText(achievement, locale)
  const credential = await signCredential(
    buildCredential({
      origin,
      publicId,
      verificationUrl: `${origin}${badgePath(locale, publicId)}`,
      issuedAt: now,
      lang: locale,
      achievement: text,
      issuerName,
    }),
    await signingKey(),
  )
  const participant = learner.participant
  // A system write: badges are issued by our server only (collections/Badges), nobody may create one.
  return payload.create({
    collection: 'badges',
    overrideAccess: true,
    depth: 0,
    data: {
      publicId,
      key,
      achievement: achievement.key,
      title: text.name,
      kind: achievement.kind,
      ...(achievement.kind === 'level'
        ? { theme: achievement.theme.id, level: achievement.level }
        : { parcours: achievement.parcours.id }),
      member: learner.member?.id ?? null,
      participant: participant?.id ?? null,
      workshop: participant ? idOf(participant.workshop) : null,
      structure: participant ? idOf(participant.structure) : null,
      shared: Boolean(participant?.shared),
      lang: locale,
      issuedAt: now.toISOString(),
      credential,
    },
  })
}
