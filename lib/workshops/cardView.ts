import QRCode from 'qrcode'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'

import { displayPersonalCode } from './personalCode'
import type { ProgressCard } from './progressCards'

/** A card as printed: the code in groups, the address to type by hand, and the QR code's SVG. */
export type CardView = { participant: number; name: string; code: string; address: string; qr: string }

/**
 * The QR code opens /code with the personal code in the URL's fragment (`/fr/code#K7QM3XP9RT`): a browser
 * never sends the fragment, so the code stays out of every server and proxy access log; a small script on the
 * page copies it into the field (components/workshops/CodeFromLink.tsx).
 */
export async function cardView(card: ProgressCard, origin: string, locale: Locale): Promise<CardView> {
  const path = getPathname({ href: '/code', locale })
  const qr = await QRCode.toString(`${origin}${path}#${card.code}`, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  })
  return { ...card, code: displayPersonalCode(card.code), address: `${new URL(origin).host}${path}`, qr }
}
