'use server'

import { notFound, redirect } from 'next/navigation'

import { signIn } from '@/auth'
import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { getCurrentMember, requireMember, setMemberHint } from '@/lib/auth/session'
import { clientIp } from '@/lib/forms/spam'
import { failureState, formField } from '@/lib/forms/state'
import { actionForm, actionId, actionLocale } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import type { Member } from '@/payload-types'
import { createWorkshop } from './create-workshop'
import { enterCode } from './enter-code'
import { renewPersonalCode } from './renew-personal-code'
import { saveProgressAccount } from './save-progress-account'
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
 * A learner types a code (lib/workshops/enter-code.ts): a workshop code joins the workshop, a personal code
 * reopens their progress on this browser. With "save my progress", a learner who joins also gets an
 * apprenant account, signed in at once. Either way the browser is bound to the participant, then the
 * learner space opens.
 */
export async function joinWorkshopAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const password = formField(form, 'password')
  const result = await enterCode({
    payload: await getPayloadClient(),
    actor: await getCurrentMember(),
    input: {
      code: formField(form, 'code'),
      name: formField(form, 'name'),
      shared: formField(form, 'share') === 'on',
      account:
        formField(form, 'saveProgress') === 'on' ? { username: formField(form, 'username'), password, locale } : null,
      ip: await clientIp(),
    },
  })
  if (!result.ok) return failureState(result.error, form)
  const entered = result.value
  if (entered.kind === 'joined' && entered.account) await signInAs(entered.account, password)
  await setParticipantCookie(entered.participant.id, new Date(entered.workshop.expiresAt), entered.participant.name)
  redirect(getPathname({ href: '/espace-apprenant', locale }))
}

/** Later, from the learner space: "save my progress" for a participant who joined without an account. */
export async function saveProgressAccountAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const result = await saveProgressAccount({
    payload: await getPayloadClient(),
    actor: await getCurrentMember(),
    input: {
      participant: await participantIdFromCookie(),
      username: formField(form, 'username'),
      password: formField(form, 'password'),
      passwordConfirm: formField(form, 'passwordConfirm'),
      locale,
    },
  })
  if (!result.ok) return failureState(result.error, form)
  await signInAs(result.value, formField(form, 'password'))
  redirect(getPathname({ href: '/espace-apprenant', locale }))
}

/** The account "save my progress" just made is signed in, and the header greets it. */
async function signInAs(account: Member, password: string): Promise<void> {
  await signIn('credentials', { identifier: account.username, password, redirect: false })
  await setMemberHint(account)
}

/** On a shared computer: the participant leaves, so the next person starts clean. Their progress stays saved. */
export async function leaveWorkshopAction(locale: Locale): Promise<void> {
  actionLocale(locale)
  await clearParticipantCookie()
  redirect(getPathname({ href: '/code', locale }))
}

/**
 * The aidant gives a participant a new personal code from the cards page; the old one stops working. Back
 * on the cards page, the participant's new card is shown, ready to print.
 */
export async function renewPersonalCodeAction(locale: Locale, workshop: number, participant: number): Promise<void> {
  actionLocale(locale)
  const params = { id: String(actionId(workshop)) }
  const here = getPathname({ href: { pathname: '/espace-aidant/ateliers/[id]/cartes', params }, locale })
  const actor = await requireMember(locale, here, { aidant: true })
  const result = await renewPersonalCode({
    payload: await getPayloadClient(),
    actor,
    input: { participant: Number(actionId(participant)) },
  })
  if (!result.ok) notFound()
  redirect(`${here}?renewed=${result.value.participant}`)
}
