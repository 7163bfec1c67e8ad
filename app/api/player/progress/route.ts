import { NextResponse } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { issueBadges } from '@/lib/badges/issue-badges'
import { getBadgeCatalogue } from '@/lib/badges/catalogue'
import { publicOrigin } from '@/lib/http/origin'
import { errorResponse } from '@/lib/http/errorStatus'
import { getPayloadClient } from '@/lib/payload/client'
import { getProgressCatalogue } from '@/lib/progress/catalogue'
import { saveProgress } from '@/lib/progress/save-progress'
import type { ProgressEvent } from '@/lib/progress/types'
import { getCurrentLearner } from '@/lib/workshops/learner'

/**
 * The player's queued events for one formation (components/formation/progressQueue.ts), saved by
 * lib/progress/save-progress.ts. The learner is the signed-in member or the workshop participant of the
 * signed cookie; anyone else gets 401 and the browser keeps its queue.
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
  const payload = await getPayloadClient()
  const result = await saveProgress({
    payload,
    learner,
    input: { formation, events: body.events as ProgressEvent[], catalogue: await getProgressCatalogue(locale) },
  })
  if (!result.ok) return errorResponse(result.error)
  // A completed formation may earn badges (a level, a parcours); issued after the save, so a badge never
  // exists for progress that was not recorded.
  if (result.value.progress.status !== 'completed') return NextResponse.json(result.value)
  const badges = await issueBadges({
    payload,
    learner,
    input: { catalogue: await getBadgeCatalogue(locale), locale, origin: publicOrigin(request) },
  }).catch((err: unknown) => {
    // The progress is saved: a badge that could not be issued (a bad BADGES_SIGNING_KEY) must not make the
    // player resend its queue forever. Logged; the next completed formation issues it.
    payload.logger.error({ err, msg: 'badges not issued', formation })
    return null
  })
  return NextResponse.json({ ...result.value, badges: badges?.ok ? badges.value.map((b) => b.publicId) : [] })
}
