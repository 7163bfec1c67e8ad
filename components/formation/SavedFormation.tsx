'use client'

import { type ComponentProps, useEffect, useRef, useState } from 'react'

import { Notice } from '@/components/ui/Notice'
import { applyEvents, freshState } from '@/lib/progress/merge'
import type { SavedProgress } from '@/lib/progress/types'

import { useOnline } from '@/components/offline/useOnline'

import { FormationPlayer } from './FormationPlayer'
import { ProgressQueue, type SendResult } from './progressQueue'
import { usePlayerT } from './messages'

type Gained = { theme: { title: string }; level: number }[]

type Props = Omit<ComponentProps<typeof FormationPlayer>, 'initial' | 'onEvent' | 'doneExtra'> & {
  formation: number
  locale: string
  /** The learner's progress row key ("m12:f3"): the browser queue is per learner, for shared computers. */
  learnerKey: string
  saved: SavedProgress | null
  learnerSpaceHref: string
}

/**
 * The player with its progress saved after every step: events go through a queue kept in localStorage and
 * are sent to /api/player/progress, again and again until the server has them. The learner sees when the
 * connection is lost and that nothing is lost; a finished formation can bring a "niveau gagné" moment.
 */
export function SavedFormation({ formation, locale, learnerKey, saved, learnerSpaceHref, ...player }: Props) {
  const t = usePlayerT('formation.saving')
  const [status, setStatus] = useState<{ waiting: number; offline: boolean }>({ waiting: 0, offline: false })
  const [gained, setGained] = useState<Gained>([])
  // Badges issued by this formation's last answers (ids): the end card says where to find them.
  const [badges, setBadges] = useState(0)
  const queue = useRef<ProgressQueue | null>(null)
  // With no connection at all the learner header's banner says it (components/offline/OfflineBanner.tsx); this notice is for
  // a server that does not answer while the browser thinks it is online.
  const online = useOnline()

  // Replaced when answers kept in this browser from an earlier visit move the player on: it then starts again
  // from the merged state (after hydration, so the server's HTML and the browser's first render agree).
  const [start, setStart] = useState<{ key: number; initial?: SavedProgress }>({ key: 0, initial: saved ?? undefined })

  useEffect(() => {
    const q = new ProgressQueue(
      `digit-progress:${learnerKey}`,
      async (events): Promise<SendResult> => {
        const response = await fetch('/api/player/progress', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ formation, locale, events }),
        })
        if (response.ok) return { ok: true, body: await response.json() }
        return { ok: false, retry: response.status >= 500 || response.status === 429 }
      },
      (state) => {
        setStatus({ waiting: state.waiting, offline: state.offline })
        const body = state.body as { gained?: Gained; badges?: string[] } | undefined
        if (body?.gained?.length) setGained(body.gained)
        if (body?.badges?.length) setBadges(body.badges.length)
      },
    )
    queue.current = q
    const waiting = q.waiting
    let index = saved?.currentStep ?? 0
    if (waiting.length) {
      const shape = {
        stepIds: player.steps.map((s) => s.id),
        questionIds: player.steps.filter((s) => s.kind !== 'content').map((s) => s.id),
      }
      const merged = applyEvents({ ...freshState(), ...saved }, waiting, shape, new Date())
      const initial = { currentStep: merged.currentStep, run: merged.run, status: merged.status, steps: merged.steps }
      // localStorage is only readable after hydration: one extra render, only after an offline visit.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setStart({ key: 1, initial })
      index = merged.currentStep
    }
    const retry = () => void q.flush()
    window.addEventListener('online', retry)
    // Opening the formation counts: it shows under "recently opened" in the learner space.
    q.push({ type: 'position', index })
    return () => {
      window.removeEventListener('online', retry)
      q.stop()
    }
    // Once per page: the queue outlives re-renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <>
      {/* Takes no room until there is something to say: on a phone the step starts right under the title. */}
      <div role="status" aria-live="polite" className={status.offline && online ? 'mb-3' : undefined}>
        {status.offline && online ? (
          <Notice tone="warning" look="bar" className="font-semibold">
            {t('offline', { count: status.waiting })}
          </Notice>
        ) : null}
      </div>
      <FormationPlayer
        key={start.key}
        {...player}
        initial={start.initial}
        onEvent={(event) => queue.current?.push(event)}
        doneExtra={
          <>
            {gained.map((g) => (
              <p
                key={g.theme.title}
                className="mt-4 rounded-xl border-4 border-amber-400 bg-amber-50 p-4 text-xl font-extrabold text-brand-900"
              >
                <span aria-hidden="true">★ </span>
                {t('levelGained', { level: g.level, theme: g.theme.title })}
              </p>
            ))}
            {badges ? (
              <p className="mt-4 rounded-xl border-4 border-brand-600 bg-brand-50 p-4 text-xl font-bold text-brand-900">
                <span aria-hidden="true">🏅 </span>
                {t('badgeEarned', { count: badges })}
              </p>
            ) : null}
            <p className="mt-4">
              <a href={learnerSpaceHref} className="text-lg font-semibold text-brand-700 underline">
                {t('seeProgress')}
              </a>
            </p>
          </>
        }
      />
    </>
  )
}
