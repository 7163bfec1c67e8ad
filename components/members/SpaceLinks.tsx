import { Link, type Href } from '@/i18n/navigation'

/** Big buttons with an icon and words: the spaces' main choices. */
export function SpaceLinks({ links }: { links: { href: Href; label: string; icon: string }[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {links.map((link) => (
        <li key={link.label}>
          <Link
            href={link.href}
            className="flex min-h-20 items-center gap-4 rounded-xl border-2 border-brand-700 p-4 text-xl font-bold text-brand-900 hover:bg-brand-50"
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" className="h-10 w-10 shrink-0 fill-brand-700">
              <path d={link.icon} />
            </svg>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

export const icons = {
  book: 'M4 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H4zm16 0h-4a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h5z',
  building: 'M3 21V7l9-4 9 4v14h-7v-5h-4v5zm5-10h2V9H8zm6 0h2V9h-2zm-6 4h2v-2H8zm6 0h2v-2h-2z',
  person: 'M12 12a5 5 0 1 0-5-5 5 5 0 0 0 5 5zm0 2c-4 0-8 2-8 5v2h16v-2c0-3-4-5-8-5z',
  learn: 'M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4L12 21l7-3.8v-4L12 17z',
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  chart: 'M3 21V3h2v16h16v2zm4-4V10h3v7zm5 0V6h3v11zm5 0v-5h3v5z',
  share: 'M11 16V7.8L8.4 10.4 7 9l5-5 5 5-1.4 1.4L13 7.8V16zm-7 4v-6h2v4h12v-4h2v6z',
}
