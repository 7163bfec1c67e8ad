'use server'

import { redirect } from 'next/navigation'

import { signIn } from '@/auth'
import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { wrongCodesByIp } from '@/lib/auth/rateLimit'
import { getCurrentMember, requireMember, setMemberHint } from '@/lib/auth/session'
import { clientIp } from '@/lib/forms/spam'
import { errorState, failureState, formField } from '@/lib/forms/state'
import { actionForm, actionLocale } from '@/lib/http/actionArgs'
import { signUp } from '@/lib/members/sign-up'
import { getPayloadClient } from '@/lib/payload/client'
import { createWorkshop } from './create-workshop'
import { attachAccount, joinWorkshop } from './join'
import { clearParticipantCookie, participantIdFromCookie, setParticipantCookie } from './session'

const numbers = (form: FormData, name: string) =>
  form
    .getAll(name)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)

/** An aidant creates a workshop (lib/workshops/create-workshop.ts), then lands on its page. */
export async function createWorkshopAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const actor = await requireMember(locale, getPathname({ href: '/espace-aidant/ateliers/nouveau', locale }), {
    aidant: true,
  })
  const diagnostic = formField(form, 'diagnostic')
  const result = await createWorkshop({
    payload: await getPayloadClient(),
    actor,
    input: {
      title: formField(form, 'title'),
      date: formField(form, 'date'),
      expiresAt: formField(form, 'expiresAt'),
      modules: numbers(form, 'modules'),
      parcours: numbers(form, 'parcours'),
      diagnostic: diagnostic === 'simulator' || diagnostic === 'situation' ? diagnostic : '',
    },
  })
  if (!result.ok) return failureState(result.error, form)
  redirect(
    getPathname({
      href: { pathname: '/espace-aidant/ateliers/[id]', params: { id: String(result.value.id) } },
      locale,
    }),
  )
}

/**
 * A learner joins with the code. Only wrong codes count against the address (a whole room joins from one
 * public address). With "save my progress", the learner also gets an apprenant account, signed in at once.
 */
export async function joinWorkshopAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const ip = await clientIp()
  if (wrongCodesByIp.exhausted(ip)) return errorState({ code: 'rateLimited' }, form)
  const payload = await getPayloadClient()
  const member = await getCurrentMember()
  const saveAccount = !member && formField(form, 'saveProgress') === 'on'
  const result = await joinWorkshop(payload, {
    code: formField(form, 'code'),
    name: formField(form, 'name'),
    shared: formField(form, 'share') === 'on',
    member,
  })
  if (!result.ok) {
    if (result.wrongCode) wrongCodesByIp.take(ip)
    return errorState(result.errors, form)
  }
  if (saveAccount) {
    const account = await signUp({
      payload,
      actor: null,
      input: {
        profile: 'apprenant',
        name: formField(form, 'name'),
        email: '',
        username: formField(form, 'username'),
        password: formField(form, 'password'),
        passwordConfirm: formField(form, 'password'),
        locale,
      },
    })
    // The participant exists already: on a refused account the learner fixes the fields and sends again,
    // which finds no second participant because the cookie below is set only on success.
    if (!account.ok) {
      await payload.delete({ collection: 'workshop-participants', id: result.participant.id, overrideAccess: true })
      return failureState(account.error, form)
    }
    await attachAccount(payload, result.participant.id, account.value)
    await signIn('credentials', {
      identifier: account.value.username,
      password: formField(form, 'password'),
      redirect: false,
    })
    await setMemberHint(account.value)
  }
  await setParticipantCookie(result.participant.id, new Date(result.workshop.expiresAt))
  redirect(getPathname({ href: '/espace-apprenant', locale }))
}

/** Later, from the learner space: "save my progress" for a participant who joined without an account. */
export async function saveProgressAccountAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const participantId = await participantIdFromCookie()
  if (!participantId || (await getCurrentMember())) return errorState({ form: 'notAllowed' }, form)
  const payload = await getPayloadClient()
  const participant = await payload.findByID({
    collection: 'workshop-participants',
    id: participantId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!participant || participant.member) return errorState({ form: 'notAllowed' }, form)
  const account = await signUp({
    payload,
    actor: null,
    input: {
      profile: 'apprenant',
      name: participant.name,
      email: '',
      username: formField(form, 'username'),
      password: formField(form, 'password'),
      passwordConfirm: formField(form, 'passwordConfirm'),
      locale,
    },
  })
  if (!account.ok) return failureState(account.error, form)
  await attachAccount(payload, participant.id, account.value)
  await signIn('credentials', {
    identifier: account.value.username,
    password: formField(form, 'password'),
    redirect: false,
  })
  await setMemberHint(account.value)
  redirect(getPathname({ href: '/espace-apprenant', locale }))
}

/** On a shared computer: the participant leaves, so the next person starts clean. Their progress stays saved. */
export async function leaveWorkshopAction(locale: Locale): Promise<void> {
  actionLocale(locale)
  await clearParticipantCookie()
  redirect(getPathname({ href: '/code', locale }))
}
