import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { AccompanimentForm } from '@/components/aidant/AccompanimentForm'
import { Difficulty } from '@/components/aidant/Difficulty'
import { FollowUpTable } from '@/components/aidant/FollowUpTable'
import { Card } from '@/components/ui/Card'
import { ProgressCardsLink } from '@/components/workshops/ProgressCardsLink'
import { LinkButton } from '@/components/ui/LinkButton'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import { buttonClass } from '@/components/ui/buttonClass'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { topicOfTheme } from '@/lib/accompaniments/topics'
import { requireMember } from '@/lib/auth/session'
import { brusselsFormat } from '@/lib/time/brussels'
import { getPayloadClient } from '@/lib/payload/client'
import { displayCode } from '@/lib/workshops/code'
import { workshopFollowUp } from '@/lib/workshops/followUp'
import { requireWorkshop } from '@/lib/workshops/queries'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'workshops' })
  return { title: t('followTitle'), robots: { index: false } }
}

/** One workshop: its code to share, who joined, how far each learner went, and the questions that trip them up. */
export default async function WorkshopPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  const here = getPathname({ href: { pathname: '/espace-aidant/ateliers/[id]', params: { id } }, locale })
  const member = await requireMember(locale, here, { aidant: true })
  const workshop = await requireWorkshop(member, id)
  const payload = await getPayloadClient()
  const [t, f, a, followUp] = await Promise.all([
    getTranslations('workshops'),
    getTranslations('followUp'),
    getTranslations('accompaniment'),
    workshopFollowUp(payload, workshop, member, locale),
  ])
  const firstModule = followUp.modules[0]
  const theme = firstModule
    ? await payload.findByID({ collection: 'modules', id: firstModule.id, depth: 1, select: { themes: true } })
    : null
  const firstTheme = theme?.themes?.[0]
  const topic = topicOfTheme(typeof firstTheme === 'object' ? firstTheme?.slug : undefined)
  const expired = new Date(workshop.expiresAt) <= new Date()
  const dateFormat = brusselsFormat(locale, { dateStyle: 'long' })

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <TextLink href="/espace-aidant">← {t('backToSpace')}</TextLink>
      <PageHeading>{workshop.title}</PageHeading>
      <p className="mt-1 text-lg">{dateFormat.format(new Date(workshop.date))}</p>

      <Card aria-labelledby="code-title" as="section" variant="highlight" className="mt-6">
        <h2 id="code-title" className="text-xl font-bold">
          {t('codeTitle')}
        </h2>
        <p
          className="mt-2 font-mono text-5xl font-extrabold tracking-widest text-brand-900"
          data-testid="workshop-code"
        >
          {displayCode(workshop.code ?? '')}
        </p>
        <p className="mt-2 text-lg">
          {expired
            ? t('expired')
            : t('codeHowTo', {
                url: `${getPathname({ href: '/code', locale })}`,
                date: dateFormat.format(new Date(workshop.expiresAt)),
              })}
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <LinkButton href={{ pathname: '/espace-aidant/ateliers/[id]/imprimer', params: { id } }} size="lg">
            {t('printSheet')}
          </LinkButton>
          <ProgressCardsLink workshop={workshop} member={member} />
          <a
            href={`/api/workshops/${workshop.id}/export.csv?lang=${locale}`}
            className={buttonClass({ variant: 'secondary', size: 'lg' })}
            download
          >
            {f('exportCsv')}
          </a>
        </div>
      </Card>

      <section aria-labelledby="follow-up-title" className="mt-8">
        <h2 id="follow-up-title" className="text-2xl font-bold">
          {f('title')}
        </h2>
        <p className="mb-3 text-slate-700">
          {f('participants', { count: followUp.rows.length + followUp.notSharing })}
          {followUp.notSharing ? ` ${f('notSharing', { count: followUp.notSharing })}` : ''}
        </p>
        <FollowUpTable followUp={followUp} locale={locale} workshop={workshop.id} />
      </section>

      <section aria-labelledby="difficulty-title" className="mt-8">
        <h2 id="difficulty-title" className="mb-3 text-2xl font-bold">
          {f('difficultyTitle')}
        </h2>
        <Difficulty steps={followUp.difficulty} />
      </section>

      <section aria-labelledby="accompaniment-title" className="mt-8 max-w-xl">
        <h2 id="accompaniment-title" className="mb-3 text-2xl font-bold">
          {a('title')}
        </h2>
        <AccompanimentForm
          people={followUp.rows.map((r) => ({ id: r.participant.id, name: r.participant.name }))}
          theme={topic}
          workshop={workshop.id}
        />
      </section>
    </div>
  )
}
