'use server'

import { getTranslations } from 'next-intl/server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { idOf } from '@/lib/payload/relations'
import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { requireMember } from '@/lib/auth/session'
import { errorState, okState, typedValues } from '@/lib/forms/state'
import { resetApprenantPassword } from '@/lib/members/passwords'
import { actionForm, actionLocale, actionOneOf, actionText, formId } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import { checkStructure, parseStructureForm } from './details'
import { refusalOf } from '@/lib/payload/errors'
import { sendInvitation } from './invitationEmail'
import { acceptInvitation, createStructure, decideRequest, invite, leaveStructure, requestToJoin } from './membership'

const structurePage = (locale: Locale) => getPathname({ href: '/espace-aidant/structure', locale })

async function aidant(locale: Locale) {
  return requireMember(locale, structurePage(locale), { aidant: true })
}

export async function createStructureAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const member = await aidant(locale)
  const result = await createStructure(await getPayloadClient(), member, parseStructureForm(form))
  if (!result.ok) return errorState(result.errors, form)
  redirect(structurePage(locale))
}

export async function updateStructureAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const member = await aidant(locale)
  const input = parseStructureForm(form)
  const errors = checkStructure(input)
  if (Object.keys(errors).length) return errorState(errors, form)
  const structure = idOf(member.structure)
  if (!structure) return errorState({ form: 'notAllowed' }, form)
  try {
    // The référent's own rights decide (access/referentOfStructure.ts): no overrideAccess here.
    await (
      await getPayloadClient()
    ).update({ collection: 'structures', id: structure, data: input, user: member, overrideAccess: false })
  } catch (error) {
    // Refused by the access layer → "not allowed"; refused by a field's validation → on that field.
    const refused = refusalOf(error, Object.keys(input))?.fields ?? null
    if (!refused) throw error
    return errorState(refused, form)
  }
  return okState((await getTranslations('forms'))('saved'), typedValues(form))
}

export async function requestToJoinAction(locale: Locale, form: FormData): Promise<void> {
  const structure = formId(actionForm(locale, form).form, 'structure')
  const member = await aidant(locale)
  await requestToJoin(await getPayloadClient(), member, structure)
  redirect(getPathname({ href: '/espace-aidant', locale }))
}

export async function decideRequestAction(locale: Locale, form: FormData): Promise<void> {
  const membership = formId(actionForm(locale, form).form, 'membership')
  const accept = actionOneOf(form.get('decision'), ['accept', 'refuse']) === 'accept'
  const member = await aidant(locale)
  await decideRequest(await getPayloadClient(), member, membership, accept)
  redirect(`${structurePage(locale)}?ok=${accept ? 'accepted' : 'refused'}`)
}

export async function inviteAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  // No choice sent (the radios are empty again after an invitation) still means an aidant, as before.
  const profile = actionOneOf(actionForm(locale, form).form.get('profile') ?? 'aidant', ['aidant', 'apprenant'])
  const member = await aidant(locale)
  const payload = await getPayloadClient()
  const email = String(form.get('email') ?? '')
  const result = await invite(payload, member, { email, profile })
  if (!result.ok) return errorState(result.errors, form)
  const structure = typeof member.structure === 'object' && member.structure ? member.structure.name : ''
  await sendInvitation(payload, {
    email: result.value.membership.email ?? email,
    token: result.value.token,
    structureName: structure,
    inviterName: member.name,
    locale,
  })
  revalidatePath(structurePage(locale))
  return okState((await getTranslations('structure'))('invited', { email: result.value.membership.email ?? email }))
}

export async function cancelInvitationAction(locale: Locale, form: FormData): Promise<void> {
  const membership = formId(actionForm(locale, form).form, 'membership')
  const member = await aidant(locale)
  // access/membershipManage.ts limits this to the référent's own structure.
  await (
    await getPayloadClient()
  )
    .update({
      collection: 'memberships',
      id: membership,
      data: { status: 'cancelled' },
      user: member,
      overrideAccess: false,
    })
    .catch(() => null)
  redirect(structurePage(locale))
}

export async function resetApprenantPasswordAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  const apprenant = formId(actionForm(locale, form).form, 'apprenant')
  const member = await aidant(locale)
  const result = await resetApprenantPassword(await getPayloadClient(), member, apprenant)
  if (!result.ok) return errorState(result.errors, form)
  const t = await getTranslations('structure')
  return okState(t('tempPassword', { name: String(form.get('name') ?? ''), password: result.value }))
}

export async function leaveStructureAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const member = await requireMember(locale, getPathname({ href: '/compte', locale }))
  if (form.get('confirm') !== 'on') return errorState({ confirm: 'confirm' }, form)
  await leaveStructure(await getPayloadClient(), member)
  redirect(getPathname({ href: member.profile === 'aidant' ? '/espace-aidant/structure' : '/compte', locale }))
}

export async function acceptInvitationAction(locale: Locale, token: string): Promise<void> {
  actionLocale(locale)
  actionText(token)
  const member = await requireMember(
    locale,
    getPathname({ href: { pathname: '/invitation/[token]', params: { token } }, locale }),
  )
  const result = await acceptInvitation(await getPayloadClient(), member, token)
  redirect(
    result.ok
      ? getPathname({ href: member.profile === 'aidant' ? '/espace-aidant' : '/espace-apprenant', locale })
      : getPathname({ href: { pathname: '/invitation/[token]', params: { token } }, locale }),
  )
}
