import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback'
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { emptyForm } from '@/lib/forms/types'
import { recordAccompanimentAction } from '@/lib/accompaniments/actions'
import { contactAction } from '@/lib/contact/actions'
import { finishSimulator } from '@/lib/diagnostic/actions'
import { submitSituation } from '@/lib/diagnostic/situationActions'
import { registerAction } from '@/lib/events/actions'
import { commentAction } from '@/lib/media/commentActions'
import { changePasswordAction, deleteAccountAction, updateProfileAction } from '@/lib/members/accountActions'
import { signInAction, signOutAction, signUpAction } from '@/lib/members/actions'
import { forgotPasswordAction, resetPasswordAction } from '@/lib/members/passwordActions'
import { footerSubscribeAction, subscribeAction } from '@/lib/newsletter/actions'
import {
  acceptInvitationAction,
  cancelInvitationAction,
  createStructureAction,
  decideRequestAction,
  inviteAction,
  leaveStructureAction,
  requestToJoinAction,
  resetApprenantPasswordAction,
  updateStructureAction,
} from '@/lib/structures/actions'
import {
  createWorkshopAction,
  joinWorkshopAction,
  leaveWorkshopAction,
  saveProgressAccountAction,
} from '@/lib/workshops/actions'

import { startPayload } from './support/payload'

/**
 * Issue 13, point 11: a server action is a public endpoint (a POST with the action's id) that anyone can call
 * with any arguments. Whatever was tampered with (the bound locale, an id, a choice, the form itself), the
 * action answers Next's notFound() — a 404 — before it reads a cookie or writes anything, never a 500.
 */

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
}, 120_000)

/** The collections an action could write to: none of them may change. */
const written: CollectionSlug[] = [
  'contact-messages',
  'newsletter-subscribers',
  'comments',
  'event-registrations',
  'structures',
  'memberships',
  'members',
  'workshops',
  'workshop-participants',
  'accompaniments',
  'diagnostic-results',
]

async function counts(): Promise<number[]> {
  return Promise.all(written.map(async (collection) => (await payload.count({ collection })).totalDocs))
}

/** A form as our pages send it, with `fields` changed. */
function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData()
  const base = {
    name: 'Awa',
    email: 'awa@example.com',
    subject: 'Bonjour',
    message: 'Un message.',
    body: 'Un commentaire.',
    password: 'Mot-de-passe-123',
    passwordConfirm: 'Mot-de-passe-123',
    identifier: 'awa@example.com',
    code: 'ABCD-EFGH',
    confirm: 'on',
  }
  for (const [key, value] of Object.entries({ ...base, ...fields })) data.set(key, value)
  return data
}

type AnyAction = (...args: unknown[]) => Promise<unknown>

/** The same call an attacker can make: the action with arguments of any type. */
const call = (action: unknown, ...args: unknown[]) => (action as AnyAction)(...args)

const submission = 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff'

