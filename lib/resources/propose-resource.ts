import { randomBytes } from 'node:crypto'

import { ValidationError } from 'payload'

import { isPayloadError } from '@/lib/payload/isPayloadError'

import type { Locale } from '@/i18n/locales'
import { invalid, notAllowed } from '@/lib/errors'
import { rateLimited } from '@/lib/forms/gate'
import { idOf } from '@/lib/payload/relations'
import { fail, ok, type Result } from '@/lib/result'
import { slugify } from '@/lib/text/slugify'
import type { RateLimiter } from '@/lib/auth/rateLimit'
import type { UseCaseArgs } from '@/lib/usecases/types'

import { checkProposalFile } from './fileCheck'
import { proposalsByMember } from './limits'
import { checkProposal, type ProposalInput } from './proposal'

export type ProposeInput = ProposalInput & { file: { bytes: Uint8Array; name: string } | null; locale: Locale }

/**
 * An aidant proposes a community resource: checked (the file by its content), then stored as `pending` for
 * the editorial team, attributed to the aidant and/or their own structure. Who proposed it comes from the
 * session, never from the form. Returns the new resource's id.
 */
export async function proposeResource({
  payload,
  actor,
  input,
  limiter = proposalsByMember,
}: UseCaseArgs<ProposeInput> & { limiter?: RateLimiter }): Promise<Result<number>> {
  if (actor?.collection !== 'members' || actor.profile !== 'aidant') return fail(notAllowed())
  const structureId = idOf(actor.structure) ?? null
  const themes = await payload.find({ collection: 'themes', limit: 200, depth: 0, select: {}, overrideAccess: false })
  const errors = checkProposal(
    { ...input, hasFile: Boolean(input.file) },
    themes.docs.map((t) => String(t.id)),
    structureId !== null,
  )
  const file = input.file ? await checkProposalFile(input.file.bytes, input.file.name) : null
  if (file && !file.ok) errors.file = file.error
  if (Object.keys(errors).length) return fail(invalid(errors))
  if (!(await limiter.take(String(actor.id)))) return fail(rateLimited())

  const structure =
    input.attributeStructure && structureId !== null
      ? await payload.findByID({ collection: 'structures', id: structureId, depth: 0, overrideAccess: true })
      : null
  // Members may not upload to the media library nor create resources through the API (staff only): the
  // server writes both once everything above has been checked, with the proposer taken from the session.
  let media: { id: number } | null = null
  if (file?.ok && input.file) {
    try {
      media = await payload.create({
        collection: 'media',
        data: { alt: input.title, awaitingReview: true },
        file: {
          data: Buffer.from(input.file.bytes),
          mimetype: file.mime,
          name: file.name,
          size: input.file.bytes.length,
        },
        locale: input.locale,
        overrideAccess: true,
      })
    } catch (error) {
      // Payload checks the content again (a PDF must have its cross-reference table…): same answer at the field.
      if (isPayloadError(error, ValidationError)) return fail(invalid({ file: 'fileType' }))
      throw error
    }
  }
  const texts = { title: input.title, description: input.description, audience: input.audience || undefined }
  const created = await payload.create({
    collection: 'community-resources',
    locale: input.locale,
    overrideAccess: true,
    data: {
      ...texts,
      slug: `${slugify(input.title).slice(0, 88)}-${randomBytes(3).toString('hex')}`,
      theme: Number(input.theme),
      level: input.level as '0' | '1' | '2' | '3',
      licence: input.licence as 'cc-by',
      url: input.url || undefined,
      file: media?.id,
      resourceLanguage: input.locale,
      authorPerson: input.attributePerson ? actor.name : undefined,
      authorOrganisation: structure?.name,
      moderationStatus: 'pending',
      proposedBy: actor.id,
      proposedStructure: structure?.id,
    },
  })
  // The same words in the other language until an editor translates them: the listing never shows a card
  // without a title (the resource's own language is recorded in resourceLanguage).
  const other = input.locale === 'fr' ? 'nl' : 'fr'
  await payload.update({
    collection: 'community-resources',
    id: created.id,
    locale: other,
    data: texts,
    overrideAccess: true,
  })
  return ok(created.id)
}
