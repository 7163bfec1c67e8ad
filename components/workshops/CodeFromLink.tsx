'use client'

import { useEffect } from 'react'

/**
 * The QR code of a progress card opens /code#CODE: the code travels in the URL's fragment, which browsers
 * never send to a server, so it is in no access log. This copies it into the code field, then takes it out
 * of the address bar and the history.
 */
export function CodeFromLink({ field }: { field: string }) {
  useEffect(() => {
    const code = window.location.hash.slice(1).slice(0, 40)
    if (!code) return
    const input = document.getElementById(field)
    if (input instanceof HTMLInputElement && !input.value) input.value = code
    window.history.replaceState(null, '', window.location.pathname + window.location.search)
  }, [field])
  return null
}
