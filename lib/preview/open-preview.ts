import type { Locale } from '@/i18n/locales'
import { notAllowed, notFound } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { previewPath } from './previewPath'

export type PreviewInput = { collection: string; id: string; locale: Locale }

/**
 * A staff user (the admin's "Preview" button) opens a document, possibly a draft, where the site shows it:
 * the answer is that page's path. Members and visitors are not allowed; a document shown nowhere is not found.
 */
export async function openPreview({ payload, actor, input }: UseCaseArgs<PreviewInput>): Promise<Result<string>> {
  if (actor?.collection !== 'users') return fail(notAllowed())
  // Drafts are read by the server for staff only, checked just above (previewPath.ts).
  const path = await previewPath(payload, input.collection, input.id, input.locale)
  return path ? ok(path) : fail(notFound('Nothing to preview on the site for this document yet.'))
}
