'use server'

import { getTranslations } from 'next-intl/server'
import { revalidatePath } from 'next/cache'

import { getPathname } from '@/i18n/pathnames'
import type { Locale } from '@/i18n/locales'
import { failureState, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm, formId } from '@/lib/http/actionArgs'
import { notAllowed } from '@/lib/errors'
import { getPayloadClient } from '@/lib/payload/client'
import type { Actor } from '@/lib/usecases/types'

import { createStatisticsLink, revokeStatisticsLink } from './links'
import { statisticsViewer } from './viewer'

/** The acting person: staff by their admin session, an aidant by theirs; nobody else. */
async function actor(): Promise<Actor> {
  const viewer = await statisticsViewer()
  return viewer?.kind === 'staff' ? viewer.user : viewer?.kind === 'member' ? viewer.member : null
}

const statisticsPage = (locale: Locale) => getPathname({ href: '/statistiques', locale })

/** "Partager avec un financeur": the filters of the page come as a query string, read again by the use case. */
export async function createLinkAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const who = await actor()
  if (!who) return failureState(notAllowed(), form)
  const result = await createStatisticsLink({
    payload: await getPayloadClient(),
    actor: who,
    input: { label: String(form.get('label') ?? ''), query: String(form.get('query') ?? '').slice(0, 2_048) },
  })
  if (!result.ok) return failureState(result.error, form)
  revalidatePath(statisticsPage(locale))
  return okState((await getTranslations({ locale, namespace: 'statistics' }))('share.created'))
}

/** A link already revoked, or not the actor's, leaves the list as it is: the page shows the list again. */
export async function revokeLinkAction(locale: Locale, form: FormData): Promise<void> {
  const link = formId(actionForm(locale, form).form, 'link')
  const who = await actor()
  if (who) await revokeStatisticsLink({ payload: await getPayloadClient(), actor: who, input: { link } })
  revalidatePath(statisticsPage(locale))
}
