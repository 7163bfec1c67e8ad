'use client'

import { type PointerEvent, useEffect, useRef, useState } from 'react'

import { moveItem } from '@/lib/formation/order'

import type { ViewProps } from '@/components/formation/viewProps'
import { usePlayerT } from '@/components/formation/messages'
import { DeviceText } from '@/components/ui/DeviceText'

/** A drag in progress: rows keep their place in the page (a moved node would lose the pointer capture), they
 * only slide visually; the move is committed when the pointer is released. */
type Drag = { id: string; pointerId: number; startY: number; offset: number; rows: { top: number; bottom: number }[] }

/**
 * Put items back in order: by dragging the handle (pointer events: mouse, pen and touch alike) or with the
 * "Monter" / "Descendre" buttons of every item (keyboard, switch access, touch without dragging).
 */
export function OrderStepView({ step, state, onAnswer }: ViewProps<'order'>) {
  const t = usePlayerT('formation.order')
  const labels = new Map(step.items.map((item) => [item.id, item.label]))
  const order = state.answer
  const [drag, setDrag] = useState<Drag | null>(null)
  const [announce, setAnnounce] = useState('')
  const listRef = useRef<HTMLOListElement>(null)
  // After a move by button, focus follows the item (it changed place in the page).
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null)

  useEffect(() => {
    const target = focusAfterMove.current
    if (!target) return
    focusAfterMove.current = null
    const button = (direction: string) =>
      document.getElementById(`${step.id}-${target.id}-${direction}`) as HTMLButtonElement | null
    const preferred = button(target.direction)
    ;(preferred && !preferred.disabled ? preferred : button(target.direction === 'up' ? 'down' : 'up'))?.focus()
  }, [order, step.id])

  function move(from: number, to: number, byButton?: 'up' | 'down') {
    const next = moveItem(order, from, to)
    const id = order[from]
    if (id === undefined) return
    if (byButton) focusAfterMove.current = { id, direction: byButton }
    setAnnounce(t('moved', { item: labels.get(id) ?? '', position: next.indexOf(id) + 1, total: next.length }))
    onAnswer(next)
  }

  function startDrag(event: PointerEvent<HTMLSpanElement>, id: string) {
    if (state.checked || (event.pointerType === 'mouse' && event.button !== 0)) return
    event.currentTarget.setPointerCapture(event.pointerId)
    const rows = [...(listRef.current?.children ?? [])].map((row) => row.getBoundingClientRect())
    setDrag({ id, pointerId: event.pointerId, startY: event.clientY, offset: 0, rows })
  }

  function dragMove(event: PointerEvent<HTMLSpanElement>) {
    if (drag && event.pointerId === drag.pointerId) setDrag({ ...drag, offset: event.clientY - drag.startY })
  }

  /** The row the dragged item would take: the one under the pointer, or the first or last one beyond the list. */
  function target(current: Drag): number {
    const y = current.startY + current.offset
    const over = current.rows.findIndex((row) => y <= row.bottom)
    return over === -1 ? current.rows.length - 1 : over
  }

  function endDrag() {
    if (!drag) return
    setDrag(null)
    const from = order.indexOf(drag.id)
    const to = target(drag)
    if (to !== from) move(from, to)
  }

  /** While dragging, the rows between the item and its target slide by one place to make room. */
  function slide(index: number): number {
    if (!drag) return 0
    const from = order.indexOf(drag.id)
    const to = target(drag)
    const row = drag.rows[from]
    const room = row ? row.bottom - row.top + 6 : 0
    if (index === from) return drag.offset
    if (from < to && index > from && index <= to) return -room
    if (to < from && index >= to && index < from) return room
    return 0
  }

  const button =
    'inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border-2 border-brand-700 px-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:border-slate-300 disabled:text-slate-400'

  return (
    <div>
      <p id={`${step.id}-instruction`} className="text-xl font-bold">
        {step.instruction}
      </p>
      <p id={`${step.id}-help`} className="mt-1 text-slate-700">
        <DeviceText touch={t('helpTouch')} mouse={t('help')} />
      </p>
      <ol
        ref={listRef}
        aria-labelledby={`${step.id}-instruction`}
        aria-describedby={`${step.id}-help`}
        className="mt-3 space-y-1.5"
      >
        {order.map((id, index) => {
          const label = labels.get(id) ?? ''
          const dragging = drag?.id === id
          return (
            <li
              key={id}
              className={`flex items-center gap-1 rounded-lg border-2 bg-white px-1 py-0.5 text-lg ${dragging ? 'relative z-10 border-brand-700 shadow-lg' : 'border-slate-300 motion-safe:transition-transform'}`}
              style={drag ? { transform: `translateY(${slide(index)}px)` } : undefined}
            >
              <span
                aria-hidden="true"
                onPointerDown={(event) => startDrag(event, id)}
                onPointerMove={dragMove}
                onPointerUp={endDrag}
                onPointerCancel={endDrag}
                className={`flex min-h-11 min-w-11 touch-none select-none items-center justify-center rounded text-2xl text-slate-600 ${state.checked ? '' : 'cursor-grab'}`}
              >
                ⠿
              </span>
              <span className="w-5 shrink-0 text-center font-bold text-slate-700">{index + 1}.</span>
              <span className="min-w-0 flex-1 leading-snug break-words">{label}</span>
              <span className="flex shrink-0 gap-1">
                <button
                  type="button"
                  id={`${step.id}-${id}-up`}
                  className={button}
                  disabled={state.checked || index === 0}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="sr-only">{t('up', { item: label })}</span>
                </button>
                <button
                  type="button"
                  id={`${step.id}-${id}-down`}
                  className={button}
                  disabled={state.checked || index === order.length - 1}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="sr-only">{t('down', { item: label })}</span>
                </button>
              </span>
            </li>
          )
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
    </div>
  )
}
