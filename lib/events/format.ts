import type { Event } from '@/payload-types'
import { brusselsFormat, formatBrussels } from '@/lib/time/brussels'

/** "jeudi 10 décembre 2026, 14:00–15:30", in Belgian time. */
export function formatEventDate(event: Pick<Event, 'startsAt' | 'endsAt'>, locale: string): string {
  const day = formatBrussels(event.startsAt, locale, { dateStyle: 'full' })
  const time = brusselsFormat(locale, { hour: '2-digit', minute: '2-digit' })
  return `${day}, ${time.format(new Date(event.startsAt))}–${time.format(new Date(event.endsAt))}`
}
