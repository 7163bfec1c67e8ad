'use client'

import { type FormEvent, useRef, useState } from 'react'

import { clearLearnerData, sendWaitingAnswers } from './learnerData'

/**
 * For the forms that end a learner's time on a device ("Quitter l'atelier sur cet appareil", signing out): the
 * answers still waiting are sent first, then what the device kept for offline use is emptied, then the form
 * reaches the server. If answers cannot be sent yet the form stops and `unsent` says so. Without JavaScript the
 * form still works; nothing was kept offline then either.
 */
export function useForgetDevice(locale: string) {
  const [unsent, setUnsent] = useState(false)
  const [busy, setBusy] = useState(false)
  const cleared = useRef(false)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
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
  }

  return { onSubmit, busy, unsent }
}
