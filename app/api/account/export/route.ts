import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { getCurrentMember } from '@/lib/auth/session'
import { errorResponse } from '@/lib/http/errorStatus'
import { exportMemberData } from '@/lib/members/export-member-data'
import { getPayloadClient } from '@/lib/payload/client'

/**
 * "Download my data": the signed-in member's own data as a JSON file, named in the page's language (or the
 * member's). Its keys stay the same in every language: a machine-readable format people can take elsewhere.
 */
export async function GET(request: Request) {
  const actor = await getCurrentMember()
  if (!actor) return new Response('Unauthorized', { status: 401 })
  const lang = new URL(request.url).searchParams.get('lang') ?? actor.locale
  const t = await getTranslations({ locale: isLocale(lang) ? lang : 'fr', namespace: 'account' })
  const result = await exportMemberData({ payload: await getPayloadClient(), actor, input: null })
  if (!result.ok) return errorResponse(result.error)
  return new Response(JSON.stringify(result.value, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${t('dataFileName')}"`,
      'cache-control': 'no-store',
    },
  })
}
