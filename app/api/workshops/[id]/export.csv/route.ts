import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { getCurrentMember } from '@/lib/auth/session'
import { errorResponse } from '@/lib/http/errorStatus'
import { integerId } from '@/lib/http/id'
import { getPayloadClient } from '@/lib/payload/client'
import { followUpCsv } from '@/lib/workshops/csv'
import { exportFollowUp } from '@/lib/workshops/export-follow-up'
import { statusLabels } from '@/lib/workshops/statusLabels'

/** The follow-up of a workshop as CSV (lib/workshops/export-follow-up.ts), in the aidant's language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const member = await getCurrentMember()
  if (!member) return new Response('Unauthorized', { status: 401 })
  const lang = new URL(request.url).searchParams.get('lang') ?? member.locale
  const locale = isLocale(lang) ? lang : 'fr'
  const result = await exportFollowUp({
    payload: await getPayloadClient(),
    actor: member,
    input: { workshop: integerId((await params).id), locale },
  })
  if (!result.ok) return errorResponse(result.error)
  const t = await getTranslations({ locale, namespace: 'followUp' })
  const csv = followUpCsv(result.value.followUp, {
    learner: t('learner'),
    module: t('module'),
    score: t('score'),
    attempts: t('attempts'),
    minutes: t('minutes'),
    status: t('status'),
    statuses: await statusLabels(locale),
  })
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${t('csvFileName', { code: result.value.workshop.code ?? '' })}"`,
      'cache-control': 'private, no-store',
    },
  })
}
