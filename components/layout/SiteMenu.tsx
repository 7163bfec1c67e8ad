'use client'

import { usePathname } from 'next/navigation'
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'

/** Without JavaScript the phone sees everything, as before, and no button that would do nothing. */
const noScript = `@media (max-width: 47.99rem){[data-site-menu]{display:flex!important}[data-site-menu-toggle]{display:none!important}}`

/**
 * On a phone the site header is one line (logo, search, this button): the main navigation, the account links
 * and the language switch open under it, so the page's own task starts above the fold (signed in, they took
 * 390 px of a 740 px screen). From md up the wrapper is `display: contents` and the header is laid out as before.
 * A disclosure, not an ARIA menu: the panel holds ordinary links and forms. Escape or a tap outside closes it.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  const [path, setPath] = useState(pathname)
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)

  // A link followed inside the panel (client-side navigation keeps the header): the new page starts closed.
  if (pathname !== path) {
    setPath(pathname)
    setOpen(false)
  }

  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent) => {
      const target = event.target as Node
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return
    setOpen(false)
    button.current?.focus()
  }

  return (
    <>
      <noscript>
        <style>{noScript}</style>
      </noscript>
      <button
        ref={button}
        type="button"
        data-site-menu-toggle
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
        className={`inline-flex min-h-11 min-w-11 shrink-0 items-center gap-2 rounded-lg border-2 border-brand-700 px-3 font-semibold md:hidden ${open ? 'bg-brand-700 text-white' : 'text-brand-700 hover:bg-brand-50'}`}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          {open ? (
            <path d="m5 5 10 10M15 5 5 15" strokeLinecap="round" />
          ) : (
            <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
          )}
        </svg>
        {label}
      </button>
      <div
        ref={panel}
        id={panelId}
        data-site-menu
        onKeyDown={onKeyDown}
        className={`${open ? 'flex' : 'hidden'} order-last w-full flex-col gap-2 border-t border-slate-200 pt-2 md:contents`}
      >
        {children}
      </div>
    </>
  )
}
