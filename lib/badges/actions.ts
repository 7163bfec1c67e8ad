'use server'

import { revalidatePath } from 'next/cache'
import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { actionForm } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import { getCurrentLearner } from '@/lib/workshops/learner'
import { setBadgeNameChoice } from './set-badge-name-choice'

/**
 * The learner shows or hides their first name on one badge's public page (a button in the learner space),
 * then sees the learner space again. A badge that is not theirs, or garbage, is a 404.
 */
export async function setBadgeNameAction(locale: Locale, form: FormData): Promise<void> {
  actionForm(locale, form)
  const result = await setBadgeNameChoice({
    payload: await getPayloadClient(),
    learner: await getCurrentLearner(),
    input: { badge: String(form.get('badge') ?? ''), show: form.get('show') === '1' },
  })
  if (!result.ok) notFound()
  // The learner space again, with the choice applied (a redirect to the same address would not re-render it).
  revalidatePath(getPathname({ href: '/espace-apprenant', locale }))
}
