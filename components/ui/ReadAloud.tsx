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
  compact = false,
}: {
  text: string
  lang: string
  labels: { read: string; stop: string }
  /** A 44 px loudspeaker button beside the text it reads, its label for screen readers and as a tooltip. */
  compact?: boolean
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
  const label = speaking ? labels.stop : labels.read
  if (compact) {
    return (
      <Button
        type="button"
        onClick={toggle}
        aria-pressed={speaking}
        variant="neutral"
        size="md"
        className="w-11 shrink-0 px-0!"
        title={label}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-6 w-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M4 9h4l5-4v14l-5-4H4z" strokeLinejoin="round" />
          {speaking ? (
            <path d="M17 9v6M20 9v6" strokeLinecap="round" />
          ) : (
            <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" strokeLinecap="round" />
          )}
        </svg>
        <span className="sr-only">{label}</span>
      </Button>
    )
  }
  return (
    <Button type="button" onClick={toggle} aria-pressed={speaking} variant="neutral" size="lg">
      {label}
    </Button>
  )
}
