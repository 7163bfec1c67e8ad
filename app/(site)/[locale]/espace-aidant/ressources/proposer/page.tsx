import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { PageHeading } from '@/components/ui/PageHeading'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { getThemes } from '@/lib/catalogue/queries'
import { formLabels } from '@/lib/forms/state'
import { proposeResourceAction } from '@/lib/resources/actions'
import { proposalFileMaxBytes, proposalFileTypes } from '@/lib/resources/fileTypes'
import { licenceMessageKey, proposableLicences } from '@/lib/resources/licences'
import { alternatesFor } from '@/lib/seo/alternates'
import type { Structure } from '@/payload-types'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'proposals' })
  return {
    title: t('title'),
    alternates: alternatesFor('/espace-aidant/ressources/proposer', locale),
    robots: { index: false },
  }
}

// What the file input offers (the server checks the content whatever the picker let through).
const accept = [...Object.keys(proposalFileTypes), ...Object.values(proposalFileTypes).map((e) => `.${e}`)].join(',')

/** "Proposer une ressource": an aidant shares a link or a file with the community, moderated by the team. */
export default async function ProposeResourcePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const here = getPathname({ href: '/espace-aidant/ressources/proposer', locale })
  const member = await requireMember(locale, here, { aidant: true })
  const structure = typeof member.structure === 'object' ? (member.structure as Structure | null) : null
  const [t, r, lv, labels, themes] = await Promise.all([
    getTranslations('proposals'),
    getTranslations('resources'),
    getTranslations('levels'),
    formLabels(),
    getThemes(locale),
  ])
  const attribution = [
    { value: 'person', label: t('attributePerson', { name: member.name }) },
    ...(structure ? [{ value: 'structure', label: t('attributeStructure', { name: structure.name }) }] : []),
  ]
  return (
    <div className="mx-auto max-w-2xl px-4 py-6">
      <TextLink href="/espace-aidant/ressources">← {t('mineTitle')}</TextLink>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('intro')}</p>
      <div className="mt-6">
        <ActionForm
          action={proposeResourceAction.bind(null, locale)}
          labels={labels}
          submitLabel={t('submit')}
          initialValues={{ attribution: attribution.map((a) => a.value) }}
          fields={[
            { kind: 'input', name: 'title', label: t('fieldTitle'), required: true },
            {
              kind: 'textarea',
              name: 'description',
              label: t('fieldDescription'),
              hint: t('descriptionHint'),
              required: true,
            },
            {
              kind: 'select',
              name: 'theme',
              label: t('fieldTheme'),
              required: true,
              options: themes.map((theme) => ({ value: String(theme.id), label: theme.title })),
            },
            {
              kind: 'select',
              name: 'level',
              label: t('fieldLevel'),
              required: true,
              options: (['0', '1', '2', '3'] as const).map((value) => ({ value, label: `${value} · ${lv(value)}` })),
            },
            { kind: 'input', name: 'audience', label: t('fieldAudience'), hint: t('audienceHint') },
            {
              kind: 'select',
              name: 'licence',
              label: t('fieldLicence'),
              hint: t('licenceHint'),
              required: true,
              options: proposableLicences.map((value) => ({
                value,
                label: r(`licences.${licenceMessageKey(value)}` as 'licences.cc-by'),
              })),
            },
            { kind: 'input', name: 'url', type: 'url', inputMode: 'url', label: t('fieldUrl'), hint: t('urlHint') },
            {
              kind: 'file',
              name: 'file',
              label: t('fieldFile'),
              accept,
              hint: t('fileHint', { size: proposalFileMaxBytes / 1024 / 1024 }),
            },
            { kind: 'checkboxes', name: 'attribution', label: t('attribution'), required: true, options: attribution },
          ]}
        />
      </div>
    </div>
  )
}
