import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { Button } from '@/components/ui/Button'
import { LinkButton } from '@/components/ui/LinkButton'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { PrintButton } from '@/components/ui/PrintButton'
import { TextLink } from '@/components/ui/TextLink'
import { CardSheet } from '@/components/workshops/CardSheet'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { integerId } from '@/lib/http/id'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { getPayloadClient } from '@/lib/payload/client'
import { renewPersonalCodeAction } from '@/lib/workshops/actions'
import { cardView } from '@/lib/workshops/cardView'
import { printProgressCards } from '@/lib/workshops/print-progress-cards'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: Locale; id: string }>
  searchParams: Promise<{ participant?: string | string[]; renewed?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'progressCard' })
  return { title: t('cardsTitle'), robots: { index: false } }
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? integerId(value) : null)

/**
 * The progress cards of a workshop's participants, four per A4 sheet, for the aidant who runs it: all of
 * them, or one (`?participant=`). Each card can get a new code (the old one stops working at once).
 */
export default async function WorkshopCardsPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const here = getPathname({ href: { pathname: '/espace-aidant/ateliers/[id]/cartes', params: { id } }, locale })
  const member = await requireMember(locale, here, { aidant: true })
  const query = await searchParams
  const participant = one(query.participant)
  const result = await printProgressCards({
    payload: await getPayloadClient(),
    actor: member,
    input: { workshop: integerId(id), participant },
  })
  if (!result.ok) notFound()
  const { workshop, cards } = result.value
  const [t, p, origin] = await Promise.all([getTranslations('progressCard'), getTranslations('print'), requestOrigin()])
  const views = await Promise.all(cards.map((card) => cardView(card, origin, locale)))
  const renewed = views.find((card) => card.participant === one(query.renewed))
  const expired = new Date(workshop.expiresAt) <= new Date()

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 print:p-0">
      <div className="print:hidden">
        <TextLink href={{ pathname: '/espace-aidant/ateliers/[id]', params: { id } }}>← {t('backToWorkshop')}</TextLink>
        <PageHeading>{t('cardsTitle')}</PageHeading>
        <p className="mt-1 text-lg">{workshop.title}</p>
        <p className="mt-2 text-lg">{t('cardsIntro')}</p>
        {expired ? (
          <Notice tone="warning" className="mt-3">
            {t('cardsExpired')}
          </Notice>
        ) : null}
        {renewed ? (
          <Notice tone="success" className="mt-3" role="status">
            {t('renewed', { name: renewed.name })}
          </Notice>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          {views.length ? <PrintButton label={participant ? p('print') : t('printAll')} /> : null}
          {participant ? (
            <LinkButton
              href={{ pathname: '/espace-aidant/ateliers/[id]/cartes', params: { id } }}
              variant="secondary"
              size="lg"
            >
              {t('showAll')}
            </LinkButton>
          ) : null}
        </div>
        {views.length ? null : <p className="mt-6 text-lg">{t('noCards')}</p>}
      </div>
      <CardSheet
        cards={views}
        after={(card) => (
          <>
            {participant ? null : (
              <LinkButton
                href={{
                  pathname: '/espace-aidant/ateliers/[id]/cartes',
                  params: { id },
                  query: { participant: String(card.participant) },
                }}
                variant="secondary"
                aria-label={t('printOneOf', { name: card.name })}
              >
                {t('printOne')}
              </LinkButton>
            )}
            {/* Two steps without script: the old card stops working, so the aidant confirms first. */}
            <details className="w-full">
              <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg px-2 font-semibold text-brand-700 underline">
                {t('renewOf', { name: card.name })}
              </summary>
              <form action={renewPersonalCodeAction.bind(null, locale, workshop.id, card.participant)} className="mt-2">
                <p>{t('renewWarning')}</p>
                <Button type="submit" variant="danger" className="mt-2">
                  {t('renewConfirm', { name: card.name })}
                </Button>
              </form>
            </details>
          </>
        )}
      />
    </div>
  )
}
