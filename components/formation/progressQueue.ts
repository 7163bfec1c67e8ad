import type { ProgressEvent } from '@/lib/progress/types'

export type SendResult = { ok: true; body: unknown } | { ok: false; retry: boolean }

/**
 * The player's events wait in localStorage until the server has them: a dropped connection, a closed tab or
 * a reload loses nothing. Events carry whole states, so sending one twice is harmless (lib/progress/merge.ts).
 */
export class ProgressQueue {
  private pending: ProgressEvent[]
  private sending = false
  private timer: ReturnType<typeof setTimeout> | undefined
  private delay = 2000

  constructor(
    private readonly storageKey: string,
    private readonly send: (events: ProgressEvent[]) => Promise<SendResult>,
    private readonly onChange: (state: { waiting: number; offline: boolean; body?: unknown }) => void,
  ) {
    this.pending = read(storageKey)
  }

  /** Events kept from an earlier visit that the server may not have yet. */
  get waiting(): ProgressEvent[] {
    return [...this.pending]
  }

  push(event: ProgressEvent): void {
    this.pending.push(event)
    write(this.storageKey, this.pending)
    void this.flush()
  }

  async flush(): Promise<void> {
    if (this.sending || this.pending.length === 0) return
    this.sending = true
    clearTimeout(this.timer)
    const batch = this.pending.slice(0, 100)
    const result = await this.send(batch).catch((): SendResult => ({ ok: false, retry: true }))
    this.sending = false
    if (result.ok) {
      this.pending = this.pending.slice(batch.length)
      write(this.storageKey, this.pending)
      this.delay = 2000
      this.onChange({ waiting: this.pending.length, offline: false, body: result.body })
      if (this.pending.length) void this.flush()
      return
    }
    this.onChange({ waiting: this.pending.length, offline: true })
    // Try again later, more slowly each time (at most every 30 s), and at once when the browser is back online.
    if (result.retry) {
      this.timer = setTimeout(() => void this.flush(), this.delay)
      this.delay = Math.min(this.delay * 2, 30_000)
    }
  }

  stop(): void {
    clearTimeout(this.timer)
  }
}

function read(key: string): ProgressEvent[] {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown
    return Array.isArray(value) ? (value as ProgressEvent[]) : []
  } catch {
    return []
  }
}

function write(key: string, events: ProgressEvent[]): void {
  try {
    if (events.length) localStorage.setItem(key, JSON.stringify(events))
    else localStorage.removeItem(key)
  } catch {
    // Private browsing or a full storage: the events stay in memory for this visit.
  }
}
