import type { Event } from '@/payload-types'
import { localeTag } from '@/i18n/locales'

/** "jeudi 10 décembre 2026, 14:00–15:30", in Belgian time. */
export function formatEventDate(event: Pick<Event, 'startsAt' | 'endsAt'>, locale: string): string {
  const zone = { timeZone: 'Europe/Brussels' } as const
  const tag = localeTag(locale)
  const day = new Intl.DateTimeFormat(tag, { ...zone, dateStyle: 'full' }).format(new Date(event.startsAt))
  const time = new Intl.DateTimeFormat(tag, { ...zone, hour: '2-digit', minute: '2-digit' })
  return `${day}, ${time.format(new Date(event.startsAt))}–${time.format(new Date(event.endsAt))}`
}
