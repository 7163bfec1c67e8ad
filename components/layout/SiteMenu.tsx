'use client'

import { usePathname } from 'next/navigation'
import { type ReactNode, useId, useState } from 'react'

import { MenuButton, useDisclosure } from './Disclosure'

/** Without JavaScript the phone sees everything, as before, and no button that would do nothing. */
const noScript = `@media (max-width: 47.99rem){[data-site-menu]{display:flex!important}[data-site-menu-toggle]{display:none!important}}`

/**
 * On a phone the site header is one line (logo, search, this button): the main navigation, the account links
 * and the language switch open under it, so the page's own task starts above the fold (signed in, they took
 * 390 px of a 740 px screen). From md up the wrapper is `display: contents` and the header is laid out as before.
 * A disclosure (./Disclosure): Escape, a tap outside or a followed link closes it.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const { open, setOpen, button, area, onKeyDown } = useDisclosure()
  const pathname = usePathname()
  const [path, setPath] = useState(pathname)
  const panelId = useId()

  // A link followed inside the panel (client-side navigation keeps the header): the new page starts closed.
  if (pathname !== path) {
    setPath(pathname)
    setOpen(false)
  }

  return (
    <>
      <noscript>
        <style>{noScript}</style>
      </noscript>
      <MenuButton
        ref={button}
        open={open}
        panelId={panelId}
        label={label}
        data-site-menu-toggle
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
        className="md:hidden"
      />
      <div
        ref={area}
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
