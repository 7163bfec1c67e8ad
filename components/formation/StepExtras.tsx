'use client'

import { useState } from 'react'

import type { LearnMoreLink } from './types'
import { usePlayerT } from './messages'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'

/** The step's hint, hidden until asked for: trying first is part of learning. */
export function HintToggle({ id, hint }: { id: string; hint: string }) {
  const t = usePlayerT('formation')
  const [open, setOpen] = useState(false)
  const panelId = `${id}-hint-panel`
  // A fragment: the button sits in the step's toolbar, the hint takes a full line under it.
  return (
    <>
      <Button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        variant="neutral"
        size="lg"
      >
        {open ? t('hideHint') : t('showHint')}
      </Button>
      <Notice id={panelId} hidden={!open} tone="warning" look="soft" className="basis-full text-lg">
        {hint}
      </Notice>
    </>
  )
}

/** "Pour en savoir plus": other modules and community resources about the same thing. */
export function LearnMoreList({ id, links }: { id: string; links: LearnMoreLink[] }) {
  const t = usePlayerT('formation')
  if (!links.length) return null
  const headingId = `${id}-learn-more`
  return (
    <section aria-labelledby={headingId} className="mt-5">
      <h3 id={headingId} className="text-lg font-bold">
        {t('learnMore')}
      </h3>
      <ul className="mt-1 space-y-1">
        {links.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              className="inline-flex min-h-11 items-center text-lg text-brand-700 underline"
              {...(link.external ? { rel: 'noopener noreferrer' } : {})}
            >
              {link.label}
              {link.external ? <span className="sr-only"> {t('externalLink')}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
