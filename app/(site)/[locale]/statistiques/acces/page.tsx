import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { Button } from '@/components/ui/Button'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { textLinkClass } from '@/components/ui/textLinkClass'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getCurrentMember } from '@/lib/auth/session'
import { formLabels } from '@/lib/forms/state'
import { integerId } from '@/lib/http/id'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { getPayloadClient } from '@/lib/payload/client'
import { createApiKeyAction, revokeApiKeyAction } from '@/lib/statistics/apiKeyActions'
import { callsPerMinute } from '@/lib/statistics/api'
import { keyScopeOf, listApiKeys } from '@/lib/statistics/apiKeys'
import { statisticsViewer } from '@/lib/statistics/viewer'

/** Reads the session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ revoked?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'statisticsAccess' })
  return { title: t('title'), robots: { index: false, follow: false } }
}

/** API keys for the open statistics API (issue 17, point 4): référents for their structure, staff for the platform. */
export default async function StatisticsAccessPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const here = getPathname({ href: '/statistiques/acces', locale })
  const viewer = await statisticsViewer()
  // A visitor signs in first; a signed-in apprenant is told, not sent to sign-in (which would send them back).
  if (!viewer && !(await getCurrentMember()))
    redirect(getPathname({ href: { pathname: '/connexion', query: { retour: here } }, locale }))
  const actor = !viewer ? null : viewer.kind === 'staff' ? viewer.user : viewer.member
  const [t, format, labels] = await Promise.all([getTranslations('statisticsAccess'), getFormatter(), formLabels()])
  if (!actor || !keyScopeOf(actor)) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading>{t('title')}</PageHeading>
        <Notice tone="warning" className="mt-4 text-lg">
          {t('notAllowed')}
        </Notice>
      </div>
    )
  }
  const keys = await listApiKeys(await getPayloadClient(), actor)
  const revokedId = integerId((await searchParams).revoked)
  const revoked = keys.find((k) => k.id === revokedId)
  const origin = await requestOrigin()
  const day = (value: string | null | undefined) =>
    value ? format.dateTime(new Date(value), { dateStyle: 'medium', timeZone: 'Europe/Brussels' }) : t('never')

  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('intro')}</p>
      {revoked ? (
        <Notice role="status" tone="success" className="mt-4 font-semibold">
          {t('revoked', { name: revoked.name })}
        </Notice>
      ) : null}

      <h2 className="mt-10 text-2xl font-bold">{t('createTitle')}</h2>
      <div className="mt-4 [overflow-wrap:anywhere]">
        <ActionForm
          action={createApiKeyAction.bind(null, locale)}
          labels={labels}
          idPrefix="key"
          fields={[{ kind: 'input', name: 'name', label: t('nameLabel'), hint: t('nameHint'), required: true }]}
          submitLabel={t('create')}
        />
      </div>

      <h2 className="mt-10 text-2xl font-bold">{t('listTitle')}</h2>
      {keys.length ? (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  {t('name')}
                </th>
                <th scope="col" className="p-2">
                  {t('prefix')}
                </th>
                <th scope="col" className="p-2">
                  {t('scope')}
                </th>
                <th scope="col" className="p-2">
                  {t('createdAt')}
                </th>
                <th scope="col" className="p-2">
                  {t('lastUsed')}
                </th>
                <th scope="col" className="p-2">
                  {t('status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-semibold [overflow-wrap:anywhere]">
                    {key.name}
                  </th>
                  <td className="p-2">
                    <code>{key.prefix}…</code>
                  </td>
                  <td className="p-2">{t(key.scope === 'platform' ? 'scopePlatform' : 'scopeStructure')}</td>
                  <td className="p-2">{day(key.createdAt)}</td>
                  <td className="p-2">{day(key.lastUsedAt)}</td>
                  <td className="p-2">
                    {key.revokedAt ? (
                      t('revokedOn', { date: day(key.revokedAt) })
                    ) : (
                      <form
                        action={revokeApiKeyAction.bind(null, locale)}
                        className="flex flex-wrap items-center gap-2"
                      >
                        <span>{t('active')}</span>
                        <input type="hidden" name="key" value={key.id} />
                        <Button type="submit" variant="danger" aria-label={t('revokeLabel', { name: key.name })}>
                          {t('revoke')}
                        </Button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3 text-lg">{t('empty')}</p>
      )}

      <h2 className="mt-10 text-2xl font-bold">{t('howTitle')}</h2>
      <p className="mt-2 text-lg">{t('howIntro')}</p>
      <p className="mt-2 text-lg">{t('limit', { count: callsPerMinute })}</p>
      <h3 className="mt-4 text-xl font-semibold">{t('howExample')}</h3>
      <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm">
        <code>{`curl -H "Authorization: Bearer dg_…" \\\n  "${origin}/api/v1/statistics?from=2026-01-01&to=2026-12-31&province=BE-WNA"\n\ncurl -H "Authorization: Bearer dg_…" \\\n  "${origin}/api/v1/activities?limit=500"`}</code>
      </pre>
      <p className="mt-4 text-lg">
        <a href={`${origin}/api/v1/openapi.json`} className={textLinkClass({ strong: true })}>
          {t('openapi')}
        </a>
      </p>
    </div>
  )
}
