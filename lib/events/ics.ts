/** iCalendar (RFC 5545) for our events: one file per event, and a feed of them all. Pure: unit-tested. */
export type IcsEvent = {
  id: number
  title: string
  summary: string
  startsAt: string
  endsAt: string
  url: string
  location?: string | null
}

const stamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
const escape = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines longer than 75 characters continue on the next line after a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const parts: string[] = []
  for (let i = 0; i < line.length; i += 73) parts.push(line.slice(i, i + 73))
  return parts.join('\r\n ')
}

export function icsCalendar(events: IcsEvent[], name: string, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//WeTechCare//123Digit//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escape(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:event-${event.id}@123digit.be`,
      `DTSTAMP:${stamp(now.toISOString())}`,
      `DTSTART:${stamp(event.startsAt)}`,
      `DTEND:${stamp(event.endsAt)}`,
      `SUMMARY:${escape(event.title)}`,
      `DESCRIPTION:${escape(`${event.summary}\n\n${event.url}`)}`,
      ...(event.location ? [`LOCATION:${escape(event.location)}`] : []),
      `URL:${event.url}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}
