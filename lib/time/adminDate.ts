import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { fr } from 'date-fns/locale/fr'
import { nlBE } from 'date-fns/locale/nl-BE'

import { brusselsZone } from '@/lib/time/brussels'

/** Payload's `admin.dateFormat`: day, short month, year, 24-hour clock ("2 déc. 2026, 14:35"). */
export const adminDateFormat = 'd MMM yyyy, HH:mm'
const adminDayFormat = 'd MMM yyyy'

const inBrussels = tz(brusselsZone)

/**
 * A moment as the admin shows it, in Brussels time whatever the zone of the server or of the editor's device:
 * "2 déc. 2026, 14:35" in French, "2 dec. 2026, 14:35" in Dutch; a day-only date without its time. Anything that
 * is not a date gives an empty string (an empty cell).
 */
export function formatAdminDate(value: unknown, language: string, dayOnly = false): string {
  if (!(typeof value === 'string' || typeof value === 'number' || value instanceof Date)) return ''
  const moment = new Date(value)
  if (Number.isNaN(moment.getTime())) return ''
  return format(moment, dayOnly ? adminDayFormat : adminDateFormat, {
    in: inBrussels,
    locale: language === 'nl' ? nlBE : fr,
  })
}
