'use server'

import { getTranslations } from 'next-intl/server'

import type { FormState } from '@/lib/forms/types'
import { errorState, formField, okState } from '@/lib/forms/state'
import { actionFormData, actionText } from '@/lib/http/actionArgs'
import { requestIp } from '@/lib/http/clientIp'
import { getPayloadClient } from '@/lib/payload/client'
import { requestPasswordReset, resetPassword } from './passwords'

export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  actionFormData(form)
  const ip = await requestIp()
  const result = await requestPasswordReset(await getPayloadClient(), formField(form, 'email'), ip)
  if (!result.ok) return errorState(result.errors, form)
  return okState((await getTranslations('auth'))('forgotSent'))
}

export async function resetPasswordAction(token: string, _: FormState, form: FormData): Promise<FormState> {
  actionText(token)
  actionFormData(form)
  const result = await resetPassword(
    await getPayloadClient(),
    token,
    formField(form, 'password'),
    formField(form, 'passwordConfirm'),
  )
  if (!result.ok) return errorState(result.errors, form)
  return okState((await getTranslations('auth'))('resetDone'))
}
