'use client'

import { type ReactNode, useRef, useState } from 'react'

import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'

import { clearLearnerData, sendWaitingAnswers } from './learnerData'

type Props = {
  action: (formData: FormData) => void | Promise<void>
  locale: string
  children: ReactNode
  labels: { submit: string; unsent: string }
}

/**
 * "Quitter l'atelier sur cet appareil" (and signing out): first sends the answers still waiting, then empties
 * what the device kept for offline use, then lets the form reach the server. Without JavaScript the form still
 * works; nothing was kept offline then either.
 */
export function LeaveDeviceForm({ action, locale, children, labels }: Props) {
  const [unsent, setUnsent] = useState(false)
  const [busy, setBusy] = useState(false)
  const cleared = useRef(false)
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (cleared.current) return
        event.preventDefault()
        const form = event.currentTarget
        setBusy(true)
        void (async () => {
          if (!(await sendWaitingAnswers(locale))) {
            setBusy(false)
            return setUnsent(true)
          }
          await clearLearnerData()
          cleared.current = true
          form.requestSubmit()
        })()
      }}
    >
      {children}
      <Button type="submit" variant="neutral" size="lg" className="mt-2" aria-disabled={busy}>
        {labels.submit}
      </Button>
      <div role="alert">
        {unsent ? (
          <Notice tone="error" look="soft" className="mt-3 text-lg">
            {labels.unsent}
          </Notice>
        ) : null}
      </div>
    </form>
  )
}
