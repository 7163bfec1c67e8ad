import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { PageHeading } from '@/components/ui/PageHeading'
import { buttonClass } from '@/components/ui/buttonClass'
import { Link } from '@/i18n/navigation'
import { getPathname } from '@/i18n/navigation'
import { localeLabels, locales, type Locale } from '@/i18n/locales'
import { requireMember } from '@/lib/auth/session'
import { formLabels } from '@/lib/forms/state'
import { changePasswordAction, deleteAccountAction, updateProfileAction } from '@/lib/members/accountActions'
import { alternatesFor } from '@/lib/seo/alternates'
import { leaveStructureAction } from '@/lib/structures/actions'
import type { Structure } from '@/payload-types'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'account' })
  return { title: t('title'), alternates: alternatesFor('/compte', locale), robots: { index: false } }
}

const section = 'mt-10 border-t border-slate-200 pt-6'

/** Profile and language, password, structure, my data, and account deletion. */
export default async function AccountPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const member = await requireMember(locale, getPathname({ href: '/compte', locale }), {
    temporaryPasswordAllowed: true,
  })
  const [t, a, s, labels] = await Promise.all([
    getTranslations('account'),
    getTranslations('auth'),
    getTranslations('structure'),
    formLabels(),
  ])
  const structure = typeof member.structure === 'object' ? (member.structure as Structure | null) : null
  const password = (
    <ActionForm
      action={changePasswordAction.bind(null, locale)}
      labels={labels}
      submitLabel={t('changePassword')}
      fields={[
        {
          kind: 'input',
          name: 'current',
          type: 'password',
          label: t('currentPassword'),
          autoComplete: 'current-password',
          required: true,
        },
        {
          kind: 'input',
          name: 'password',
          type: 'password',
          label: a('newPassword'),
          autoComplete: 'new-password',
          required: true,
          hint: a('passwordHint'),
        },
        {
          kind: 'input',
          name: 'passwordConfirm',
          type: 'password',
          label: a('passwordConfirm'),
          autoComplete: 'new-password',
          required: true,
        },
      ]}
    />
  )

  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      {member.mustChangePassword ? (
        <section
          id="mot-de-passe"
          aria-labelledby="password-title"
          className="mt-6 rounded-xl border-2 border-amber-600 bg-amber-50 p-5"
        >
          <h2 id="password-title" className="text-2xl font-bold">
            {t('passwordTitle')}
          </h2>
          <p className="mb-4 mt-2 text-lg font-semibold">{t('mustChange')}</p>
          {password}
        </section>
      ) : null}
      <section aria-labelledby="profile-title" className="mt-6">
        <h2 id="profile-title" className="text-2xl font-bold">
          {t('profileTitle')}
        </h2>
        <p className="mt-2 text-slate-700">
          {t('profileLabel', { profile: s(member.profile === 'aidant' ? 'profileAidant' : 'profileApprenant') })}
          {member.username ? ` · ${t('usernameLabel', { username: member.username })}` : null}
        </p>
        <div className="mt-4">
          <ActionForm
            action={updateProfileAction.bind(null, locale)}
            labels={labels}
            submitLabel={t('saveProfile')}
            initialValues={{ name: member.name, locale: member.locale, email: member.email ?? '' }}
            fields={[
              {
                kind: 'input',
                name: 'name',
                label: a(member.profile === 'aidant' ? 'name' : 'pseudo'),
                required: true,
              },
              {
                kind: 'input',
                name: 'email',
                type: 'email',
                label: a(member.profile === 'aidant' ? 'email' : 'emailOptional'),
                inputMode: 'email',
                autoComplete: 'email',
                required: member.profile === 'aidant',
              },
              {
                kind: 'radios',
                name: 'locale',
                label: t('language'),
                required: true,
                options: locales.map((l) => ({ value: l, label: localeLabels[l] })),
              },
            ]}
          />
        </div>
      </section>
      {member.mustChangePassword ? null : (
        <section id="mot-de-passe" aria-labelledby="password-title" className={section}>
          <h2 id="password-title" className="text-2xl font-bold">
            {t('passwordTitle')}
          </h2>
          <div className="mt-4">{password}</div>
        </section>
      )}
      <section aria-labelledby="structure-title" className={section}>
        <h2 id="structure-title" className="text-2xl font-bold">
          {t('structureTitle')}
        </h2>
        {structure ? (
          <>
            <p className="mt-2 text-lg">{structure.name}</p>
            <div className="mt-4">
              <ActionForm
                action={leaveStructureAction.bind(null, locale)}
                labels={labels}
                danger
                submitLabel={s('leave')}
                fields={[{ kind: 'checkbox', name: 'confirm', label: s('leaveConfirm'), required: true }]}
              />
            </div>
          </>
        ) : (
          <p className="mt-2 text-lg">
            {(await getTranslations('spaces'))('noStructure')}{' '}
            {member.profile === 'aidant' ? (
              <Link href="/espace-aidant/structure" className="text-brand-700 underline">
                {s('joinTitle')}
              </Link>
            ) : null}
          </p>
        )}
      </section>
      <section aria-labelledby="data-title" className={section}>
        <h2 id="data-title" className="text-2xl font-bold">
          {t('dataTitle')}
        </h2>
        <p className="mt-2 text-lg">{t('dataIntro')}</p>
        <a
          href={`/api/account/export?lang=${locale}`}
          download
          className={buttonClass({ variant: 'secondary', size: 'lg', className: 'mt-4' })}
        >
          {t('download')}
        </a>
      </section>
      <section aria-labelledby="delete-title" className={section}>
        <h2 id="delete-title" className="text-2xl font-bold">
          {t('deleteTitle')}
        </h2>
        <p className="mt-2 text-lg">{t('deleteIntro')}</p>
        <div className="mt-4">
          <ActionForm
            action={deleteAccountAction.bind(null, locale)}
            labels={labels}
            danger
            submitLabel={t('delete')}
            fields={[
              { kind: 'checkbox', name: 'confirm', label: t('deleteConfirm'), required: true },
              {
                kind: 'input',
                name: 'password',
                type: 'password',
                label: t('deletePassword'),
                autoComplete: 'current-password',
                required: true,
              },
            ]}
          />
        </div>
      </section>
    </div>
  )
}
