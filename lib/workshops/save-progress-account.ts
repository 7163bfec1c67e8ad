import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { notAllowed } from '@/lib/errors'
import { signUp } from '@/lib/members/sign-up'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Member } from '@/payload-types'

export type ProgressAccountInput = {
  /** The participant this browser proves (lib/workshops/session.ts), null when it proves none. */
  participant: number | null
  username: string
  password: string
  passwordConfirm: string
  locale: Locale
}

/**
 * "Save my progress": a workshop participant without an account becomes an apprenant under the name they
 * joined with, and keeps what they did. Only for someone signed out, and once per participant. The caller
 * signs the new account in.
 */
export async function saveProgressAccount({
  payload,
  actor,
  input,
}: UseCaseArgs<ProgressAccountInput>): Promise<Result<Member>> {
  if (actor || !input.participant) return fail(notAllowed())
  // System read: a participant has no rights of their own; the signed cookie is their proof.
  const participant = await payload.findByID({
    collection: 'workshop-participants',
    id: input.participant,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!participant || participant.member) return fail(notAllowed())
  const account = await signUp({
    payload,
    actor: null,
    input: {
      profile: 'apprenant',
      name: participant.name,
      email: '',
      username: input.username,
      password: input.password,
      passwordConfirm: input.passwordConfirm,
      locale: input.locale,
    },
  })
  if (!account.ok) return account
  await attachAccount(payload, participant.id, account.value)
  return ok(account.value)
}

/** The participant and their progress rows now belong to the account. */
async function attachAccount(payload: Payload, participantId: number, member: Member): Promise<void> {
  // System writes: participants and progress are written by the server only.
  await payload.update({
    collection: 'workshop-participants',
    id: participantId,
    data: { member: member.id },
    overrideAccess: true,
  })
  const { docs } = await payload.find({
    collection: 'progress',
    where: { participant: { equals: participantId } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const row of docs) {
    await payload.update({
      collection: 'progress',
      id: row.id,
      data: { member: member.id, key: `m${member.id}:f${idOf(row.formation)}` },
      overrideAccess: true,
    })
  }
}
