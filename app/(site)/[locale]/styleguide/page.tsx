import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { ButtonSize, ButtonVariant } from '@/components/ui/buttonClass'
import { Badge, type BadgeTone } from '@/components/ui/Badge'
import { Button } from '@/components/ui/Button'
import { Card, type CardVariant } from '@/components/ui/Card'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { FieldError } from '@/components/ui/FieldError'
import { LevelBadge } from '@/components/ui/LevelBadge'
import { LinkButton } from '@/components/ui/LinkButton'
import { Notice, type NoticeLook, type NoticeTone } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'styleguide' })
  // A page for the team, not for search engines: kept out of lib/seo/sitemap.ts too.
  return { title: t('title'), alternates: alternatesFor('/styleguide', locale), robots: { index: false } }
}

const buttonVariants: ButtonVariant[] = ['primary', 'secondary', 'neutral', 'danger']
const buttonSizes: ButtonSize[] = ['md', 'lg', 'xl']
const cardVariants: Exclude<CardVariant, 'link'>[] = ['plain', 'muted', 'highlight', 'empty']
const noticeTones: NoticeTone[] = ['info', 'success', 'warning', 'error']
const noticeLooks: NoticeLook[] = ['box', 'bar', 'soft']
const badgeTones: BadgeTone[] = ['brand', 'success', 'warning', 'neutral']

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {intro ? <p className="mt-2 text-lg text-slate-700">{intro}</p> : null}
      <div className="mt-4 space-y-6">{children}</div>
    </section>
  )
}

/** One example and the sentence that says when to use it. */
function Sample({ when, children }: { when: string; children: ReactNode }) {
  return (
    <div className="grid gap-3 border-t border-slate-200 pt-4 md:grid-cols-[1fr_2fr] md:items-start">
      <p className="text-slate-700">{when}</p>
      <div className="flex flex-wrap items-center gap-3">{children}</div>
    </div>
  )
}

/** The UI primitives of components/ui in every variant, with when to use each: the reference for new pages. */
export default async function StyleguidePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('styleguide')

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg">{t('intro')}</p>

      <Section id="sg-buttons" title={t('buttons.title')} intro={t('buttons.intro')}>
        {buttonVariants.map((variant) => (
          <Sample key={variant} when={t(`buttons.${variant}`)}>
            <Button type="button" variant={variant}>
              {t(`buttons.labels.${variant}`)}
            </Button>
          </Sample>
        ))}
        <Sample when={t('buttons.sizes')}>
          {buttonSizes.map((size) => (
            <Button key={size} type="button" size={size}>
              {t(`buttons.labels.${size}`)}
            </Button>
          ))}
        </Sample>
        <Sample when={t('buttons.disabled')}>
          <Button type="button" size="lg" disabled>
            {t('buttons.labels.disabled')}
          </Button>
        </Sample>
      </Section>

      <Section id="sg-links" title={t('links.title')}>
        <Sample when={t('links.intro')}>
          <LinkButton href="/" size="lg">
            {t('links.home')}
          </LinkButton>
          <LinkButton href="/catalogue" variant="secondary" size="lg">
            {t('links.catalogue')}
          </LinkButton>
        </Sample>
        <Sample when={t('links.textLink')}>
          <TextLink href="/">{t('links.back')}</TextLink>
        </Sample>
      </Section>

      <Section id="sg-cards" title={t('cards.title')}>
        <Sample when={t('cards.link')}>
          <Card as="article" variant="link" className="w-full max-w-sm">
            <h3 className="text-lg font-bold">
              <Link href="/catalogue" className="text-brand-700 after:absolute after:inset-0 hover:underline">
                {t('cards.sampleTitle')}
              </Link>
            </h3>
            <p className="mt-2 text-slate-700">{t('cards.sampleText')}</p>
          </Card>
        </Sample>
        {cardVariants.map((variant) => (
          <Sample key={variant} when={t(`cards.${variant}`)}>
            <Card variant={variant} className="w-full max-w-sm">
              <h3 className="text-lg font-bold">{t('cards.sampleTitle')}</h3>
              <p className="mt-2">{t('cards.sampleText')}</p>
            </Card>
          </Sample>
        ))}
      </Section>

      <Section id="sg-notices" title={t('notices.title')} intro={t('notices.intro')}>
        {noticeLooks.map((look) => (
          <Sample key={look} when={t(`notices.${look}`)}>
            <div className="w-full space-y-2">
              {noticeTones.map((tone) => (
                <Notice key={tone} tone={tone} look={look}>
                  {t(`notices.${tone}`)}
                </Notice>
              ))}
            </div>
          </Sample>
        ))}
      </Section>

      <Section id="sg-badges" title={t('badges.title')}>
        <Sample when={t('badges.intro')}>
          {badgeTones.map((tone) => (
            <Badge key={tone} tone={tone}>
              {t(`badges.${tone}`)}
            </Badge>
          ))}
        </Sample>
        <Sample when={t('badges.level')}>
          <LevelBadge level="1" />
          <LevelBadge level="3" />
        </Sample>
      </Section>

      <Section id="sg-text" title={t('text.title')}>
        <Sample when={t('text.pageHeading')}>
          <p className="text-3xl font-extrabold text-brand-900">{t('title')}</p>
        </Sample>
        <Sample when={t('text.eyebrow')}>
          <Eyebrow>{t('text.eyebrowSample')}</Eyebrow>
        </Sample>
        <Sample when={t('text.fieldError')}>
          <div className="w-full max-w-sm">
            <label htmlFor="sg-email" className="block text-lg font-semibold">
              {t('text.fieldLabel')}
            </label>
            <input
              id="sg-email"
              type="email"
              defaultValue="nom@"
              aria-invalid
              aria-describedby="sg-email-error"
              className="mt-1 block min-h-12 w-full rounded-lg border-2 border-red-700 px-3 text-lg"
            />
            <FieldError id="sg-email-error" className="mt-1">
              {t('text.fieldErrorSample')}
            </FieldError>
          </div>
        </Sample>
      </Section>
    </div>
  )
}
