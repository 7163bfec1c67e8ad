'use server'

import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { requireMember } from '@/lib/auth/session'
import { failureState, formField, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm, actionId, actionOneOf } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'

import { proposalFileMaxBytes } from './fileTypes'
import { proposeResource } from './propose-resource'
import { reportContent } from './report-content'

/** The file of the form, if one was chosen (an empty file input sends an empty File; an empty file says nothing). */
async function chosenFile(form: FormData): Promise<{ bytes: Uint8Array; name: string } | null> {
  const value = form.get('file')
  if (!(value instanceof File) || value.size === 0) return null
  // Read no more than one byte past the limit: enough for the use case to say "too large".
  const bytes = new Uint8Array(await value.slice(0, proposalFileMaxBytes + 1).arrayBuffer())
  return { bytes, name: value.name }
}

/** "Proposer une ressource": stored as pending, then the aidant's proposals page says it was sent. */
export async function proposeResourceAction(locale: Locale, _: FormState, form: FormData): Promise<FormState> {
  actionForm(locale, form)
  const here = getPathname({ href: '/espace-aidant/ressources/proposer', locale })
  const actor = await requireMember(locale, here, { aidant: true })
  const result = await proposeResource({
    payload: await getPayloadClient(),
    actor,
    input: {
      title: formField(form, 'title').trim(),
      description: formField(form, 'description').trim(),
      theme: formField(form, 'theme'),
      level: formField(form, 'level'),
      audience: formField(form, 'audience').trim(),
      licence: formField(form, 'licence'),
      url: formField(form, 'url').trim(),
      file: await chosenFile(form),
      hasFile: false,
      attributePerson: form.getAll('attribution').includes('person'),
      attributeStructure: form.getAll('attribution').includes('structure'),
      locale,
    },
  })
  if (!result.ok) return failureState(result.error, form)
  redirect(`${getPathname({ href: '/espace-aidant/ressources', locale })}?envoyee=1`)
}

/** A member's report of a module or a resource (lib/resources/report-content.ts). */
export async function reportAction(
  locale: Locale,
  kind: unknown,
  id: unknown,
  _: FormState,
  form: FormData,
): Promise<FormState> {
  actionForm(locale, form)
  const input = { kind: actionOneOf(kind, ['module', 'ressource'] as const), id: Number(actionId(id)) }
  const here = getPathname({
    href: { pathname: '/signaler/[kind]/[id]', params: { ...input, id: String(input.id) } },
    locale,
  })
  const actor = await requireMember(locale, here)
  const result = await reportContent({
    payload: await getPayloadClient(),
    actor,
    input: { ...input, reason: formField(form, 'reason'), comment: formField(form, 'comment') },
  })
  if (!result.ok) return failureState(result.error, form)
  return okState((await getTranslations({ locale, namespace: 'reports' }))('thanks'))
}
