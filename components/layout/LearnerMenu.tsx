'use client'

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'

import { useForgetDevice } from '@/components/offline/useForgetDevice'

import { parseHint, parseParticipantHint, readHint, readParticipantHint } from './memberHint'

type Link = { href: string; label: string }
type Labels = {
  menu: string
  hello: string
  nav: string
  home: string
  signIn: string
  account: string
  signOut: string
  leave: string
  unsent: string
}
type Props = {
  labels: Labels
  links: { space: Link; aidantSpace: Link; code: Link; diagnostic: Link; catalogue: Link }
  hrefs: { home: string; signIn: string; account: string }
  signOut: () => Promise<void>
  leave: () => Promise<void>
  languages: ReactNode
  locale: string
}

const subscribe = () => () => {}
const item =
  'flex min-h-12 w-full items-center rounded-lg px-3 text-left text-lg font-semibold text-brand-900 hover:bg-brand-50'

/**
 * A disclosure button and its panel (not an ARIA menu: the panel holds ordinary links and forms, read and
 * tabbed through as such). Escape or a tap outside closes it; Escape gives the focus back to the button.
 */
export function LearnerMenu({ labels, links, hrefs, signOut, leave, languages, locale }: Props) {
  // Leaving or signing out empties what the device kept offline for the learner (issue 18).
  const forget = useForgetDevice(locale)
  const member = parseHint(useSyncExternalStore(subscribe, readHint, () => ''))
  const participant = parseParticipantHint(useSyncExternalStore(subscribe, readParticipantHint, () => ''))
  const name = member?.n ?? participant
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return
    setOpen(false)
    button.current?.focus()
  }

  const nav = [member?.p === 'aidant' ? links.aidantSpace : links.space, links.code, links.diagnostic, links.catalogue]

  return (
    <div ref={root} onKeyDown={onKeyDown} className="mx-auto max-w-3xl px-3">
      <div className="flex min-h-14 items-center gap-2">
        <a href={hrefs.home} className="inline-flex min-h-11 items-center text-2xl font-extrabold text-brand-700">
          123<span className="text-slate-900">Digit</span>
        </a>
        {/* The first name alone fits beside the logo on a 320 px screen; "Bonjour" is for screen readers. */}
        <p className="ml-auto min-w-0 truncate text-lg font-semibold text-slate-800" data-testid="signed-in-as">
          {name ? (
            <>
              <span className="sr-only">{labels.hello.replace('{name}', '')}</span>
              {name}
            </>
          ) : null}
        </p>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className={`inline-flex min-h-11 min-w-11 shrink-0 items-center gap-2 rounded-lg border-2 border-brand-700 px-3 text-lg font-semibold ${open ? 'bg-brand-700 text-white' : 'text-brand-700 hover:bg-brand-50'}`}
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
          {labels.menu}
        </button>
      </div>
      <div id={panelId} hidden={!open} className="border-t border-slate-200 py-2">
        <nav aria-label={labels.nav}>
          <ul>
            {nav.map((link) => (
              <li key={link.href}>
                <a href={link.href} className={item}>
                  {link.label}
                </a>
              </li>
            ))}
            <li>
              <a href={hrefs.home} className={item}>
                {labels.home}
              </a>
            </li>
          </ul>
        </nav>
        <ul className="mt-2 border-t border-slate-200 pt-2">
          {member ? (
            <>
              <li>
                <a href={hrefs.account} className={item}>
                  {labels.account}
                </a>
              </li>
              <li>
                <form action={signOut} onSubmit={forget.onSubmit}>
                  <button type="submit" className={item}>
                    {labels.signOut}
                  </button>
                </form>
              </li>
            </>
          ) : (
            <li>
              <a href={hrefs.signIn} className={item}>
                {labels.signIn}
              </a>
            </li>
          )}
          {participant ? (
            <li>
              <form action={leave} onSubmit={forget.onSubmit}>
                <button type="submit" className={item}>
                  {labels.leave}
                </button>
              </form>
            </li>
          ) : null}
        </ul>
        <p role="alert" className="px-3 text-lg font-semibold text-red-800">
          {forget.unsent ? labels.unsent : null}
        </p>
        <div className="mt-2 border-t border-slate-200 pt-2">{languages}</div>
      </div>
    </div>
  )
}
