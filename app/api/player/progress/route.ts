import { NextResponse } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { getThemes } from '@/lib/catalogue/queries'
import { getProgressModules } from '@/lib/progress/catalogue'
import { saveProgress } from '@/lib/progress/save'
import type { ProgressEvent } from '@/lib/progress/types'
import { getPayloadClient } from '@/lib/payload/client'
import { getCurrentLearner } from '@/lib/workshops/learner'

/**
 * The player's queued events for one formation (components/formation/progressQueue.ts). The learner is the
 * signed-in member or the workshop participant of the signed cookie; anyone else gets 401 and the browser
 * keeps its queue.
 */
export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as {
    formation?: unknown
    locale?: unknown
    events?: unknown
  } | null
  const formation = Number(body?.formation)
  if (!body || !Number.isInteger(formation) || !Array.isArray(body.events))
    return NextResponse.json({ error: 'bad request' }, { status: 400 })
  const learner = await getCurrentLearner()
  if (!learner.member && !learner.participant) return NextResponse.json({ error: 'no learner' }, { status: 401 })
  const locale = isLocale(body.locale) ? body.locale : 'fr'
  const [modules, themes] = await Promise.all([getProgressModules(locale), getThemes(locale)])
  const result = await saveProgress(await getPayloadClient(), learner, formation, body.events as ProgressEvent[], {
    modules,
    themes: themes.map((t) => ({ id: t.id, title: t.title, slug: t.slug })),
  })
  if (!result) return NextResponse.json({ error: 'unknown formation' }, { status: 404 })
  return NextResponse.json(result)
}
