import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import QRCode from 'qrcode'

import { PrintButton } from '@/components/ui/PrintButton'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { displayCode } from '@/lib/workshops/code'
import { workshopContent } from '@/lib/workshops/content'
import { requireWorkshop } from '@/lib/workshops/queries'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'workshops' })
  return { title: t('sheetTitle'), robots: { index: false } }
}

/** The sheet to hand out or project: the code in large type, the address, and a QR code that fills the code in. */
export default async function WorkshopSheetPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const here = getPathname({ href: { pathname: '/espace-aidant/ateliers/[id]/imprimer', params: { id } }, locale })
  const member = await requireMember(locale, here, { aidant: true })
  const workshop = await requireWorkshop(member, id)
  const [t, p, content] = await Promise.all([
    getTranslations('workshops'),
    getTranslations('print'),
    workshopContent(await getPayloadClient(), workshop, locale),
  ])
  // A member page, rendered per request: the QR code points at the host the aidant is on.
  const codePage = `${await requestOrigin()}${getPathname({ href: '/code', locale })}`
  const qr = await QRCode.toString(`${codePage}?code=${workshop.code}`, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
  })
  const titles = [...content.modules.map((m) => m.title), ...content.parcours.map((x) => x.title)]

  return (
    <article className="mx-auto max-w-3xl px-4 py-8 text-center print:p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <TextLink href={{ pathname: '/espace-aidant/ateliers/[id]', params: { id } }}>← {t('backToWorkshop')}</TextLink>
        <PrintButton label={p('print')} />
      </div>
      <h1 className="mt-6 text-4xl font-extrabold text-brand-900">{workshop.title}</h1>
      <p className="mt-6 text-2xl">{t('sheetStep1')}</p>
      <p className="mt-2 break-all font-mono text-3xl font-bold">{codePage}</p>
      <p className="mt-6 text-2xl">{t('sheetStep2')}</p>
      <p className="mt-2 font-mono text-7xl font-extrabold tracking-widest text-brand-900">
        {displayCode(workshop.code ?? '')}
      </p>
      <figure className="mx-auto mt-8 w-64">
        {/* Generated on our server from our own URL: safe to inline. */}
        <div className="w-64" role="img" aria-label={t('qrAlt')} dangerouslySetInnerHTML={{ __html: qr }} />
        <figcaption className="mt-2 text-lg">{t('sheetQr')}</figcaption>
      </figure>
      {titles.length ? (
        <section className="mt-8 text-left">
          <h2 className="text-2xl font-bold">{t('sheetContent')}</h2>
          <ul className="mt-2 list-disc pl-6 text-xl">
            {titles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
