'use client'

import { Button } from '@/components/ui/Button'

/** Loads the page the learner asked for again (the offline page is shown at that page's own address). */
export function RetryButton({ label }: { label: string }) {
  return (
    <Button type="button" size="lg" onClick={() => window.location.reload()}>
      {label}
    </Button>
  )
}
