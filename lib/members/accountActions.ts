'use server'

import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'

import { signIn, signOut } from '@/auth'
import type { FormState } from '@/lib/forms/types'
import { isLocale, type Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { clearMemberHint, requireMember, setMemberHint } from '@/lib/auth/session'
import { failureState, formField, okState, typedValues } from '@/lib/forms/state'
import { actionForm } from '@/lib/http/actionArgs'
import { requestIp } from '@/lib/http/clientIp'
import { getPayloadClient } from '@/lib/payload/client'
import { changePassword } from './change-password'
import { deleteAccount } from './delete-account'
import { updateProfile } from './update-profile'

const accountPage = (locale: Locale) => getPathname({ href: '/compte', locale })

export async function updateProfileAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const actor = await requireMember(locale, accountPage(locale), { temporaryPasswordAllowed: true })
  const result = await updateProfile({
    payload: await getPayloadClient(),
    actor,
    input: {
      name: formField(form, 'name'),
      locale: formField(form, 'locale'),
      ...(form.has('email') ? { email: formField(form, 'email') } : {}),
    },
  })
  if (!result.ok) return failureState(result.error, form)
  await setMemberHint(result.value)
  const next = isLocale(result.value.locale) ? result.value.locale : locale
  // A new language takes the member to the same page in that language.
  if (next !== locale) redirect(accountPage(next))
  return okState((await getTranslations('forms'))('saved'), typedValues(form))
}

export async function changePasswordAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const actor = await requireMember(locale, accountPage(locale), { temporaryPasswordAllowed: true })
  const result = await changePassword({
    payload: await getPayloadClient(),
    actor,
    input: {
      current: formField(form, 'current'),
      password: formField(form, 'password'),
      confirm: formField(form, 'passwordConfirm'),
      ip: await requestIp(),
    },
  })
  if (!result.ok) return failureState(result.error, form)
  // The new password ended every session of the member, this one too: open a new one here.
  await signIn('credentials', {
    identifier: actor.email ?? actor.username,
    password: formField(form, 'password'),
    redirect: false,
  })
  if (actor.mustChangePassword) {
    redirect(getPathname({ href: actor.profile === 'aidant' ? '/espace-aidant' : '/espace-apprenant', locale }))
  }
  return okState((await getTranslations('account'))('passwordChanged'))
}

export async function deleteAccountAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const actor = await requireMember(locale, accountPage(locale), { temporaryPasswordAllowed: true })
  const result = await deleteAccount({
    payload: await getPayloadClient(),
    actor,
    input: { confirmed: form.get('confirm') === 'on', password: formField(form, 'password'), ip: await requestIp() },
  })
  if (!result.ok) return failureState(result.error, form)
  await clearMemberHint()
  await signOut({ redirect: false })
  redirect(`${getPathname({ href: '/', locale })}?compte=supprime`)
}
