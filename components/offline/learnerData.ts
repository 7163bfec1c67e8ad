import { learnerCaches } from '@/lib/offline/caches'

/** The player's answer queues in localStorage (components/formation/SavedFormation.tsx): `digit-progress:p12:f3`. */
const queueKey = /^digit-progress:.*:f(\d+)$/

function queueKeys(): string[] {
  return Object.keys(localStorage).filter((key) => queueKey.test(key))
}

/**
 * Sends the answers still waiting in this browser, before the learner leaves: once the workshop session is gone
 * they could no longer be sent. True when nothing is left waiting.
 */
export async function sendWaitingAnswers(locale: string): Promise<boolean> {
  for (const key of queueKeys()) {
    const formation = Number(queueKey.exec(key)?.[1])
    const events = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown
    if (!Array.isArray(events) || events.length === 0) continue
    try {
      const response = await fetch('/api/player/progress', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ formation, locale, events }),
      })
      // A 4xx will never succeed (the formation is gone): nothing to keep it for.
      if (response.status >= 500 || response.status === 429) return false
    } catch {
      return false
    }
    localStorage.removeItem(key)
  }
  return true
}

/** Forgets what this device kept for the learner: the pages and pictures kept offline, the answer queues. */
export async function clearLearnerData(): Promise<void> {
  for (const key of queueKeys()) localStorage.removeItem(key)
  if ('caches' in window) await Promise.all(Object.values(learnerCaches).map((name) => caches.delete(name)))
}