const tampered: [string, () => Promise<unknown>][] = [
  ['contact: unknown locale', () => call(contactAction, 'de', emptyForm, form())],
  ['contact: no FormData', () => call(contactAction, 'fr', emptyForm, 'name=Awa')],
  ['newsletter: unknown locale', () => call(subscribeAction, 'xx', emptyForm, form())],
  ['newsletter footer: no FormData', () => call(footerSubscribeAction, 'fr', { email: 'awa@example.com' })],
  ['comment: id "6abc"', () => call(commentAction, 'fr', '6abc', emptyForm, form())],
  ['comment: id -1', () => call(commentAction, 'fr', -1, emptyForm, form())],
  ['comment: id {}', () => call(commentAction, 'fr', {}, emptyForm, form())],
  ['event: slug {}', () => call(registerAction, 'fr', {}, emptyForm, form())],
  ['structure create: unknown locale', () => call(createStructureAction, 'xx', emptyForm, form())],
  ['structure update: no FormData', () => call(updateStructureAction, 'fr', emptyForm, {})],
  ['join request: structure "6abc"', () => call(requestToJoinAction, 'fr', form({ structure: '6abc' }))],
  ['join request: structure -1', () => call(requestToJoinAction, 'fr', form({ structure: '-1' }))],
  ['join request: no structure', () => call(requestToJoinAction, 'fr', form())],
  ['decide: unknown decision', () => call(decideRequestAction, 'fr', form({ membership: '1', decision: 'maybe' }))],
  [
    'decide: membership {}',
    () => call(decideRequestAction, 'fr', form({ membership: '[object Object]', decision: 'accept' })),
  ],
  ['invite: unknown profile', () => call(inviteAction, 'fr', emptyForm, form({ profile: 'admin' }))],
  ['cancel invitation: membership "6abc"', () => call(cancelInvitationAction, 'fr', form({ membership: '6abc' }))],
  [
    'reset apprenant password: apprenant -1',
    () => call(resetApprenantPasswordAction, 'fr', emptyForm, form({ apprenant: '-1' })),
  ],
  ['leave structure: locale ["fr"]', () => call(leaveStructureAction, ['fr'], emptyForm, form())],
  ['accept invitation: token {}', () => call(acceptInvitationAction, 'fr', {})],
  ['accept invitation: unknown locale', () => call(acceptInvitationAction, 'en', 'token')],
  [
    'accompaniment: participant "6abc"',
    () => call(recordAccompanimentAction, 'fr', emptyForm, form({ participant: '6abc' })),
  ],
  ['accompaniment: no FormData', () => call(recordAccompanimentAction, 'fr', emptyForm, null)],
  ['simulator: bad submission id', () => call(finishSimulator, '../../x', [], 'fr')],
  ['simulator: unknown locale', () => call(finishSimulator, submission, [], 'xx')],
  ['simulator: "for whom" null', () => call(finishSimulator, submission, [], 'fr', null)],
  ['situation: unknown locale', () => call(submitSituation, 'xx', submission, emptyForm, form())],
  ['situation: submission id {}', () => call(submitSituation, 'fr', {}, emptyForm, form())],
  ['situation: no FormData', () => call(submitSituation, 'fr', submission, emptyForm, 'x')],
  ['sign in: unknown locale', () => call(signInAction, 'xx', null, emptyForm, form())],
  ['sign in: return path {}', () => call(signInAction, 'fr', {}, emptyForm, form())],
  ['sign up: unknown profile', () => call(signUpAction, 'fr', 'admin', null, emptyForm, form())],
  ['sign up: invitation 42', () => call(signUpAction, 'fr', 'apprenant', 42, emptyForm, form())],
  ['sign out: unknown locale', () => call(signOutAction, 'xx')],
  ['profile: unknown locale', () => call(updateProfileAction, 'xx', emptyForm, form())],
  ['password change: no FormData', () => call(changePasswordAction, 'fr', emptyForm, 'x')],
  ['account deletion: no locale', () => call(deleteAccountAction, undefined, emptyForm, form())],
  ['forgotten password: no FormData', () => call(forgotPasswordAction, emptyForm, 'email=awa@example.com')],
  ['password reset: token {}', () => call(resetPasswordAction, {}, emptyForm, form())],
  ['password reset: no FormData', () => call(resetPasswordAction, 'token', emptyForm, null)],
  ['workshop create: unknown locale', () => call(createWorkshopAction, 'xx', emptyForm, form())],
  ['workshop join: no FormData', () => call(joinWorkshopAction, 'fr', emptyForm, 'code=ABCD-EFGH')],
  ['save progress: unknown locale', () => call(saveProgressAccountAction, 'xx', emptyForm, form())],
  ['leave workshop: unknown locale', () => call(leaveWorkshopAction, 'de')],
]

/** The arguments our pages bind and send: each passes the checks and goes on (here, to a cookie or header). */
const genuine: [string, () => Promise<unknown>][] = [
  ['comment', () => call(commentAction, 'nl', 6, emptyForm, form())],
  ['event', () => call(registerAction, 'fr', 'atelier-smartphone', emptyForm, form())],
  ['join request', () => call(requestToJoinAction, 'fr', form({ structure: '6' }))],
  ['decide', () => call(decideRequestAction, 'fr', form({ membership: '6', decision: 'refuse' }))],
  ['invite, no profile chosen', () => call(inviteAction, 'fr', emptyForm, form())],
  ['accompaniment, anonymous', () => call(recordAccompanimentAction, 'fr', emptyForm, form({ participant: '' }))],
  ['accept invitation', () => call(acceptInvitationAction, 'nl', 'a-token', new FormData())],
  ['simulator', () => call(finishSimulator, submission, [], 'fr', undefined)],
  ['situation', () => call(submitSituation, 'nl', submission, emptyForm, form())],
  ['sign in', () => call(signInAction, 'fr', null, emptyForm, form())],
  ['sign up with invitation', () => call(signUpAction, 'fr', 'aidant', 'a-token', emptyForm, form())],
  ['sign out from a form', () => call(signOutAction, 'fr', new FormData())],
  ['forgotten password', () => call(forgotPasswordAction, emptyForm, form())],
  ['workshop join', () => call(joinWorkshopAction, 'fr', emptyForm, form())],
  ['leave workshop from a form', () => call(leaveWorkshopAction, 'nl', new FormData())],
]

describe('server actions with tampered arguments', () => {
  it.each(tampered)('%s → 404, nothing written', async (_, action) => {
    const before = await counts()
    const error = await action().then(
      () => null,
      (thrown: unknown) => thrown,
    )
    expect(error).toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' })
    expect(isHTTPAccessFallbackError(error) && getAccessFallbackHTTPStatus(error)).toBe(404)
    expect(await counts()).toEqual(before)
  })
})

describe('server actions with the arguments of our pages', () => {
  it.each(genuine)('%s passes the checks', async (_, action) => {
    const error = await action().then(
      () => null,
      (thrown: unknown) => thrown,
    )
    expect(isHTTPAccessFallbackError(error)).toBe(false)
  })
})
