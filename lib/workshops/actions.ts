'use server'

import { redirect } from 'next/navigation'

import { signIn } from '../../auth'
import type { FormState } from '../../components/forms/types'
import type { Locale } from '../../i18n/locales'
import { getPathname } from '../../i18n/pathnames'
import { wrongCodesByIp } from '../auth/rateLimit'
import { getCurrentMember, requireMember, setMemberHint } from '../auth/session'
import { clientIp } from '../forms/spam'
import { errorState, formField } from '../forms/state'
import { actionForm, actionLocale } from '../http/actionArgs'
import { signUp } from '../members/signup'
import type { Workshop } from '../../payload-types'
import { getPayloadClient } from '../payload/client'
import { attachAccount, joinWorkshop } from './join'
import { clearParticipantCookie, participantIdFromCookie, setParticipantCookie } from './session'
import { formErrorsOf } from '../structures/errors'
import { checkWorkshop, endOfDay, expiryError, type WorkshopInput } from './validation'

const numbers = (form: FormData, name: string) =>
  form
    .getAll(name)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)

/** An aidant creates a workshop; the code is made by the collection's hook. */
export async function createWorkshopAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const member = await requireMember(locale, getPathname({ href: '/espace-aidant/ateliers/nouveau', locale }), {
    aidant: true,
  })
  if (!member.structure) return errorState({ form: 'noStructure' }, form)
  const diagnostic = formField(form, 'diagnostic')
  const input: WorkshopInput = {
    title: formField(form, 'title'),
    date: formField(form, 'date'),
    expiresAt: formField(form, 'expiresAt'),
    modules: numbers(form, 'modules'),
    parcours: numbers(form, 'parcours'),
    diagnostic: diagnostic === 'simulator' || diagnostic === 'situation' ? diagnostic : '',
  }
  const errors = checkWorkshop(input, new Date().toISOString().slice(0, 10))
  if (Object.keys(errors).length) return errorState(errors, form)
  const payload = await getPayloadClient()
  // The aidant's own rights decide (access/aidantWithStructure.ts); the collection sets the owner and the
  // code, and checks the expiry again (collections/Workshops.ts).
  let workshop: Workshop
  try {
    workshop = await payload.create({
      collection: 'workshops',
      data: {
        title: input.title.trim(),
        date: new Date(`${input.date}T12:00:00Z`).toISOString(),
        expiresAt: endOfDay(input.expiresAt).toISOString(),
        modules: input.modules,
        parcours: input.parcours,
        diagnostic: input.diagnostic || null,
        // Set again by the hook from the signed-in aidant: never trusted from the form.
        aidant: member.id,
        structure: 0,
      },
      user: member,
      overrideAccess: false,
    })
  } catch (error) {
    const refused = formErrorsOf(error, Object.keys(input))
    if (!refused) throw error
    // Same rule, same words as the form; they can only disagree around midnight.
    const expiry = expiryError(endOfDay(input.expiresAt).toISOString(), new Date())
    return errorState(refused.expiresAt && expiry ? { ...refused, expiresAt: expiry } : refused, form)
  }
  redirect(
    getPathname({ href: { pathname: '/espace-aidant/ateliers/[id]', params: { id: String(workshop.id) } }, locale }),
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
    const account = await signUp(payload, {
      profile: 'apprenant',
      name: formField(form, 'name'),
      email: '',
      username: formField(form, 'username'),
      password: formField(form, 'password'),
      passwordConfirm: formField(form, 'password'),
      locale,
    })
    // The participant exists already: on a refused account the learner fixes the fields and sends again,
    // which finds no second participant because the cookie below is set only on success.
    if (!account.ok) {
      await payload.delete({ collection: 'workshop-participants', id: result.participant.id, overrideAccess: true })
      return errorState(account.errors, form)
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
  const account = await signUp(payload, {
    profile: 'apprenant',
    name: participant.name,
    email: '',
    username: formField(form, 'username'),
    password: formField(form, 'password'),
    passwordConfirm: formField(form, 'passwordConfirm'),
    locale,
  })
  if (!account.ok) return errorState(account.errors, form)
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
