'use server'

import { CredentialsSignin } from 'next-auth'
import { redirect } from 'next/navigation'

import { signIn, signOut } from '@/auth'
import type { FormState } from '@/lib/forms/types'
import { isLocale, type Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { takenSignUpsByIp } from '@/lib/auth/rateLimit'
import { clearMemberHint, safeReturnPath, setMemberHint } from '@/lib/auth/session'
import { errorState, failureState, formField } from '@/lib/forms/state'
import { actionForm, actionLocale, actionOneOf, actionText } from '@/lib/http/actionArgs'
import { requestIp } from '@/lib/http/clientIp'
import { getPayloadClient } from '@/lib/payload/client'
import { clearParticipantCookie } from '@/lib/workshops/session'
import { memberByLogin } from './queries'
import { signUp } from './sign-up'

/** Where a member lands after signing in: where they were going, or their own space. */
function landing(locale: Locale, profile: string, returnTo: string | null, mustChangePassword?: boolean | null) {
  if (mustChangePassword) return `${getPathname({ href: '/compte', locale })}#mot-de-passe`
  return returnTo ?? getPathname({ href: profile === 'aidant' ? '/espace-aidant' : '/espace-apprenant', locale })
}

export async function signInAction(locale: Locale, returnTo: string | null, _: FormState, form: FormData) {
  actionForm(locale, form)
  if (returnTo !== null) actionText(returnTo, 2000) // the longest lib/auth/returnPath.ts keeps
  const identifier = formField(form, 'identifier').trim()
  if (!identifier || !formField(form, 'password')) {
    return errorState(
      {
        ...(identifier ? {} : { identifier: 'required' }),
        ...(formField(form, 'password') ? {} : { password: 'required' }),
      },
      form,
    )
  }
  try {
    await signIn('credentials', { identifier, password: formField(form, 'password'), redirect: false })
  } catch (error) {
    if (error instanceof CredentialsSignin)
      return errorState({ form: error.code === 'credentials' ? 'invalid' : error.code }, form)
    throw error
  }
  const member = (await memberByLogin(await getPayloadClient(), identifier))!
  await setMemberHint(member)
  redirect(
    landing(
      isLocale(member.locale) ? member.locale : locale,
      member.profile,
      safeReturnPath(returnTo),
      member.mustChangePassword,
    ),
  )
}

/** Creates the account (joining the structure when they came with an invitation), then signs the member in. */
export async function signUpAction(
  locale: Locale,
  profile: 'aidant' | 'apprenant',
  invitation: string | null,
  _: FormState,
  form: FormData,
) {
  actionForm(locale, form)
  actionOneOf(profile, ['aidant', 'apprenant'])
  if (invitation !== null) actionText(invitation)
  const payload = await getPayloadClient()
  const ip = await requestIp()
  if (await takenSignUpsByIp.exhausted(ip)) return errorState({ form: 'rateLimited' }, form)
  const result = await signUp({
    payload,
    actor: null,
    input: {
      profile,
      name: formField(form, 'name'),
      email: formField(form, 'email'),
      username: formField(form, 'username'),
      password: formField(form, 'password'),
      passwordConfirm: formField(form, 'passwordConfirm'),
      locale,
      invitation,
    },
  })
  if (!result.ok) {
    // "Already taken" says an account exists: such answers are limited per address.
    const { email, username } = result.error.fields
    if (email === 'emailTaken' || username === 'usernameTaken') await takenSignUpsByIp.take(ip)
    return failureState(result.error, form)
  }
  const member = result.value
  await signIn('credentials', {
    identifier: member.email ?? member.username,
    password: formField(form, 'password'),
    redirect: false,
  })
  await setMemberHint(member)
  redirect(
    getPathname({
      href: profile === 'aidant' ? (invitation ? '/espace-aidant' : '/espace-aidant/structure') : '/espace-apprenant',
      locale,
    }),
  )
}

export async function signOutAction(locale: Locale) {
  actionLocale(locale)
  await clearMemberHint()
  // On a shared computer, signing out also leaves the workshop: the next person starts clean.
  await clearParticipantCookie()
  await signOut({ redirect: false })
  redirect(getPathname({ href: '/', locale }))
}
