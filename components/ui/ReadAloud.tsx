'use client'

import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { localeTag } from '@/i18n/locales'

import { Button } from './Button'

const noSubscribe = () => () => {}

/**
 * Reads a text with the browser's own speech synthesis (nothing is sent anywhere). Stops when it leaves the page
 * (next step, next task), so one text never runs over the next.
 */
export function ReadAloud({
  text,
  lang,
  labels,
}: {
  text: string
  lang: string
  labels: { read: string; stop: string }
}) {
  const [speaking, setSpeaking] = useState(false)
  // Known only in the browser: the server renders no button, the browser adds it when it can speak.
  const supported = useSyncExternalStore(
    noSubscribe,
    () => 'speechSynthesis' in window,
    () => false,
  )
  // Only a reading this button started is stopped: waking the speech engine for nothing costs a phone time.
  const started = useRef(false)
  useEffect(() => () => void (started.current && window.speechSynthesis.cancel()), [])
  if (!supported) return null
  const toggle = () => {
    window.speechSynthesis.cancel()
    if (speaking) return setSpeaking(false)
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = localeTag(lang)
    utterance.rate = 0.9
    utterance.onend = () => setSpeaking(false)
    setSpeaking(true)
    started.current = true
    window.speechSynthesis.speak(utterance)
  }
  return (
    <Button type="button" onClick={toggle} aria-pressed={speaking} variant="neutral" size="lg">
      {speaking ? labels.stop : labels.read}
    </Button>
  )
}
