'use client'

import { useEffect, useState } from 'react'

import { sendWaitingAnswers } from './learnerData'

type Props = {
  /** Learner pages to keep for offline use now (the formations shared with the learner's workshops). */
  keep?: string[]
  /** Said once they are kept. */
  readyLabel?: string
  /**
   * Sends the answers given offline as soon as there is a connection, from a page without a player (the learner
   * space). Never on the player's page: its own queue owns them there.
   */
  sendWaitingIn?: string
}

/**
 * Installs the service worker (sw/sw.ts) from learner pages only, and asks it to keep the pages the learner will
 * need with no connection. Production builds only: `next dev` has no public/sw.js.
 */
export function OfflineSupport({ keep = [], readyLabel, sendWaitingIn }: Props) {
  const [ready, setReady] = useState(false)
  const urls = keep.join('\n')

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return
    let active = true
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const list = urls ? urls.split('\n') : []
        // A page reached by a client-side navigation (a link, a form's redirect) never went through the service
        // worker as a page: ask it to keep this one too. A page loaded as a document was kept on its way.
        const here = window.location.pathname + window.location.search
        const loaded = performance.getEntriesByType('navigation')[0]?.name
        if (!loaded || new URL(loaded).pathname + new URL(loaded).search !== here) list.push(here)
        if (!list.length || !registration.active) return
        const channel = new MessageChannel()
        channel.port1.onmessage = () => active && setReady(true)
        registration.active.postMessage({ type: 'digit-warm', urls: list }, [channel.port2])
      })
      .catch(() => {
        // No service worker (private browsing, an old browser): the site works online as before.
      })
    return () => {
      active = false
    }
  }, [urls])

  useEffect(() => {
    if (!sendWaitingIn) return
    const send = () => void sendWaitingAnswers(sendWaitingIn)
    send()
    window.addEventListener('online', send)
    return () => window.removeEventListener('online', send)
  }, [sendWaitingIn])

  return ready && readyLabel ? (
    <p className="mt-2 text-base text-green-900" data-offline-ready="">
      <span aria-hidden="true">✓ </span>
      {readyLabel}
    </p>
  ) : null
}
