import 'server-only'

import type { Locale } from '@/i18n/locales'
import { isPreview, requireResourceReader } from '@/lib/catalogue/page'
import { getCurrentMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import { workshopSharesModule } from './content'
import { type CurrentLearner, getCurrentLearner } from './learner'

/**
 * Who may play a module's formation: a signed-in member, or a workshop participant whose workshop shares
 * this module. Anyone else goes to sign-in. Staff previewing a draft play it without saving (null).
 */
export async function requireFormationLearner(
  locale: Locale,
  slug: string,
  moduleId: number,
): Promise<CurrentLearner | null> {
  if (await isPreview()) return null
  const learner = await getCurrentLearner()
  if (!(await getCurrentMember()) && learner.participant && learner.workshop) {
    if (await workshopSharesModule(await getPayloadClient(), learner.workshop, moduleId)) return learner
  }
  await requireResourceReader(locale, slug, 'formation')
  return learner
}
