import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import QRCode from 'qrcode'

import { RevokedNotice } from '@/components/badges/RevokedNotice'
import { PrintButton } from '@/components/ui/PrintButton'
import { TextLink } from '@/components/ui/TextLink'
import type { Locale } from '@/i18n/locales'
import { badgePath } from '@/lib/badges/achievements'
import { badgeView, findBadge } from '@/lib/badges/queries'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { getPayloadClient } from '@/lib/payload/client'
import { formatBrussels } from '@/lib/time/brussels'

/** Read by the badge's public id, with the host it is printed from: rendered per request, never indexed. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'badges.certificate' })
  return { title: t('metaTitle'), robots: { index: false, follow: false } }
}

/** The certificate to print on one A4 page, in the page's language, with a QR code to the verification page. */
export default async function BadgeCertificatePage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const badge = await findBadge(await getPayloadClient(), id, locale)
  if (!badge) notFound()
  const t = await getTranslations('badges.certificate')
  const view = badgeView(badge, locale)
  const verification = `${await requestOrigin()}${badgePath(locale, view.publicId)}`
  // Generated on our server from our own URL: safe to inline.
  const qr = await QRCode.toString(verification, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <TextLink href={{ pathname: '/badges/[id]', params: { id: view.publicId } }}>← {t('back')}</TextLink>
        <PrintButton label={t('print')} />
      </div>
      <article
        data-testid="certificate"
        className="mt-6 break-inside-avoid rounded-2xl border-8 border-double border-brand-700 p-4 text-center sm:p-8 print:mt-0 print:h-[260mm] print:p-[12mm]"
      >
        <p className="text-2xl font-extrabold tracking-wide text-brand-700">123Digit</p>
        <h1 className="mt-6 break-words text-4xl font-extrabold text-brand-900 sm:text-5xl print:text-5xl">
          {t('heading')}
        </h1>
        <p className="mt-8 text-2xl">{view.holder ? t('awardedTo', { name: view.holder }) : t('awardedAnonymous')}</p>
        <p className="mt-4 break-words text-3xl font-bold text-brand-900 sm:text-4xl print:text-4xl">{view.name}</p>
        <p className="mt-4 text-xl">{t('issued', { date: formatBrussels(view.issuedAt, locale) })}</p>
        {view.structure ? <p className="mt-2 text-xl">{view.structure}</p> : null}
        <p className="mx-auto mt-6 max-w-xl text-lg">{view.criteria}</p>
        <div className="mt-4">
          <RevokedNotice revoked={view.revoked} locale={locale} />
        </div>
        <figure className="mx-auto mt-8 flex max-w-xl flex-col items-center gap-3">
          <div className="w-40" role="img" aria-label={t('qrAlt')} dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption className="text-base">
            {t('scan')} <span className="break-all font-mono">{verification}</span>
          </figcaption>
        </figure>
      </article>
    </div>
  )
}
