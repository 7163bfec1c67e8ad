'use server'

import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'

import { signIn, signOut } from '@/auth'
import type { FormState } from '@/lib/forms/types'
import { isLocale, type Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { checkOwnPassword } from '@/lib/auth/authenticate'
import { clearMemberHint, requireMember, setMemberHint } from '@/lib/auth/session'
import { errorState, formField, okState, typedValues } from '@/lib/forms/state'
import { actionForm } from '@/lib/http/actionArgs'
import { requestIp } from '@/lib/http/clientIp'
import { getPayloadClient } from '@/lib/payload/client'
import { deleteAccount, updateProfile } from './account'
import { changePassword } from './passwords'

const accountPage = (locale: Locale) => getPathname({ href: '/compte', locale })

export async function updateProfileAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const member = await requireMember(locale, accountPage(locale), { temporaryPasswordAllowed: true })
  const result = await updateProfile(await getPayloadClient(), member, {
    name: formField(form, 'name'),
    locale: formField(form, 'locale'),
    ...(form.has('email') ? { email: formField(form, 'email') } : {}),
  })
  if (!result.ok) return errorState(result.errors, form)
  await setMemberHint(result.value)
  const next = isLocale(result.value.locale) ? result.value.locale : locale
  // A new language takes the member to the same page in that language.
  if (next !== locale) redirect(accountPage(next))
  return okState((await getTranslations('forms'))('saved'), typedValues(form))
}

export async function changePasswordAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const member = await requireMember(locale, accountPage(locale), { temporaryPasswordAllowed: true })
  const result = await changePassword(
    await getPayloadClient(),
    member,
    {
      current: formField(form, 'current'),
      password: formField(form, 'password'),
      confirm: formField(form, 'passwordConfirm'),
    },
    await requestIp(),
  )
  if (!result.ok) return errorState(result.errors, form)
  // The new password ended every session of the member, this one too: open a new one here.
  await signIn('credentials', {
    identifier: member.email ?? member.username,
    password: formField(form, 'password'),
    redirect: false,
  })
  if (member.mustChangePassword) {
    redirect(getPathname({ href: member.profile === 'aidant' ? '/espace-aidant' : '/espace-apprenant', locale }))
  }
  return okState((await getTranslations('account'))('passwordChanged'))
}

export async function deleteAccountAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const member = await requireMember(locale, accountPage(locale), { temporaryPasswordAllowed: true })
  const payload = await getPayloadClient()
  if (form.get('confirm') !== 'on') return errorState({ confirm: 'confirm' }, form)
  if (!(await checkOwnPassword(payload, member, formField(form, 'password'), await requestIp())))
    return errorState({ password: 'currentPassword' }, form)
  await deleteAccount(payload, member)
  await clearMemberHint()
  await signOut({ redirect: false })
  redirect(`${getPathname({ href: '/', locale })}?compte=supprime`)
}
