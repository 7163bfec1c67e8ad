import { sortedHours } from '@/lib/map/hours'

/** "0,3 km" in French and Dutch (the locale's decimal comma), one decimal under 10 km, none above. Pure. */
export function formatKm(km: number, locale: string): string {
  const digits = km < 10 ? 1 : 0
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(km)} km`
}

type Slot = { day: string; opens: string; closes: string }

/**
 * Opening hours grouped by day for a short display: [["mon", "09:00–12:00, 13:30–17:00"], …], weekdays in
 * order. Pure.
 */
export function hoursByDay(hours: Slot[] | null | undefined): [string, string][] {
  const days: [string, string][] = []
  for (const slot of sortedHours(hours)) {
    const range = `${slot.opens}–${slot.closes}`
    const last = days.at(-1)
    if (last && last[0] === slot.day) last[1] += `, ${range}`
    else days.push([slot.day, range])
  }
  return days
}
