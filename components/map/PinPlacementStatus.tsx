'use client'

import { useEffect, useState } from 'react'

import type { PinPlacementLabels } from '@/lib/forms/types'
import { frenchOf } from '@/lib/text/elision'

type Check = { km: number; far: boolean; city: string } | null

/**
 * Next to the pin: how the address was placed, and whether the pin is far (> 2 km) from its municipality's
 * centre, in a live region so a screen reader hears the warning when the pin or the coordinates change. The
 * check is the server's (GET /api/map/pin-check): the place lookup stays on the server.
 */
export function PinPlacementStatus({
  labels,
  form,
  pin,
}: {
  labels: PinPlacementLabels
  form: () => HTMLFormElement | null
  pin: { longitude: number; latitude: number } | null
}) {
  const [check, setCheck] = useState<Check>(null)

  useEffect(() => {
    const element = form()
    if (!pin || !element) return
    const value = (name: string) =>
      element.querySelector<HTMLInputElement>(
        `[name="${name}"]:is(input[type=text], input:not([type]), input:checked, select)`,
      )?.value ?? ''
    const query = new URLSearchParams({
      country: value(labels.address.country),
      postcode: value(labels.address.postcode),
      city: value(labels.address.city),
      latitude: String(pin.latitude),
      longitude: String(pin.longitude),
    })
    const controller = new AbortController()
    fetch(`${labels.checkUrl}?${query}`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Check>) : null))
      .then(setCheck)
      .catch(() => undefined)
    return () => controller.abort()
  }, [pin, form, labels])

  // Without a pin there is nothing to check (an earlier answer is not shown).
  const shown = pin ? check : null
  const distance = shown
    ? `${new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 1 }).format(shown.km)} km`
    : ''
  const city = shown?.city ?? ''
  const fill = (text: string) =>
    text.replace('{distance}', distance).replace('{city}', city).replace('{ofCity}', frenchOf(city))
  return (
    <div className="mt-2 space-y-2 text-lg">
      <p>
        <strong>{labels.title}</strong>
        <br />
        {labels.precision}
      </p>
      <p
        role="status"
        data-testid="pin-warning"
        className={shown?.far ? 'rounded-lg border-l-8 border-amber-600 bg-amber-50 p-3 font-semibold' : ''}
      >
        {shown ? fill(shown.far ? labels.far : labels.near) : ''}
      </p>
    </div>
  )
}
