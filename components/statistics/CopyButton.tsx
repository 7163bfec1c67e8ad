'use client'

import { useState } from 'react'

import { buttonClass } from '@/components/ui/buttonClass'

/** Copies a link's address; the address is also in a read-only field beside it, for copying by hand. */
export function CopyButton({
  text,
  label,
  done,
  describedBy,
}: {
  text: string
  label: string
  done: string
  describedBy: string
}) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      aria-describedby={describedBy}
      className={buttonClass({ variant: 'secondary' })}
      onClick={() =>
        navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      <span aria-live="polite">{copied ? done : label}</span>
    </button>
  )
}
