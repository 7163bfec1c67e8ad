import { APIError } from 'payload'

import { isPayloadError } from '@/lib/payload/isPayloadError'

import { reportReasons } from '@/lib/resources/reportReasons'
import { lengths } from '@/fields/lengths'
import { invalid, notAllowed, notFound } from '@/lib/errors'
import { rateLimited } from '@/lib/forms/gate'
import type { FieldErrors } from '@/lib/forms/types'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Report } from '@/payload-types'

export type ReportKind = 'module' | 'ressource'
export type ReportInput = { kind: ReportKind; id: number; reason: string; comment: string }

const collectionOf = { module: 'modules', ressource: 'community-resources' } as const

/**
 * A signed-in member reports a module or a community resource they can see. Written as the member (the
 * collection's access and hook set the reporter and count the reports: collections/Reports.ts).
 */
export async function reportContent({ payload, actor, input }: UseCaseArgs<ReportInput>): Promise<Result<number>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  const relationTo = collectionOf[input.kind]
  const target = await payload
    .findByID({
      collection: relationTo,
      id: input.id,
      depth: 0,
      overrideAccess: false,
      user: actor,
      disableErrors: true,
    })
    .catch(() => null)
  if (!target) return fail(notFound())
  const errors: FieldErrors = {}
  const comment = input.comment.trim()
  if (!(reportReasons as readonly string[]).includes(input.reason)) errors.reason = 'required'
  if (comment.length > lengths.message) errors.comment = 'tooLong'
  if (Object.keys(errors).length) return fail(invalid(errors))
  try {
    const report = await payload.create({
      collection: 'reports',
      data: {
        target: { relationTo, value: input.id } as Report['target'],
        reason: input.reason as Report['reason'],
        comment: comment || undefined,
        // Dropped for members (staff-only field): every report starts open, by default.
        status: 'open',
      },
      overrideAccess: false,
      user: actor,
    })
    return ok(report.id)
  } catch (error) {
    if (isPayloadError(error, APIError) && error.status === 429) return fail(rateLimited())
    throw error
  }
}
