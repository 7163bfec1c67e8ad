import { structureOptions } from '@/lib/structures/options'
import type { Day, TimeOfDay } from './criteria'

type Slot = { day: string; opens: string; closes: string }

/** What "morning", "afternoon" and "evening" mean, as opening-hour times ("HH:MM" compare as text). */
export const timeWindows: Record<TimeOfDay, { from: string; to: string }> = {
  morning: { from: '08:00', to: '12:00' },
  afternoon: { from: '12:00', to: '17:00' },
  evening: { from: '17:00', to: '21:00' },
}

/** An opening shorter than this within the person's window is no real chance of being helped. */
const minimumMinutes = 30

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/**
 * Whether a structure is open at one of the times the person is free: on one of the chosen days (any day if
 * none), for at least half an hour within one of the chosen parts of the day (any time if none). Pure.
 */
export function openWhenAvailable(hours: Slot[] | null | undefined, days: Day[], times: TimeOfDay[]): boolean {
  if (!days.length && !times.length) return true
  const wantedDays: readonly string[] = days.length ? days : structureOptions.days
  const windows = times.length ? times.map((t) => timeWindows[t]) : [{ from: '00:00', to: '24:00' }]
  return (hours ?? []).some(
    (slot) =>
      wantedDays.includes(slot.day) &&
      windows.some(
        (w) =>
          Math.min(minutes(slot.closes), minutes(w.to)) - Math.max(minutes(slot.opens), minutes(w.from)) >=
          minimumMinutes,
      ),
  )
}
