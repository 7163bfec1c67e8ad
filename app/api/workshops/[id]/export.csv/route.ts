import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { getCurrentMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import { followUpCsv } from '@/lib/workshops/csv'
import { workshopFollowUp } from '@/lib/workshops/followUp'
import { statusLabels } from '@/lib/workshops/statusLabels'

/** The follow-up of a workshop as CSV, for the aidants who may see it (read with their own rights). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const member = await getCurrentMember()
  if (member?.profile !== 'aidant') return new Response('Unauthorized', { status: 401 })
  const payload = await getPayloadClient()
  const workshop = await payload.findByID({
    collection: 'workshops',
    id: Number(id),
    depth: 0,
    user: member,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!workshop) return new Response('Not found', { status: 404 })
  const lang = new URL(request.url).searchParams.get('lang') ?? member.locale
  const locale = isLocale(lang) ? lang : 'fr'
  const t = await getTranslations({ locale, namespace: 'followUp' })
  const csv = followUpCsv(await workshopFollowUp(payload, workshop, member, locale), {
    learner: t('learner'),
    module: t('module'),
    score: t('score'),
    attempts: t('attempts'),
    minutes: t('minutes'),
    status: await statusLabels(locale),
  })
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="atelier-${workshop.code}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}
