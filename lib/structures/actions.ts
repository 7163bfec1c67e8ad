'use server'

import { getTranslations } from 'next-intl/server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { requireMember } from '@/lib/auth/session'
import { failureState, okState, typedValues } from '@/lib/forms/state'
import { resetApprenantPassword } from '@/lib/members/reset-apprenant-password'
import { actionForm, actionLocale, actionOneOf, actionText, formId } from '@/lib/http/actionArgs'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { getPayloadClient } from '@/lib/payload/client'
import { acceptInvitation } from './accept-invitation'
import { cancelInvitation } from './cancel-invitation'
import { createStructure } from './create-structure'
import { decideRequest } from './decide-request'
import { parseStructureForm } from './details'
import { inviteMember } from './invite-member'
import { leaveStructure } from './leave-structure'
import { requestToJoin } from './request-to-join'
import { updateStructure } from './update-structure'

const structurePage = (locale: Locale) => getPathname({ href: '/espace-aidant/structure', locale })

async function aidant(locale: Locale) {
  return requireMember(locale, structurePage(locale), { aidant: true })
}

export async function createStructureAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const actor = await aidant(locale)
  const result = await createStructure({ payload: await getPayloadClient(), actor, input: parseStructureForm(form) })
  if (!result.ok) return failureState(result.error, form)
  redirect(structurePage(locale))
}

export async function updateStructureAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const actor = await aidant(locale)
  const result = await updateStructure({ payload: await getPayloadClient(), actor, input: parseStructureForm(form) })
  if (!result.ok) return failureState(result.error, form)
  return okState((await getTranslations('forms'))('saved'), typedValues(form))
}

/** The page shows the request (or its absence) after the redirect: a refusal needs no message of its own. */
export async function requestToJoinAction(locale: Locale, form: FormData): Promise<void> {
  const structure = formId(actionForm(locale, form).form, 'structure')
  const actor = await aidant(locale)
  await requestToJoin({ payload: await getPayloadClient(), actor, input: { structure } })
  redirect(getPathname({ href: '/espace-aidant', locale }))
}

export async function decideRequestAction(locale: Locale, form: FormData): Promise<void> {
  const membership = formId(actionForm(locale, form).form, 'membership')
  const accept = actionOneOf(form.get('decision'), ['accept', 'refuse']) === 'accept'
  const actor = await aidant(locale)
  await decideRequest({ payload: await getPayloadClient(), actor, input: { membership, accept } })
  redirect(`${structurePage(locale)}?ok=${accept ? 'accepted' : 'refused'}`)
}

export async function inviteAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  // No choice sent (the radios are empty again after an invitation) still means an aidant, as before.
  const profile = actionOneOf(actionForm(locale, form).form.get('profile') ?? 'aidant', ['aidant', 'apprenant'])
  const actor = await aidant(locale)
  const result = await inviteMember({
    payload: await getPayloadClient(),
    actor,
    input: { email: String(form.get('email') ?? ''), profile, locale, origin: await requestOrigin() },
  })
  if (!result.ok) return failureState(result.error, form)
  revalidatePath(structurePage(locale))
  const email = result.value.membership.email ?? ''
  return okState((await getTranslations('structure'))('invited', { email }))
}

/** An invitation already gone (or not the référent's) leaves the list as it is: the page shows it. */
export async function cancelInvitationAction(locale: Locale, form: FormData): Promise<void> {
  const membership = formId(actionForm(locale, form).form, 'membership')
  const actor = await aidant(locale)
  await cancelInvitation({ payload: await getPayloadClient(), actor, input: { membership } })
  redirect(structurePage(locale))
}

export async function resetApprenantPasswordAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  const apprenant = formId(actionForm(locale, form).form, 'apprenant')
  const actor = await aidant(locale)
  const result = await resetApprenantPassword({ payload: await getPayloadClient(), actor, input: { apprenant } })
  if (!result.ok) return failureState(result.error, form)
  const t = await getTranslations('structure')
  return okState(t('tempPassword', { name: String(form.get('name') ?? ''), password: result.value }))
}

export async function leaveStructureAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const actor = await requireMember(locale, getPathname({ href: '/compte', locale }))
  const result = await leaveStructure({
    payload: await getPayloadClient(),
    actor,
    input: { confirmed: form.get('confirm') === 'on' },
  })
  if (!result.ok) return failureState(result.error, form)
  redirect(getPathname({ href: actor.profile === 'aidant' ? '/espace-aidant/structure' : '/compte', locale }))
}

export async function acceptInvitationAction(locale: Locale, token: string): Promise<void> {
  actionLocale(locale)
  actionText(token)
  const invitationPage = getPathname({ href: { pathname: '/invitation/[token]', params: { token } }, locale })
  const actor = await requireMember(locale, invitationPage)
  const result = await acceptInvitation({ payload: await getPayloadClient(), actor, input: { token } })
  redirect(
    result.ok
      ? getPathname({ href: actor.profile === 'aidant' ? '/espace-aidant' : '/espace-apprenant', locale })
      : invitationPage,
  )
}
