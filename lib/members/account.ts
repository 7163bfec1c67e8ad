import type { Payload } from 'payload'

import { isLocale } from '@/i18n/locales'
import type { Member } from '@/payload-types'
import { leaveStructure } from '@/lib/structures/membership'
import type { Result } from './signup'
import { checkEmail, checkName, normalizeEmail } from './validation'
import type { FieldErrors } from '@/lib/forms/types'

/** Name, language and, for apprenants, an optional e-mail address (aidants sign in with theirs). */
export async function updateProfile(
  payload: Payload,
  member: Member,
  input: { name: string; locale: string; email?: string },
): Promise<Result<Member>> {
  const errors: FieldErrors = {}
  checkName(errors, input.name)
  if (!isLocale(input.locale)) errors.locale = 'required'
  const email = input.email === undefined ? undefined : normalizeEmail(input.email)
  if (email !== undefined) {
    checkEmail(errors, email, member.profile === 'aidant')
    if (!errors.email && email && email !== member.email) {
      const { totalDocs } = await payload.count({ collection: 'members', where: { email: { equals: email } } })
      if (totalDocs) errors.email = 'emailTaken'
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  const updated = await payload.update({
    collection: 'members',
    id: member.id,
    data: {
      name: input.name.trim(),
      locale: input.locale as Member['locale'],
      ...(email !== undefined ? { email: email || null } : {}),
    },
    user: { ...member, collection: 'members' },
    overrideAccess: false,
  })
  return { ok: true, value: updated }
}

/** "Download my data": everything we hold about the member, as JSON. */
export async function exportMemberData(payload: Payload, member: Member) {
  const [self, memberships] = await Promise.all([
    payload.findByID({ collection: 'members', id: member.id, depth: 1, overrideAccess: true }),
    payload.find({
      collection: 'memberships',
      where: { member: { equals: member.id } },
      depth: 0,
      limit: 1000,
      overrideAccess: true,
    }),
  ])
  const structure =
    typeof self.structure === 'object' && self.structure ? { id: self.structure.id, name: self.structure.name } : null
  return {
    exportedAt: new Date().toISOString(),
    account: {
      name: self.name,
      email: self.email ?? null,
      username: self.username ?? null,
      profile: self.profile,
      locale: self.locale,
      structure,
      structureRole: self.structureRole ?? null,
      createdAt: self.createdAt,
      updatedAt: self.updatedAt,
    },
    memberships: memberships.docs.map(({ kind, status, structure: s, createdAt, decidedAt }) => ({
      kind,
      status,
      structure: s,
      createdAt,
      decidedAt,
    })),
  }
}

/**
 * Deletes the account and its personal data: join requests, invitations sent, the member itself. (Learner
 * progress, when it exists, keeps only anonymous aggregates: see the progress issue.)
 */
export async function deleteAccount(payload: Payload, member: Member): Promise<void> {
  await leaveStructure(payload, member)
  await payload.delete({ collection: 'memberships', where: { member: { equals: member.id } }, overrideAccess: true })
  await payload.update({
    collection: 'memberships',
    where: { invitedBy: { equals: member.id } },
    data: { invitedBy: null },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'members', id: member.id, overrideAccess: true })
}
