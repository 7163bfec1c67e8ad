import { describe, expect, it } from 'vitest'

import { formatEventDate } from '@/lib/events/format'
import { icsCalendar } from '@/lib/events/ics'

describe('iCalendar', () => {
  const event = {
    id: 7,
    title: 'Atelier ; virgules, et retours',
    summary: 'Ligne 1\nUne deuxième ligne assez longue pour dépasser les soixante-quinze caractères permis.',
    startsAt: '2026-12-10T13:00:00.000Z',
    endsAt: '2026-12-10T14:30:00.000Z',
    url: 'https://123digit.be/fr/evenements/x',
    location: 'Rue Haute 20, 1000 Bruxelles',
  }
  const ics = icsCalendar([event], '123Digit', new Date('2026-11-23T10:00:00Z'))

  it('writes one VEVENT in UTC with escaped text and CRLF line ends', () => {
    expect(ics.split('\r\n').slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0'])
    expect(ics).toContain('DTSTART:20261210T130000Z\r\nDTEND:20261210T143000Z')
    expect(ics).toContain('SUMMARY:Atelier \\; virgules\\, et retours')
    expect(ics).toContain('UID:event-7@123digit.be')
    expect(ics).toContain('LOCATION:Rue Haute 20\\, 1000 Bruxelles')
  })

  it('folds long lines at 75 characters', () => {
    for (const line of ics.split('\r\n')) expect(line.length).toBeLessThanOrEqual(75)
    expect(ics).toContain('\r\n ')
  })

  it('shows the time in Brussels', () => {
    expect(formatEventDate(event, 'fr')).toBe('jeudi 10 décembre 2026, 14:00–15:30')
    expect(formatEventDate(event, 'nl')).toBe('donderdag 10 december 2026, 14:00–15:30')
  })
})
