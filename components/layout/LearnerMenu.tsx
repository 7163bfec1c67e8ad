'use client'

import { type ReactNode, useId, useSyncExternalStore } from 'react'

import { useForgetDevice } from '@/components/offline/useForgetDevice'

import { MenuButton, useDisclosure } from './Disclosure'
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

/** The learner's menu: a disclosure button and its panel (./Disclosure). */
export function LearnerMenu({ labels, links, hrefs, signOut, leave, languages, locale }: Props) {
  // Leaving or signing out empties what the device kept offline for the learner (issue 18).
  const forget = useForgetDevice(locale)
  const member = parseHint(useSyncExternalStore(subscribe, readHint, () => ''))
  const participant = parseParticipantHint(useSyncExternalStore(subscribe, readParticipantHint, () => ''))
  const name = member?.n ?? participant
  const { open, setOpen, button, area, onKeyDown } = useDisclosure()
  const panelId = useId()

  const nav = [member?.p === 'aidant' ? links.aidantSpace : links.space, links.code, links.diagnostic, links.catalogue]

  return (
    <div ref={area} onKeyDown={onKeyDown} className="mx-auto max-w-3xl px-3">
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
        <MenuButton
          ref={button}
          open={open}
          panelId={panelId}
          label={labels.menu}
          onClick={() => setOpen(!open)}
          className="text-lg"
        />
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
