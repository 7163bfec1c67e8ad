'use server'

import { getTranslations } from 'next-intl/server'

import type { FormState } from '@/lib/forms/types'
import { failureState, formField, okState } from '@/lib/forms/state'
import { actionFormData, actionText } from '@/lib/http/actionArgs'
import { requestIp } from '@/lib/http/clientIp'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { getPayloadClient } from '@/lib/payload/client'
import { requestPasswordReset } from './request-password-reset'
import { resetPassword } from './reset-password'

export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  actionFormData(form)
  const result = await requestPasswordReset({
    payload: await getPayloadClient(),
    actor: null,
    input: { email: formField(form, 'email'), ip: await requestIp(), origin: await requestOrigin() },
  })
  if (!result.ok) return failureState(result.error, form)
  return okState((await getTranslations('auth'))('forgotSent'))
}

export async function resetPasswordAction(token: string, _: FormState, form: FormData): Promise<FormState> {
  actionText(token)
  actionFormData(form)
  const result = await resetPassword({
    payload: await getPayloadClient(),
    actor: null,
    input: { token, password: formField(form, 'password'), confirm: formField(form, 'passwordConfirm') },
  })
  if (!result.ok) return failureState(result.error, form)
  return okState((await getTranslations('auth'))('resetDone'))
}
