'use server'

import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'

import type { FormState } from '../../components/forms/types'
import { errorState, okState } from '../forms/state'
import { getPayloadClient } from '../payload/client'
import { requestPasswordReset, resetPassword } from './passwords'

const field = (form: FormData, name: string) => String(form.get(name) ?? '')

export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const ip = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() || 'local'
  const result = await requestPasswordReset(await getPayloadClient(), field(form, 'email'), ip)
  if (!result.ok) return errorState(result.errors, form)
  return okState((await getTranslations('auth'))('forgotSent'))
}

export async function resetPasswordAction(token: string, _: FormState, form: FormData): Promise<FormState> {
  const result = await resetPassword(
    await getPayloadClient(),
    token,
    field(form, 'password'),
    field(form, 'passwordConfirm'),
  )
  if (!result.ok) return errorState(result.errors, form)
  return okState((await getTranslations('auth'))('resetDone'))
}
