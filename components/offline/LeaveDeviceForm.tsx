'use client'

import type { ReactNode } from 'react'

import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'

import { useForgetDevice } from './useForgetDevice'

type Props = {
  action: (formData: FormData) => void | Promise<void>
  locale: string
  children: ReactNode
  labels: { submit: string; unsent: string }
}

/** "Quitter l'atelier sur cet appareil" on the learner space: the device forgets the learner (useForgetDevice). */
export function LeaveDeviceForm({ action, locale, children, labels }: Props) {
  const { onSubmit, busy, unsent } = useForgetDevice(locale)
  return (
    <form action={action} onSubmit={onSubmit}>
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
