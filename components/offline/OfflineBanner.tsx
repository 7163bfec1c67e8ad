'use client'

import { useOnline } from './useOnline'

/**
 * A clear line at the top of learner pages when the connection is gone: the learner may go on, nothing is lost.
 * A live region, so a screen reader says it when it appears.
 */
export function OfflineBanner({ label }: { label: string }) {
  const online = useOnline()
  return (
    <div role="status" aria-live="polite">
      {online ? null : (
        <p className="bg-amber-100 px-4 py-2 text-center text-lg font-semibold text-amber-950 print:hidden">
          <span aria-hidden="true">⚠ </span>
          {label}
        </p>
      )}
    </div>
  )
}
