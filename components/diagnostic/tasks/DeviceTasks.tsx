'use client'

import { usePlayerT } from '@/components/formation/messages'
import { type PointerEvent, useRef, useState } from 'react'

import { simButton, type TaskProps } from './types'

export function TapTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.tap')
  return (
    <div className="flex flex-wrap justify-center gap-6 py-6">
      <button type="button" className={`${simButton} bg-slate-200`} onClick={() => report(false)}>
        {t('other')}
      </button>
      <button
        type="button"
        className={`${simButton} min-h-16 border-green-900 bg-green-700 px-8 text-white hover:bg-green-800`}
        onClick={() => report(true)}
      >
        {t('button')}
      </button>
    </div>
  )
}

export function ScrollTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.scroll')
  const target = t('target')
  return (
    <ul aria-label={t('list')} className="h-56 overflow-y-auto rounded-lg border-2 border-slate-400" tabIndex={0}>
      {[...t('items').split(','), target].map((item) => (
        <li key={item}>
          <button
            type="button"
            className="min-h-12 w-full border-b border-slate-200 px-4 text-left text-lg hover:bg-slate-100"
            onClick={() => report(item === target)}
          >
            {item}
          </button>
        </li>
      ))}
    </ul>
  )
}

export function DoubleClickTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.doubleClick')
  const [open, setOpen] = useState(false)
  const folders = ['Documents', 'Photos', 'Musique']
  if (open) return <p className="py-6 text-center text-xl font-semibold">{t('opened')}</p>
  return (
    <ul aria-label={t('folders')} className="flex flex-wrap justify-center gap-6 py-4">
      {folders.map((name) => (
        <li key={name}>
          <button
            type="button"
            className="flex w-28 flex-col items-center gap-1 rounded-lg p-2 text-lg focus:bg-brand-50 focus-visible:outline focus-visible:outline-4 focus-visible:outline-brand-700"
            // A single click only selects, as on a real computer; Enter opens, for keyboard users.
            onDoubleClick={() => (name === 'Photos' ? (setOpen(true), report(true)) : report(false))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                if (name === 'Photos') setOpen(true)
                report(name === 'Photos')
              }
            }}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" className="h-14 w-14 fill-amber-500">
              <path d="M3 5h7l2 2h9v12H3z" />
            </svg>
            {name}
          </button>
        </li>
      ))}
    </ul>
  )
}

/** Drag with a pointer (mouse or finger), or with the keyboard: Enter on the document, then on the bin. */
export function DragTask({ report }: TaskProps) {
  const t = usePlayerT('diagnostic.tasks.drag')
  const bin = useRef<HTMLButtonElement>(null)
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null)
  const [start, setStart] = useState({ x: 0, y: 0 })
  const [grabbed, setGrabbed] = useState(false)

  const overBin = (e: PointerEvent) => {
    const box = bin.current?.getBoundingClientRect()
    return Boolean(
      box && e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom,
    )
  }

  return (
    <div className="relative flex min-h-48 items-center justify-between gap-6 p-4" style={{ touchAction: 'none' }}>
      <button
        type="button"
        aria-pressed={grabbed}
        className={`${simButton} relative z-10 cursor-grab select-none`}
        style={offset ? { transform: `translate(${offset.x}px, ${offset.y}px)` } : undefined}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId)
          setStart({ x: e.clientX, y: e.clientY })
          setOffset({ x: 0, y: 0 })
        }}
        onPointerMove={(e) => offset && setOffset({ x: e.clientX - start.x, y: e.clientY - start.y })}
        onPointerUp={(e) => {
          if (!offset) return
          const moved = Math.abs(e.clientX - start.x) + Math.abs(e.clientY - start.y) > 10
          setOffset(null)
          if (moved) report(overBin(e))
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            setGrabbed(true)
          }
        }}
      >
        {t('file')}
      </button>
      {grabbed ? (
        <p role="status" className="absolute left-4 top-0 text-sm">
          {t('grabbed')}
        </p>
      ) : null}
      <button
        ref={bin}
        type="button"
        className={`${simButton} min-h-28 min-w-28`}
        onClick={() => grabbed && (setGrabbed(false), report(true))}
      >
        {t('bin')}
      </button>
    </div>
  )
}
