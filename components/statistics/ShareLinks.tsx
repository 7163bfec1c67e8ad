import { getTranslations } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import { buttonClass } from '@/components/ui/buttonClass'
import { getPathname } from '@/i18n/pathnames'
import type { Locale } from '@/i18n/locales'
import { formLabels } from '@/lib/forms/state'
import { createLinkAction, revokeLinkAction } from '@/lib/statistics/actions'
import { brusselsFormat } from '@/lib/time/brussels'
import type { StatisticsLink } from '@/payload-types'

import { CopyButton } from './CopyButton'

/**
 * "Partager avec un financeur": create a read-only link to the figures on screen (period and filters fixed),
 * list the working ones with their address, revoke one. For référents (their structure) and staff (the
 * platform); the server decides which, never the form.
 */
export async function ShareLinks({
  locale,
  links,
  origin,
  query,
}: {
  locale: Locale
  links: StatisticsLink[]
  /** The public origin (lib/http/origin.ts), never the Host header as such. */
  origin: string
  /** The page's filters as a query string: what the new link will show. */
  query: string
}) {
  const t = await getTranslations({ locale, namespace: 'statistics' })
  const date = brusselsFormat(locale, { dateStyle: 'medium' })
  return (
    <section aria-labelledby="share-title" className="mt-12 rounded-lg border-2 border-brand-600 p-4 print:hidden">
      <h2 id="share-title" className="text-2xl font-bold">
        {t('share.title')}
      </h2>
      <p className="mt-2 max-w-prose">{t('share.intro')}</p>
      <div className="mt-4 max-w-xl">
        <ActionForm
          action={createLinkAction.bind(null, locale)}
          idPrefix="share"
          labels={await formLabels()}
          submitLabel={t('share.create')}
          fields={[
            { kind: 'input', name: 'label', label: t('share.label'), hint: t('share.labelHint'), required: true },
            { kind: 'hidden', name: 'query', value: query },
          ]}
        />
      </div>
      <h3 className="mt-8 text-xl font-bold">{t('share.listTitle')}</h3>
      {links.length ? (
        <ul className="mt-3 space-y-4">
          {links.map((link) => {
            const url = `${origin}${getPathname({
              href: { pathname: '/statistiques/partage/[token]', params: { token: link.token } },
              locale,
            })}`
            const id = `link-${link.id}`
            return (
              <li key={link.id} className="rounded-lg border border-slate-300 p-3">
                <p className="font-semibold" id={`${id}-label`}>
                  {link.label}{' '}
                  <span className="font-normal text-slate-700">
                    · {t('share.createdOn', { date: date.format(new Date(link.createdAt)) })}
                  </span>
                </p>
                <label htmlFor={id} className="mt-2 block text-sm">
                  {t('share.url', { label: link.label })}
                </label>
                <input
                  id={id}
                  readOnly
                  value={url}
                  className="mt-1 block min-h-11 w-full rounded-lg border-2 border-slate-400 bg-slate-50 px-3 font-mono text-sm"
                />
                <div className="mt-2 flex flex-wrap gap-3">
                  <CopyButton text={url} label={t('share.copy')} done={t('share.copied')} describedBy={`${id}-label`} />
                  <form action={revokeLinkAction.bind(null, locale)}>
                    <input type="hidden" name="link" value={link.id} />
                    <button
                      type="submit"
                      aria-describedby={`${id}-label`}
                      className={buttonClass({ variant: 'danger' })}
                    >
                      {t('share.revoke')}
                    </button>
                  </form>
                </div>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mt-2">{t('share.none')}</p>
      )}
    </section>
  )
}
