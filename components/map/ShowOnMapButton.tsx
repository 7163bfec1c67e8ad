'use client'

/** Asks the map (MapView) to centre on a place and open its popup; the list stays the source of truth. */
export function ShowOnMapButton({ id, label }: { id: number; label: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        window.dispatchEvent(new CustomEvent('digit:show-structure', { detail: { id } }))
        document.getElementById('map')?.scrollIntoView({ block: 'nearest' })
      }}
      className="mt-2 min-h-11 rounded-lg border border-brand-700 px-3 font-semibold text-brand-700 hover:bg-brand-50"
    >
      {label}
    </button>
  )
}
