'use client'

import type { KeyboardEvent, MouseEvent } from 'react'

import { moveMarker, pointInBox } from '@/lib/formation/hotspot'

import type { ViewProps } from '@/components/formation/viewProps'
import { MissingAnswer } from './MissingAnswer'
import { usePlayerT } from '@/components/formation/messages'
import { DeviceText } from '@/components/ui/DeviceText'

/**
 * "Touch the right place on the picture". A tap or a click places the marker; keyboard users focus the picture,
 * move the marker with the arrow keys and check with Enter or Space (or the "Valider" button).
 */
export function HotspotStepView({ step, state, missingAnswer, onAnswer, onSubmit }: ViewProps<'hotspot'>) {
  const t = usePlayerT('formation.hotspot')
  const questionId = `${step.id}-question`
  const helpId = `${step.id}-help`
  const errorId = `${step.id}-error`
  const marker = state.answer

  function place(event: MouseEvent<HTMLDivElement>) {
    if (state.checked) return
    const image = event.currentTarget.querySelector('img')
    if (image) onAnswer(pointInBox(event.clientX, event.clientY, image.getBoundingClientRect()))
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (state.checked) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      return onSubmit(marker)
    }
    const moved = moveMarker(marker, event.key, event.shiftKey ? 1 : 5)
    if (!moved) return
    event.preventDefault()
    onAnswer(moved)
  }

  return (
    <div>
      <p id={questionId} className="text-xl font-bold">
        {step.question}
      </p>
      <p id={helpId} className="mt-1 text-slate-700">
        <DeviceText touch={t('helpTouch')} mouse={t('help')} />
      </p>
      {missingAnswer ? (
        <MissingAnswer id={errorId} message={<DeviceText touch={t('missingTouch')} mouse={t('missing')} />} />
      ) : null}
      <div
        role="group"
        tabIndex={0}
        aria-label={t('control')}
        aria-describedby={[questionId, helpId, missingAnswer ? errorId : ''].filter(Boolean).join(' ')}
        onClick={place}
        onKeyDown={onKeyDown}
        className={`relative mt-3 w-fit max-w-full touch-manipulation rounded-lg outline-offset-4 focus-visible:outline focus-visible:outline-4 focus-visible:outline-brand-700 ${state.checked ? '' : 'cursor-crosshair'}`}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- uploaded picture, sized by the browser */}
        <img
          src={step.image.url}
          alt={step.image.alt}
          width={step.image.width ?? undefined}
          height={step.image.height ?? undefined}
          draggable={false}
          className="block h-auto max-w-full select-none rounded-lg border-2 border-slate-400"
        />
        {marker ? (
          <span
            aria-hidden="true"
            className="pointer-events-none absolute h-11 w-11 -translate-x-1/2 -translate-y-1/2 rounded-full border-4 border-white bg-brand-700/25 shadow-[0_0_0_3px_#0f172a]"
            style={{ left: `${marker.x}%`, top: `${marker.y}%` }}
          />
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {marker ? t('position', { x: Math.round(marker.x), y: Math.round(marker.y) }) : ''}
      </p>
    </div>
  )
}
