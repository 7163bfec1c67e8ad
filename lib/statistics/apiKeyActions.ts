'use server'

import { getTranslations } from 'next-intl/server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { failureState, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm, formId } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import type { Actor } from '@/lib/usecases/types'

import { createApiKey } from './create-api-key'
import { revokeApiKey } from './revoke-api-key'
import { statisticsViewer } from './viewer'

const accessPage = (locale: Locale) => getPathname({ href: '/statistiques/acces', locale })

/** Staff by their /admin session, else the signed-in aidant; a visitor goes to sign-in and comes back. */
async function actor(locale: Locale): Promise<Actor> {
  const viewer = await statisticsViewer()
  if (!viewer)
    redirect(getPathname({ href: { pathname: '/connexion', query: { retour: accessPage(locale) } }, locale }))
  return viewer.kind === 'staff' ? viewer.user : viewer.member
}

/** Creates a key; the answer shows the secret once (it is stored nowhere else). */
export async function createApiKeyAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const result = await createApiKey({
    payload: await getPayloadClient(),
    actor: await actor(locale),
    input: { name: String(form.get('name') ?? '') },
  })
  if (!result.ok) return failureState(result.error, form)
  revalidatePath(accessPage(locale))
  return okState((await getTranslations('statisticsAccess'))('created', { key: result.value.secret }))
}

/** Revokes a key; the page then says so (or shows the list unchanged when the key was not the actor's). */
export async function revokeApiKeyAction(locale: Locale, form: FormData): Promise<void> {
  const id = formId(actionForm(locale, form).form, 'key')
  const result = await revokeApiKey({ payload: await getPayloadClient(), actor: await actor(locale), input: { id } })
  redirect(result.ok ? `${accessPage(locale)}?revoked=${result.value.id}` : accessPage(locale))
}
