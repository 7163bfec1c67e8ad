'use client'

import { Button } from '@/components/ui/Button'

/** Asks the map (MapView) to centre on a place and open its popup; the list stays the source of truth. */
export function ShowOnMapButton({ id, label }: { id: number; label: string }) {
  return (
    <Button
      type="button"
      onClick={() => {
        window.dispatchEvent(new CustomEvent('digit:show-structure', { detail: { id } }))
        document.getElementById('map')?.scrollIntoView({ block: 'nearest' })
      }}
      variant="secondary"
      className="mt-2"
    >
      {label}
    </Button>
  )
}
