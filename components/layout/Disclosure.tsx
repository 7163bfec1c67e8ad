'use client'

import { type ComponentProps, type KeyboardEvent, useEffect, useRef, useState } from 'react'

/**
 * The header menus' disclosure (the learner's and the site's on a phone): not an ARIA menu, the panel holds
 * ordinary links and forms. Escape closes it and gives the focus back to the button; a tap outside `area`
 * (an element holding the panel, and the button too or not) closes it.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const area = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent) => {
      const target = event.target as Node
      if (!area.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return
    setOpen(false)
    button.current?.focus()
  }

  return { open, setOpen, button, area, onKeyDown }
}

type MenuButtonProps = Omit<ComponentProps<'button'>, 'type' | 'children'> & {
  open: boolean
  panelId: string
  label: string
}

/** The "Menu" button: three lines when closed, a cross when open, and its word. */
export function MenuButton({ open, panelId, label, className = '', ...props }: MenuButtonProps) {
  return (
    <button
      {...props}
      type="button"
      aria-expanded={open}
      aria-controls={panelId}
      className={`inline-flex min-h-11 min-w-11 shrink-0 items-center gap-2 rounded-lg border-2 border-brand-700 px-3 font-semibold ${open ? 'bg-brand-700 text-white' : 'text-brand-700 hover:bg-brand-50'} ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        {open ? (
          <path d="m5 5 10 10M15 5 5 15" strokeLinecap="round" />
        ) : (
          <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
        )}
      </svg>
      {label}
    </button>
  )
}
